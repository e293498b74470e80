#include "extract/hours_osm_lexer.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "extract/opening_hours.h"

namespace joignable::extract {
namespace {

using Kind = OsmKind;
using Token = OsmToken;

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

}  // namespace

// Splits `value` into tokens; nullopt and `error` set on the first thing not understood.
std::optional<std::vector<Token>> tokenize_osm_hours(std::string_view value, std::string& error) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  auto fail = [&](std::size_t at, std::string_view what) {
    error = "opening_hours: unexpected '" + std::string(what) + "' at " + std::to_string(at + 1);
    return std::nullopt;
  };
  while (i < value.size()) {
    const char c = value[i];
    const std::size_t at = i;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
      continue;
    }
    if (value.substr(i, 4) == "24/7") {
      tokens.push_back({Kind::always, 0, "24/7", at});
      i += 4;
      continue;
    }
    if (value.substr(i, 3) == "\xE2\x80\x93" || value.substr(i, 3) == "\xE2\x80\x94") {
      tokens.push_back({Kind::dash, 0, "-", at});
      i += 3;
      continue;
    }
    if (value.substr(i, 2) == "||") {
      tokens.push_back({Kind::semicolon, 0, ";", at});
      i += 2;
      continue;
    }
    if (c == '-') {
      tokens.push_back({Kind::dash, 0, "-", at});
      ++i;
      continue;
    }
    if (c == ',') {
      tokens.push_back({Kind::comma, 0, ",", at});
      ++i;
      continue;
    }
    if (c == ';') {
      tokens.push_back({Kind::semicolon, 0, ";", at});
      ++i;
      continue;
    }
    if (c == ':') {
      tokens.push_back({Kind::colon, 0, ":", at});
      ++i;
      continue;
    }
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
      const bool separator =
          j < value.size() && (value[j] == ':' || value[j] == 'h' || value[j] == 'H');
      if (separator && j + 2 < value.size() && is_digit(value[j + 1]) && is_digit(value[j + 2]) &&
          j - i <= 2) {
        const int minutes = to_int(value.substr(j + 1, 2));
        if (minutes > 59 || number > 48) return fail(at, value.substr(i, j + 3 - i));
        tokens.push_back(
            {Kind::time, number * 60 + minutes, std::string(value.substr(i, j + 3 - i)), at});
        i = j + 3;
        // Seconds ("09:00:00"), which some schema.org pages write, mean nothing here.
        if (i + 2 < value.size() && value[i] == ':' && is_digit(value[i + 1]) &&
            is_digit(value[i + 2]))
          i += 3;
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

}  // namespace joignable::extract
