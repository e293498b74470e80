#include "extract/hours_osm_rules.h"

#include <algorithm>
#include <utility>

#include "extract/hours_osm_lexer.h"
#include "extract/hours_osm_words.h"

namespace joignable::extract {
namespace {

using Kind = OsmKind;
using Token = OsmToken;

constexpr int kLatestClose = 2 * kMinutesPerDay;  // 48:00

class Parser {
 public:
  explicit Parser(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

  Result<std::vector<OsmRule>> parse() {
    bool additional = false;
    while (peek().kind != Kind::end) {
      OsmRule rule;
      rule.additional = additional;
      if (!parse_rule(rule)) return error();
      rules_.push_back(std::move(rule));
      const Kind separator = peek().kind;
      if (separator == Kind::semicolon || separator == Kind::comma) {
        next();
        additional = separator == Kind::comma;
      } else if (separator == Kind::day || separator == Kind::holiday) {
        additional = false;  // "Mo 09:00-12:00 Tu 10:00-12:00": schema.org pages omit the ";"
      } else if (separator == Kind::fallback) {
        fail(peek(), "fallback rules are not read");
        return error();
      } else if (separator != Kind::end) {
        return error();
      }
    }
    if (rules_.empty()) return make_error(Error::Code::input, "opening_hours: empty value");
    return std::move(rules_);
  }

 private:
  const Token& peek(std::size_t ahead = 0) const {
    return tokens_[std::min(pos_ + ahead, tokens_.size() - 1)];
  }
  const Token& next() { return tokens_[std::min(pos_++, tokens_.size() - 1)]; }
  bool is_time(std::size_t ahead = 0) const {
    return peek(ahead).kind == Kind::time || peek(ahead).kind == Kind::number;
  }

  // "'27:00' at 4", as an error message names a token.
  static std::string quote(const Token& at) {
    return "'" + (at.kind == Kind::end ? std::string("end") : at.text.substr(0, kQuoted)) +
           "' at " + std::to_string(at.at + 1);
  }

  bool fail(const Token& at, std::string_view why) {
    message_ = "opening_hours: " + quote(at) + ": " + std::string(why);
    return false;
  }

  tl::unexpected<Error> error() const {
    return make_error(Error::Code::input,
                      message_.empty() ? "opening_hours: unexpected " + quote(peek()) : message_);
  }

  // Selectors, then the time spans, the state and comments in any order (opening_hours.js
  // accepts "Off 14:00-16:00"), with ":" allowed between them ("Mo-Fr: 09:00-12:00").
  bool parse_rule(OsmRule& rule) {
    const std::size_t start = pos_;
    parse_wide(rule);
    if (!parse_days(rule)) return false;
    bool stated = false;
    const Token* comment = nullptr;
    while (true) {
      const Token& token = peek();
      if (token.kind == Kind::colon) {
        next();
      } else if (!rule.has_spans && (is_time() || token.kind == Kind::always)) {
        if (!parse_spans(rule)) return false;
      } else if (!stated && (token.kind == Kind::off || token.kind == Kind::open)) {
        rule.off = next().kind == Kind::off;
        stated = true;
      } else if (token.kind == Kind::comment) {
        comment = &token;
        rule.comments.push_back(next().text);
      } else if (token.kind == Kind::unknown) {
        return fail(token, "the unknown state is not a weekly table");
      } else {
        break;
      }
    }
    // A comment without "open" or "off" makes the state unknown (the specification's rule).
    if (comment != nullptr && !stated) {
      return fail(*comment, "a comment without open or off means unknown");
    }
    return pos_ > start;
  }

  // Years, months and dates before the weekdays: "2024 Dec 24-26", "Jan-Mar", "Dec 25".
  void parse_wide(OsmRule& rule) {
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
  }

  bool parse_days(OsmRule& rule) {
    while (peek().kind == Kind::day || peek().kind == Kind::holiday) {
      const Token& first = next();
      if (first.kind == Kind::holiday) {
        (first.value == 0 ? rule.public_holiday : rule.school_holiday) = true;
        if (peek().kind == Kind::dash) return fail(peek(), "a range of holidays");
        if (peek().kind == Kind::day) rule.holidays_and_days = true;  // "SH Mo-Fr"
      } else {
        if (peek().kind == Kind::dash) {
          if (peek(1).kind != Kind::day) return fail(peek(1), "a day range must end on a day");
          next();
          const int last = next().value;
          for (int d = first.value;; d = (d + 1) % kDaysPerWeek) {
            rule.days[static_cast<std::size_t>(d)] = true;
            if (d == last) break;
          }
        } else {
          rule.days[static_cast<std::size_t>(first.value)] = true;
        }
        rule.has_days = true;
        if (peek().kind == Kind::nth) {
          rule.wide += (rule.wide.empty() ? "" : " ") + first.text + next().text;
        }
        if (peek().kind == Kind::holiday) return fail(peek(), "a holiday after days needs a ','");
      }
      // "Mo,We" continues the list; "Mo Tu We" (schema.org pages) too.
      if (peek().kind == Kind::comma &&
          (peek(1).kind == Kind::day || peek(1).kind == Kind::holiday)) {
        next();
      }
    }
    return true;
  }

  // "09:00-12:00,14:00-18:00", "10-12" (hours only), "24/7"; spans separated by a space too.
  bool parse_spans(OsmRule& rule) {
    while (true) {
      if (peek().kind == Kind::always) {
        next();
        rule.spans.push_back({0, kMinutesPerDay});
      } else if (is_time()) {
        if (peek(1).kind != Kind::dash || !is_time(2)) return fail(peek(), "a time without an end");
        const Token& from = next();
        next();
        if (!add_span(rule, from, next())) return false;
      } else {
        break;
      }
      rule.has_spans = true;
      if (peek().kind == Kind::comma && (is_time(1) || peek(1).kind == Kind::always)) next();
    }
    return true;
  }

  bool add_span(OsmRule& rule, const Token& from, const Token& to) {
    const int open = from.kind == Kind::number ? from.value * 60 : from.value;
    int close = to.kind == Kind::number ? to.value * 60 : to.value;
    if (open >= kMinutesPerDay) return fail(from, "a span cannot start at 24:00 or later");
    if (close > kLatestClose) return fail(to, "a span cannot end after 48:00");
    if (close <= open) {
      close += kMinutesPerDay;
      // "9-5" or "9:00-5:00": opening_hours.js reads 09:00 to 05:00 the next day and warns that
      // the one-digit hour may mean the afternoon; a short night ("22-2") is read.
      if (to.short_hour && close - open > kMinutesPerDay / 2) {
        return fail(to, "ambiguous one-digit closing hour (the next morning, or pm?)");
      }
    }
    if (close % kMinutesPerDay == kMinutesPerDay - 1) ++close;  // 23:59 means midnight
    rule.spans.push_back({open, close});
    return true;
  }

  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
  std::vector<OsmRule> rules_;
  std::string message_;
};

}  // namespace

Result<std::vector<OsmRule>> parse_osm_rules(std::string_view value) {
  std::string error;
  auto tokens = tokenize_osm_hours(value, error);
  if (!tokens || !read_osm_words(*tokens, error)) return make_error(Error::Code::input, error);
  return Parser(std::move(*tokens)).parse();
}

}  // namespace joignable::extract
