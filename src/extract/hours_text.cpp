// One reader, HoursReader, whose state is the rule being read and the block it belongs to: the
// decisions it takes (commit, override, drop, keep raw) depend on each other, so it stays in one
// file, a little over the usual length. The phrase level is in hours_text_phrases.cpp.
#include "extract/hours_text.h"

#include <algorithm>
#include <array>

#include "extract/hours_text_phrases.h"

namespace joignable::extract {
namespace {

using Kind = HoursTokenKind;
using Tokens = HoursTokens;

// Words between days and their times past which they are not read together.
constexpr int kMaxWordsBetween = 6;
// Lines after an event or breakfast line that are skipped too, unless they say "horaires".
constexpr int kLinesAfterExcluded = 2;
// A line longer than this is prose, never an hours table row, and is read only when it holds a
// digit or a closed word.
constexpr std::size_t kShortLine = 40;
constexpr std::size_t kMaxLineBytes = 2000;

// A prefix of `text` of at most `bytes` bytes that does not cut a UTF-8 character.
std::string bounded(std::string_view text, std::size_t bytes) {
  if (text.size() <= bytes) return std::string(text);
  std::size_t end = bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return std::string(text.substr(0, end));
}

bool worth_lexing(std::string_view line) {
  if (line.empty() || line.size() > kMaxLineBytes) return false;
  if (line.size() <= kShortLine) return true;
  if (std::any_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return true;
  for (std::string_view word : {"ferm", "Ferm", "FERM", "clos", "Clos", "CLOS"}) {
    if (line.find(word) != std::string_view::npos) return true;
  }
  return false;
}

struct LineState {
  std::string text;
  bool hours_like = false;
  bool used = false;
};

class HoursReader {
 public:
  void read_line(std::string_view line) {
    Tokens tokens = worth_lexing(line) ? lex_hours_line(line) : Tokens{};
    settle_dotted_times(line, tokens);
    auto has = [&](Kind kind) {
      return std::any_of(tokens.begin(), tokens.end(),
                         [&](const HoursToken& t) { return t.kind == kind; });
    };
    const bool event = has(Kind::excluded) ||
                       (has(Kind::event_or_place) && !has(Kind::hours_word));
    if (event || names_a_date(tokens)) {
      end_block();
      skip_lines_ = kLinesAfterExcluded;
      return;
    }
    const bool hours_tokens = has(Kind::day) || has(Kind::day_set) || has(Kind::time) ||
                              has(Kind::all_day) || has(Kind::closed);
    if (!hours_tokens) {
      end_block();
      // A heading that says "horaires" starts a new passage, whatever came before it.
      skip_lines_ = has(Kind::hours_word) ? 0 : std::max(skip_lines_ - 1, 0);
      after_heading_ = has(Kind::hours_word);
      return;
    }
    if (skip_lines_ > 0 && !has(Kind::hours_word)) {
      --skip_lines_;
      return;
    }
    skip_lines_ = 0;
    const bool hours_like = (has(Kind::time) || has(Kind::all_day)) &&
                            (has(Kind::day) || has(Kind::day_set) || has(Kind::hours_word));
    if (has(Kind::month)) {
      // "Horaires d'été (juillet-août)": a season, not the weekly table; kept raw.
      end_block();
      lines_.push_back({std::string(line), hours_like, false});
      end_block();
      return;
    }
    lines_.push_back({std::string(line), hours_like, false});
    // "Mercredi | 8h30-12h30 | Fermé": that last cell closes Wednesday afternoon; it does not
    // close the day of the next row.
    if (closed_pending_ && has_days_ && has_spans_) closed_pending_ = false;
    line_closed_or_except_ = has(Kind::closed) || has(Kind::except);
    appointment_pending_ = false;
    if (has(Kind::closed) && has(Kind::part_of_day)) {
      // "fermé le mercredi après-midi" closes half a day, which the times around it say.
      Tokens kept;
      for (const HoursToken& token : tokens) {
        if (token.kind != Kind::closed) kept.push_back(token);
      }
      read_tokens(kept);
      return;
    }
    read_tokens(tokens);
  }

  // Ends the current block; call once after the last line.
  void end_block() {
    if (has_days_ && has_spans_) {
      commit();
    } else if (has_spans_ && only_all_day_) {
      days_.fill(true);  // "24h/24" alone: every day
      commit();
    }
    reset_pending();
    if (block_.has_hours()) {
      std::string evidence;
      for (const LineState& line : lines_) {
        if (!line.used) continue;
        evidence += (evidence.empty() ? "" : " | ") + line.text;
      }
      findings_.blocks.push_back({block_, bounded(evidence, kHoursEvidenceBytes)});
    }
    for (const LineState& line : lines_) {
      if (line.used || !line.hours_like || findings_.unparsed.size() >= kMaxUnparsedHours) continue;
      std::string raw = bounded(line.text, kHoursEvidenceBytes);
      if (std::find(findings_.unparsed.begin(), findings_.unparsed.end(), raw) ==
          findings_.unparsed.end()) {
        findings_.unparsed.push_back(std::move(raw));
      }
    }
    lines_.clear();
    block_ = OpeningHours();
    assigned_ = {};
    holidays_closed_ = false;
  }

  TextHoursFindings take() { return std::move(findings_); }

 private:
  // "9.00 - 17.30" is read as hours when its line says so (a day, "uur", "Öffnungszeiten") or
  // when it sits in hours: a table row after its day, a block already read, an hours heading.
  // Elsewhere it may be a price or a score: its dotted numbers are words.
  void settle_dotted_times(std::string_view line, Tokens& tokens) const {
    const bool dotted = std::any_of(tokens.begin(), tokens.end(),
                                    [](const HoursToken& t) { return t.dotted; });
    if (!dotted || has_days_ || block_.has_hours() || after_heading_ ||
        hours_context(line, tokens)) {
      return;
    }
    for (HoursToken& token : tokens) {
      if (token.dotted) token = {Kind::word, 1, Meridiem::none, false, false};
    }
  }

  std::size_t line_index() const { return lines_.size() - 1; }

  void read_tokens(const Tokens& tokens) {
    std::size_t i = 0;
    while (i < tokens.size()) {
      const HoursToken& token = tokens[i];
      if (is_day_like(token)) {
        words_since_ = 0;
        on_days(read_days(tokens, i));
      } else if (const std::size_t time = until_time(tokens, i);
                 time != 0 && has_days_ && !has_spans_ && close_days_at(minutes_of(tokens[time]))) {
        i = time + 1;
      } else if (is_time_like(token) || token.kind == Kind::all_day ||
                 token.kind == Kind::between) {
        words_since_ = 0;
        const SpanList read = read_spans(tokens, i);
        if (pause_pending_ && !has_days_ && !has_spans_) {
          take_break(read.spans);
          continue;
        }
        on_spans(read.spans);  // may start over, so the flag below is set after it
        only_all_day_ = only_all_day_ && read.all_day_only;
      } else {
        on_other(token);
        ++i;
      }
    }
  }

  void on_days(const DayMask& mask) {
    if (except_pending_) {
      except_pending_ = false;
      if (!has_days_) days_.fill(true);
      has_days_ = true;
      days_line_ = line_index();
      for (std::size_t d = 0; d < kDaysPerWeek; ++d) days_[d] = days_[d] && !mask[d];
      return;
    }
    if (closed_pending_) {
      closed_pending_ = false;
      if (has_days_ && has_spans_) commit();
      mark_closed(mask);
      return;
    }
    if (has_days_ && has_spans_) {
      commit();
    } else if (has_spans_ && !has_days_) {
      if (spans_line_ == line_index()) {
        days_ = mask;
        has_days_ = true;
        commit();  // "9h-18h du lundi au vendredi"
        return;
      }
      reset_pending();  // times of an earlier line with no days: not read
    } else if (has_days_ && days_line_ == line_index()) {
      for (std::size_t d = 0; d < kDaysPerWeek; ++d) days_[d] = days_[d] || mask[d];
      return;
    }
    if (!has_spans_) start_rule();
    days_ = mask;
    has_days_ = true;
    days_line_ = line_index();
  }

  void on_spans(const DayIntervals& spans) {
    if (spans.empty()) return;
    if (has_spans_ && !has_days_ && spans_line_ != line_index()) reset_pending();
    if (!has_spans_ && !has_days_) start_rule();
    spans_.insert(spans_.end(), spans.begin(), spans.end());
    if (!has_spans_) spans_line_ = line_index();
    has_spans_ = true;
    span_lines_.push_back(line_index());
  }

  void on_other(const HoursToken& token) {
    switch (token.kind) {
      case Kind::closed:
        if (has_days_ && !has_spans_) {
          mark_closed(days_);  // "Lundi : fermé", "dimanche fermé"
          lines_[days_line_].used = true;
          reset_pending();
        } else {
          closed_pending_ = true;  // "fermé le lundi", "Closed Sundays"
        }
        break;
      case Kind::except: except_pending_ = true; break;
      case Kind::pause:
        if (has_days_ && has_spans_) commit();  // "Mo-Fr 8-18 Uhr, Mittagspause 12-13 Uhr"
        pause_pending_ = true;
        break;
      case Kind::holiday:
        if (line_closed_or_except_ && !holidays_closed_) {
          block_.exceptions.push_back({"PH", {}});
          holidays_closed_ = true;
        }
        break;
      case Kind::appointment:
        // "samedi sur rendez-vous", "Lun-Ven 9h-18h sur RDV": those are not opening hours;
        // nor is what follows "sur rendez-vous" on its line.
        lines_[line_index()].used = true;
        if (has_days_ || has_spans_) {
          for (std::size_t line : span_lines_) lines_[line].used = true;
          reset_pending();
        } else {
          appointment_pending_ = true;
        }
        break;
      case Kind::word:
        if (++words_since_ > kMaxWordsBetween && (has_days_ != has_spans_)) reset_pending();
        break;
      default: break;
    }
  }

  // The index of the time in "until 2pm", "jusqu'à 13h" ("jusqu" then "à") starting at i, or 0.
  static std::size_t until_time(const Tokens& tokens, std::size_t i) {
    if (tokens[i].kind != Kind::range || tokens[i].value != kUntil) return 0;
    std::size_t next = i + 1;
    if (next < tokens.size() && tokens[next].kind == Kind::range) ++next;
    return next < tokens.size() && is_time_like(tokens[next]) ? next : 0;
  }

  static int minutes_of(const HoursToken& time) {
    return time.kind == Kind::number ? time.value * 60 : time.value;
  }

  // "7j/7 de 7h à 21h, le dimanche jusqu'à 13h": the days just named, already given hours, close
  // at `minute` instead. False (nothing changed) when none of them has hours yet: an opening time
  // is never guessed.
  bool close_days_at(int minute) {
    bool changed = false;
    for (std::size_t d = 0; d < kDaysPerWeek; ++d) {
      auto& day = block_.weekly[d];
      if (!days_[d] || day.empty()) continue;
      std::erase_if(day, [&](const TimeInterval& span) { return span.open >= minute; });
      if (day.empty()) continue;
      day.back().close = minute;
      changed = true;
    }
    if (!changed) return false;
    lines_[days_line_].used = true;
    lines_[line_index()].used = true;
    reset_pending();
    return true;
  }

  // "Mittagspause 12-13 Uhr", "pause de 12h à 14h": every day given hours so far closes then.
  void take_break(const DayIntervals& breaks) {
    pause_pending_ = false;
    for (auto& day : block_.weekly) {
      for (const TimeInterval& gap : breaks) {
        DayIntervals kept;
        for (const TimeInterval& span : day) {
          if (gap.close <= span.open || gap.open >= span.close) {
            kept.push_back(span);
            continue;
          }
          if (span.open < gap.open) kept.push_back({span.open, gap.open});
          if (gap.close < span.close) kept.push_back({gap.close, span.close});
        }
        day = std::move(kept);
      }
    }
    lines_[line_index()].used = true;
  }

  void mark_closed(const DayMask& mask) {
    for (std::size_t d = 0; d < kDaysPerWeek; ++d) {
      if (!mask[d]) continue;
      block_.weekly[d].clear();
      block_.closed[d] = true;
      assigned_[d] = true;
    }
    lines_[line_index()].used = true;
  }

  void commit() {
    if (by_appointment_) {
      reset_pending();
      return;
    }
    for (std::size_t d = 0; d < kDaysPerWeek; ++d) {
      if (!days_[d]) continue;
      if (assigned_[d]) block_.weekly[d].clear();  // named again: its new hours
      assigned_[d] = true;
      for (const TimeInterval& span : spans_) add_interval(block_, static_cast<int>(d), span);
    }
    for (std::size_t line : span_lines_) lines_[line].used = true;
    lines_[days_line_ < lines_.size() ? days_line_ : line_index()].used = true;
    reset_pending();
  }

  void reset_pending() {
    days_ = {};
    has_days_ = false;
    spans_.clear();
    has_spans_ = false;
    only_all_day_ = true;
    span_lines_.clear();
    closed_pending_ = false;
    except_pending_ = false;
    pause_pending_ = false;
    words_since_ = 0;
    by_appointment_ = false;
  }

  // A new rule starts: it is by appointment when "sur rendez-vous" came just before.
  void start_rule() {
    by_appointment_ = appointment_pending_;
    appointment_pending_ = false;
  }

  TextHoursFindings findings_;
  std::vector<LineState> lines_;  // of the current block
  OpeningHours block_;
  DayMask assigned_{};
  bool holidays_closed_ = false;
  bool line_closed_or_except_ = false;
  int skip_lines_ = 0;
  bool after_heading_ = false;  // the last line without hours was an hours heading

  DayMask days_{};
  bool has_days_ = false;
  std::size_t days_line_ = 0;
  DayIntervals spans_;
  bool has_spans_ = false;
  bool only_all_day_ = true;
  std::size_t spans_line_ = 0;
  std::vector<std::size_t> span_lines_;
  bool closed_pending_ = false;
  bool except_pending_ = false;
  bool pause_pending_ = false;
  int words_since_ = 0;
  bool appointment_pending_ = false;
  bool by_appointment_ = false;
};

template <class OnLine>
void for_each_line(std::string_view text, OnLine&& on_line) {
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    on_line(text.substr(start, end - start));
    start = end + 1;
  }
}

}  // namespace

TextHoursFindings find_hours_in_text(std::string_view visible_text) {
  HoursReader reader;
  for_each_line(visible_text, [&](std::string_view line) { reader.read_line(line); });
  reader.end_block();
  return reader.take();
}

std::optional<OpeningHours> parse_hours_text(std::string_view text) {
  const TextHoursFindings findings = find_hours_in_text(text);
  if (findings.blocks.empty()) return std::nullopt;
  OpeningHours merged;
  for (const TextHoursBlock& block : findings.blocks) {
    for (std::size_t d = 0; d < kDaysPerWeek; ++d) {
      for (const TimeInterval& span : block.hours.weekly[d])
        add_interval(merged, static_cast<int>(d), span);
      merged.closed[d] = merged.closed[d] || block.hours.closed[d];
    }
    merged.exceptions.insert(merged.exceptions.end(), block.hours.exceptions.begin(),
                             block.hours.exceptions.end());
  }
  return merged;
}

}  // namespace joignable::extract
