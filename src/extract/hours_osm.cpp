#include "extract/hours_osm.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

namespace joignable::extract {
namespace {

enum class Kind { day, holiday, month, number, time, dash, comma, semicolon, colon, off, open,
                  always, comment, nth, end };

struct Token {
  Kind kind = Kind::end;
  int value = 0;       // day 0-6, month 0-11, number, minutes
  std::string text;    // as written (for holidays, comments and messages)
  std::size_t at = 0;  // byte offset, for messages
};

constexpr std::array<std::string_view, kDaysPerWeek> kOsmDays = {"mo", "tu", "we", "th",
                                                                 "fr", "sa", "su"};
constexpr std::array<std::string_view, kDaysPerWeek> kEnglishDays = {"mon", "tue", "wed", "thu",
                                                                     "fri", "sat", "sun"};
constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                      "jul", "aug", "sep", "oct", "nov", "dec"};

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The value of a run of digits, capped: a hostile value may hold thousands of them.
int to_int(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = std::min(value * 10 + (c - '0'), 1000000);
  return value;
}
bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

std::optional<Token> word_token(const std::string& word, std::size_t at) {
  for (std::size_t d = 0; d < kDaysPerWeek; ++d) {
    if (word == kOsmDays[d] || word == kEnglishDays[d]) return Token{Kind::day, int(d), word, at};
  }
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    if (word == kMonths[m]) return Token{Kind::month, int(m), word, at};
  }
  if (word == "ph" || word == "sh") return Token{Kind::holiday, 0, lower(word), at};
  if (word == "off" || word == "closed") return Token{Kind::off, 0, word, at};
  if (word == "open") return Token{Kind::open, 0, word, at};
  return std::nullopt;
}

// Splits `value` into tokens; nullopt and `error` set on the first thing not understood.
std::optional<std::vector<Token>> tokenize(std::string_view value, std::string& error) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  auto fail = [&](std::size_t at, std::string_view what) {
    error = "opening_hours: unexpected '" + std::string(what) + "' at " + std::to_string(at + 1);
    return std::nullopt;
  };
  while (i < value.size()) {
    const char c = value[i];
    const std::size_t at = i;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') { ++i; continue; }
    if (value.substr(i, 4) == "24/7") { tokens.push_back({Kind::always, 0, "24/7", at}); i += 4; continue; }
    if (value.substr(i, 3) == "\xE2\x80\x93" || value.substr(i, 3) == "\xE2\x80\x94") {
      tokens.push_back({Kind::dash, 0, "-", at}); i += 3; continue;
    }
    if (value.substr(i, 2) == "||") { tokens.push_back({Kind::semicolon, 0, ";", at}); i += 2; continue; }
    if (c == '-') { tokens.push_back({Kind::dash, 0, "-", at}); ++i; continue; }
    if (c == ',') { tokens.push_back({Kind::comma, 0, ",", at}); ++i; continue; }
    if (c == ';') { tokens.push_back({Kind::semicolon, 0, ";", at}); ++i; continue; }
    if (c == ':') { tokens.push_back({Kind::colon, 0, ":", at}); ++i; continue; }
    if (c == '"') {
      const std::size_t close = value.find('"', i + 1);
      if (close == std::string_view::npos) return fail(at, value.substr(at));
      tokens.push_back({Kind::comment, 0, std::string(value.substr(i + 1, close - i - 1)), at});
      i = close + 1;
      continue;
    }
    if (c == '[') {
      const std::size_t close = value.find(']', i);
      if (close == std::string_view::npos) return fail(at, value.substr(at));
      tokens.push_back({Kind::nth, 0, std::string(value.substr(i, close - i + 1)), at});
      i = close + 1;
      continue;
    }
    if (is_digit(c)) {
      std::size_t j = i;
      while (j < value.size() && is_digit(value[j])) ++j;
      const int number = to_int(value.substr(i, j - i));
      const bool separator = j < value.size() && (value[j] == ':' || value[j] == 'h' || value[j] == 'H');
      if (separator && j + 2 < value.size() && is_digit(value[j + 1]) && is_digit(value[j + 2]) &&
          j - i <= 2) {
        const int minutes = to_int(value.substr(j + 1, 2));
        if (minutes > 59 || number > 48) return fail(at, value.substr(i, j + 3 - i));
        tokens.push_back({Kind::time, number * 60 + minutes, std::string(value.substr(i, j + 3 - i)), at});
        i = j + 3;
        // Seconds ("09:00:00"), which some schema.org pages write, mean nothing here.
        if (i + 2 < value.size() && value[i] == ':' && is_digit(value[i + 1]) && is_digit(value[i + 2])) i += 3;
        continue;
      }
      tokens.push_back({Kind::number, number, std::string(value.substr(i, j - i)), at});
      i = j;
      continue;
    }
    if (is_alpha(c)) {
      std::size_t j = i;
      while (j < value.size() && is_alpha(value[j])) ++j;
      const std::string word = lower(value.substr(i, j - i));
      auto token = word_token(word, at);
      if (!token) return fail(at, value.substr(i, j - i));
      tokens.push_back(*token);
      i = j;
      continue;
    }
    return fail(at, value.substr(i, 1));
  }
  tokens.push_back({Kind::end, 0, "", value.size()});
  return tokens;
}

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
    while (peek().kind == Kind::month || (peek().kind == Kind::number && peek().value >= 1900 && peek().value <= 2100)) {
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
        rule.holidays += (rule.holidays.empty() ? "" : ",") + std::string(first.text == "ph" ? "PH" : "SH");
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
      if (peek().kind == Kind::nth) rule.wide += (rule.wide.empty() ? "" : " ") + first.text + next().text;
      // "Mo,We" continues the list; "Mo Tu We" (schema.org pages) too.
      if (peek().kind == Kind::comma && (peek(1).kind == Kind::day || peek(1).kind == Kind::holiday)) next();
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
  auto tokens = tokenize(value, error);
  if (!tokens) return make_error(Error::Code::input, error);
  if (tokens->size() == 1) return make_error(Error::Code::input, "opening_hours: empty value");
  return Parser(std::move(*tokens)).parse();
}

}  // namespace joignable::extract
