#include "extract/hours_text_phrases.h"

#include <algorithm>

namespace joignable::extract {
namespace {

using Kind = HoursTokenKind;

DayMask mask_of_bits(int bits) {
  DayMask mask{};
  for (std::size_t d = 0; d < kDaysPerWeek; ++d) mask[d] = (bits >> d) & 1;
  return mask;
}

// "9-5pm" is 09:00-17:00, "1-5pm" 13:00-17:00, "9-5" and "9:00-5:00" 09:00-17:00 (a 12-hour
// clock without its am/pm: the close read so comes after the open), but "22:00-6:00", "18-2"
// and "18h-2h" run past midnight, and a time written with "h" is never on a 12-hour clock.
TimeInterval resolve(const HoursToken& start, const HoursToken& end) {
  int open = start.kind == Kind::number ? start.value * 60 : start.value;
  int close = end.kind == Kind::number ? end.value * 60 : end.value;
  const int noon = 12 * 60;
  if (start.meridiem == Meridiem::none && end.meridiem == Meridiem::pm && open < noon &&
      open + noon < close) {
    open += noon;
  }
  const bool twelve_hour_clock = start.meridiem == Meridiem::none &&
                                 end.meridiem == Meridiem::none && !start.hour_mark &&
                                 !end.hour_mark;
  if (twelve_hour_clock && close < open && close < noon && close + noon > open) close += noon;
  if (close <= open) close += kMinutesPerDay;
  return {open, close};
}

// "8:30-12:00, 1:00-5:30": after a morning span that ends about noon, a span on a 12-hour clock
// (no am/pm, no "h") whose open is before that end is the afternoon's: 13:00-17:30, never 01:00.
TimeInterval after_morning(const DayIntervals& earlier, const HoursToken& start,
                           const HoursToken& end, TimeInterval span) {
  const int noon = 12 * 60;
  if (earlier.empty()) return span;
  const TimeInterval& morning = earlier.back();
  const bool twelve_hour_clock = start.meridiem == Meridiem::none &&
                                 end.meridiem == Meridiem::none && !start.hour_mark &&
                                 !end.hour_mark;
  const bool ends_about_noon = morning.open < noon && morning.close >= noon &&
                               morning.close <= noon + 60;
  if (!twelve_hour_clock || !ends_about_noon || span.open < 60 || span.open >= noon ||
      span.open >= morning.close) {
    return span;
  }
  span.open += noon;
  if (span.close < noon) span.close += noon;
  if (span.close <= span.open) span.close += kMinutesPerDay;
  return span;
}

bool is_numeric(const HoursToken& token) {
  return token.kind == Kind::number || (token.kind == Kind::word && token.value == 1);
}

bool saw_days_in_line(const HoursTokens& tokens) {
  return std::any_of(tokens.begin(), tokens.end(), is_day_like);
}
}  // namespace

bool is_time_like(const HoursToken& token) {
  return token.kind == Kind::time || token.kind == Kind::number;
}
bool is_day_like(const HoursToken& token) {
  return token.kind == Kind::day || token.kind == Kind::day_set;
}

DayMask read_days(const HoursTokens& tokens, std::size_t& i) {
  DayMask mask{};
  while (i < tokens.size() && is_day_like(tokens[i])) {
    const HoursToken& first = tokens[i];
    if (first.kind == Kind::day_set) {
      const DayMask set = mask_of_bits(first.value);
      for (std::size_t d = 0; d < kDaysPerWeek; ++d) mask[d] = mask[d] || set[d];
      ++i;
    } else if (i + 2 < tokens.size() && tokens[i + 1].kind == Kind::range &&
               tokens[i + 2].kind == Kind::day) {
      for (int d = first.value;; d = (d + 1) % kDaysPerWeek) {
        mask[static_cast<std::size_t>(d)] = true;
        if (d == tokens[i + 2].value) break;
      }
      i += 3;
    } else {
      mask[static_cast<std::size_t>(first.value)] = true;
      ++i;
    }
    if (i + 1 < tokens.size() && tokens[i].kind == Kind::list && is_day_like(tokens[i + 1])) ++i;
  }
  return mask;
}

SpanList read_spans(const HoursTokens& tokens, std::size_t& i) {
  SpanList out;
  DayIntervals& spans = out.spans;
  while (i < tokens.size()) {
    const HoursToken& token = tokens[i];
    if (token.kind == Kind::all_day) {
      spans.push_back({0, kMinutesPerDay});
      ++i;
    } else if (token.kind == Kind::between && i + 3 < tokens.size() &&
               is_time_like(tokens[i + 1]) && tokens[i + 2].kind == Kind::list &&
               is_time_like(tokens[i + 3])) {
      spans.push_back(after_morning(spans, tokens[i + 1], tokens[i + 3],
                                    resolve(tokens[i + 1], tokens[i + 3])));
      out.all_day_only = false;
      i += 4;
    } else if (is_time_like(token)) {
      std::size_t j = i + 1;
      while (j < tokens.size() && tokens[j].kind == Kind::range) ++j;
      const bool bare = token.kind == Kind::number && j < tokens.size() &&
                        tokens[j].kind == Kind::number && !saw_days_in_line(tokens);
      if (j > i + 1 && j < tokens.size() && is_time_like(tokens[j]) && !bare) {
        spans.push_back(after_morning(spans, token, tokens[j], resolve(token, tokens[j])));
        out.all_day_only = false;
        i = j + 1;
      } else {
        ++i;  // a lone time: "à 20h", "jusqu'à 19h"
        if (token.kind == Kind::time) break;
      }
    } else {
      ++i;  // "between" without its two times
      break;
    }
    // "9h-12h et 14h-18h", "8h30-12h30 / 13h30-17h30": the next span of the same rule.
    if (i + 1 < tokens.size() && tokens[i].kind == Kind::list &&
        (is_time_like(tokens[i + 1]) || tokens[i + 1].kind == Kind::between)) {
      ++i;
    } else if (i >= tokens.size() ||
               !(is_time_like(tokens[i]) || tokens[i].kind == Kind::all_day)) {
      break;
    }
  }
  return out;
}

// "samedi 12 mars", "le 25 décembre": a date, so an event or a one-off, not weekly hours.
bool names_a_date(const HoursTokens& tokens) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != Kind::month) continue;
    if ((i > 0 && is_numeric(tokens[i - 1])) ||
        (i + 1 < tokens.size() && is_numeric(tokens[i + 1]))) {
      return true;
    }
  }
  return false;
}
}  // namespace joignable::extract
