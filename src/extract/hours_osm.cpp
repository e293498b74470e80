#include "extract/hours_osm.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "extract/hours_osm_lexer.h"

namespace joignable::extract {
namespace {

using Kind = OsmKind;
using Token = OsmToken;

struct Rule {
  std::array<bool, kDaysPerWeek> days{};
  bool has_days = false;
  std::string wide;      // month, date or nth selectors: the rule is an exception
  std::string holidays;  // "PH", "SH" or "PH,SH": the rule also gives holiday hours
  DayIntervals spans;
  bool has_spans = false;
  bool off = false;
  bool additional = false;  // introduced by ",": adds to the days' hours
};

class Parser {
 public:
  explicit Parser(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

  Result<OpeningHours> parse() {
    bool additional = false;
    while (peek().kind != Kind::end) {
      Rule rule;
      rule.additional = additional;
      if (!parse_rule(rule)) return error();
      apply(rule);
      if (peek().kind == Kind::semicolon) {
        next();
        additional = false;
      } else if (peek().kind == Kind::comma) {
        next();
        additional = true;
      } else if (peek().kind == Kind::day || peek().kind == Kind::holiday) {
        additional = false;  // "Mo 09:00-12:00 Tu 10:00-12:00": schema.org pages omit the ";"
      } else if (peek().kind != Kind::end) {
        return error();
      }
    }
    return hours_;
  }

 private:
  const Token& peek(std::size_t ahead = 0) const {
    return tokens_[std::min(pos_ + ahead, tokens_.size() - 1)];
  }
  const Token& next() { return tokens_[std::min(pos_++, tokens_.size() - 1)]; }

  tl::unexpected<Error> error() const {
    const Token& at = peek();
    return make_error(Error::Code::input, "opening_hours: unexpected '" +
                                              (at.kind == Kind::end ? "end" : at.text) + "' at " +
                                              std::to_string(at.at + 1));
  }

  bool parse_rule(Rule& rule) {
    if (peek().kind == Kind::always) {
      next();
      rule.days.fill(true);
      rule.has_days = true;
      rule.spans = {{0, kMinutesPerDay}};
      rule.has_spans = true;
    }
    if (!parse_wide(rule) || !parse_days(rule)) return false;
    if (peek().kind == Kind::colon) next();
    if (!parse_spans(rule)) return false;
    if (peek().kind == Kind::off) {
      next();
      rule.off = true;
    } else if (peek().kind == Kind::open) {
      next();
    }
    bool commented = false;
    while (peek().kind == Kind::comment) {
      hours_.comments.push_back(next().text);
      commented = true;
    }
    // A rule says something: a selector, a time, a state or a comment.
    return rule.has_days || rule.has_spans || rule.off || !rule.wide.empty() ||
           !rule.holidays.empty() || commented;
  }

  // Years, months and dates before the weekdays: "2024 Dec 24-26", "Jan-Mar", "Dec 25".
  bool parse_wide(Rule& rule) {
    while (peek().kind == Kind::month ||
           (peek().kind == Kind::number && peek().value >= 1900 && peek().value <= 2100)) {
      const Token& token = next();
      rule.wide += (rule.wide.empty() ? "" : " ") + token.text;
      if (peek().kind == Kind::number && peek().value <= 31) rule.wide += " " + next().text;
      if (peek().kind == Kind::dash &&
          (peek(1).kind == Kind::month || peek(1).kind == Kind::number)) {
        next();
        rule.wide += "-" + next().text;
        if (peek().kind == Kind::number && peek().value <= 31) rule.wide += " " + next().text;
      }
      if (peek().kind == Kind::comma &&
          (peek(1).kind == Kind::month || peek(1).kind == Kind::number)) {
        rule.wide += ",";
        next();
      }
    }
    return true;
  }

  bool parse_days(Rule& rule) {
    while (peek().kind == Kind::day || peek().kind == Kind::holiday) {
      const Token& first = next();
      if (first.kind == Kind::holiday) {
        rule.holidays +=
            (rule.holidays.empty() ? "" : ",") + std::string(first.text == "ph" ? "PH" : "SH");
      } else if (peek().kind == Kind::dash && peek(1).kind == Kind::day) {
        next();
        const int last = next().value;
        for (int d = first.value;; d = (d + 1) % kDaysPerWeek) {
          rule.days[static_cast<std::size_t>(d)] = true;
          if (d == last) break;
        }
      } else {
        rule.days[static_cast<std::size_t>(first.value)] = true;
      }
      if (first.kind == Kind::day) rule.has_days = true;
      if (peek().kind == Kind::nth)
        rule.wide += (rule.wide.empty() ? "" : " ") + first.text + next().text;
      // "Mo,We" continues the list; "Mo Tu We" (schema.org pages) too.
      if (peek().kind == Kind::comma &&
          (peek(1).kind == Kind::day || peek(1).kind == Kind::holiday))
        next();
    }
    return true;
  }

  bool parse_spans(Rule& rule) {
    while (peek().kind == Kind::time) {
      const int open = next().value;
      if (peek().kind != Kind::dash || peek(1).kind != Kind::time) return false;
      next();
      int close = next().value;
      if (close <= open) close += kMinutesPerDay;
      rule.spans.push_back({open, close});
      rule.has_spans = true;
      if (peek().kind == Kind::comma && peek(1).kind == Kind::time) next();
    }
    return true;
  }

  void apply(const Rule& rule) {
    std::array<bool, kDaysPerWeek> days = rule.days;
    if (!rule.has_days) days.fill(true);
    DayIntervals spans = rule.spans;
    if (!rule.has_spans && !rule.off) spans = {{0, kMinutesPerDay}};
    if (!rule.holidays.empty() && rule.wide.empty()) {
      hours_.exceptions.push_back({rule.holidays, rule.off ? DayIntervals{} : spans});
      if (!rule.has_days) return;
    }
    if (!rule.wide.empty()) {
      std::string when = rule.wide;
      if (!rule.holidays.empty()) when += " " + rule.holidays;
      if (rule.has_days) when += " " + days_text(days);
      hours_.exceptions.push_back({when, rule.off ? DayIntervals{} : spans});
      return;
    }
    if (!rule.has_days && !rule.has_spans && !rule.off) return;  // a comment alone
    for (std::size_t d = 0; d < kDaysPerWeek; ++d) {
      if (!days[d]) continue;
      if (!rule.additional || rule.off) hours_.weekly[d].clear();
      hours_.closed[d] = rule.off;
      if (rule.off) continue;
      for (const TimeInterval& span : spans) add_interval(hours_, static_cast<int>(d), span);
    }
  }

  static std::string days_text(const std::array<bool, kDaysPerWeek>& days) {
    std::string out;
    for (std::size_t d = 0; d < kDaysPerWeek; ++d) {
      if (days[d]) out += (out.empty() ? "" : ",") + std::string(kDayNames[d]);
    }
    return out;
  }

  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
  OpeningHours hours_;
};

}  // namespace

Result<OpeningHours> parse_osm_hours(std::string_view value) {
  std::string error;
  auto tokens = tokenize_osm_hours(value, error);
  if (!tokens) return make_error(Error::Code::input, error);
  if (tokens->size() == 1) return make_error(Error::Code::input, "opening_hours: empty value");
  return Parser(std::move(*tokens)).parse();
}

}  // namespace joignable::extract
