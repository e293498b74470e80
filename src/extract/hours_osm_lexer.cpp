#include "extract/hours_osm_lexer.h"

#include <algorithm>
#include <array>

#include "extract/text_fold.h"  // space_at

namespace joignable::extract {
namespace {

using Kind = OsmKind;
using Token = OsmToken;

unsigned char byte_at(std::string_view text, std::size_t pos) {
  return pos < text.size() ? static_cast<unsigned char>(text[pos]) : 0;
}

bool is_ascii_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
unsigned char ascii_lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; }

// The byte length of the UTF-8 character at `pos` (1 for a stray byte).
std::size_t char_length(std::string_view text, std::size_t pos) {
  const unsigned char c = byte_at(text, pos);
  std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte_at(text, pos + k) & 0xC0) != 0x80) return 1;
  }
  return length;
}

// A digit: ASCII, or one that opening_hours.js reads as a digit: super- and subscripts, and the
// degree sign that people type for a superscript zero ("12°°"). Returns its byte length, 0 for
// none; `exotic` tells it was not ASCII.
std::size_t digit_at(std::string_view text, std::size_t pos, int& digit, bool& exotic) {
  const unsigned char c = byte_at(text, pos), b1 = byte_at(text, pos + 1),
                      b2 = byte_at(text, pos + 2);
  exotic = c >= 0x80;
  if (c >= '0' && c <= '9') return digit = c - '0', 1;
  if (c == 0xC2 && b1 == 0xB0) return digit = 0, 2;                  // °
  if (c == 0xC2 && (b1 == 0xB2 || b1 == 0xB3)) return digit = b1 - 0xB0, 2;  // ² ³
  if (c == 0xC2 && b1 == 0xB9) return digit = 1, 2;                  // ¹
  if (c == 0xE2 && b1 == 0x81 && (b2 == 0xB0 || (b2 >= 0xB4 && b2 <= 0xB9))) {
    return digit = b2 - 0xB0, 3;  // ⁰ ⁴..⁹
  }
  if (c == 0xE2 && b1 == 0x82 && b2 >= 0x80 && b2 <= 0x89) return digit = b2 - 0x80, 3;  // ₀..₉
  return 0;
}

// The byte length of a dash at `pos`: "-", the Unicode hyphens and dashes, the minus sign, the
// Katakana prolonged sound mark, "~", "～", "=" and "→", which opening_hours.js reads as "-".
std::size_t dash_at(std::string_view text, std::size_t pos) {
  const unsigned char c = byte_at(text, pos), b1 = byte_at(text, pos + 1),
                      b2 = byte_at(text, pos + 2);
  if (c == '-' || c == '~' || c == '=') return 1;
  if (c == 0xE2 && b1 == 0x80 && b2 >= 0x90 && b2 <= 0x94) return 3;  // ‐ ‑ ‒ – —
  if (c == 0xE2 && b1 == 0x88 && b2 == 0x92) return 3;                // −
  if (c == 0xE2 && b1 == 0x86 && b2 == 0x92) return 3;                // →
  if (c == 0xE3 && b1 == 0x83 && b2 == 0xBC) return 3;                // ー
  if (c == 0xEF && b1 == 0xBD && b2 == 0x9E) return 3;                // ～
  return 0;
}

std::size_t colon_at(std::string_view text, std::size_t pos) {
  if (byte_at(text, pos) == ':') return 1;
  const bool fullwidth = byte_at(text, pos) == 0xEF && byte_at(text, pos + 1) == 0xBC &&
                         byte_at(text, pos + 2) == 0x9A;
  return fullwidth ? 3 : 0;
}

// Whether `text` at `pos` starts with ASCII `word`, case-free.
bool starts_with(std::string_view text, std::size_t pos, std::string_view word) {
  if (text.size() - std::min(pos, text.size()) < word.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    if (ascii_lower(byte_at(text, pos + k)) != static_cast<unsigned char>(word[k])) return false;
  }
  return true;
}

struct DigitRun {
  int value = 0;
  int count = 0;
  bool exotic = false;
  std::size_t end = 0;
};

DigitRun read_digits(std::string_view text, std::size_t pos) {
  DigitRun run;
  int digit = 0;
  bool exotic = false;
  while (std::size_t length = digit_at(text, pos, digit, exotic)) {
    // Capped: a hostile value may hold thousands of digits.
    run.value = std::min(run.value * 10 + digit, 1000000);
    ++run.count;
    run.exotic = run.exotic || exotic;
    pos += length;
  }
  run.end = pos;
  return run;
}

class Lexer {
 public:
  Lexer(std::string_view value, std::string& error) : value_(value), error_(error) {}

  std::optional<std::vector<Token>> run() {
    while (i_ < value_.size()) {
      if (!step()) return std::nullopt;
    }
    tokens_.push_back({Kind::end, 0, "", value_.size()});
    return std::move(tokens_);
  }

 private:
  bool fail(std::size_t at, std::string_view what, std::string_view why = {}) {
    error_ = "opening_hours: " + (why.empty() ? std::string("unexpected") : std::string(why)) +
             " '" + std::string(what.substr(0, kQuoted)) + "' at " + std::to_string(at + 1);
    return false;
  }

  void push(Kind kind, std::size_t length, int value = 0) {
    tokens_.push_back({kind, value, std::string(value_.substr(i_, length)), i_});
    i_ += length;
  }

  bool step() {
    bool invisible = false;
    const unsigned char c = byte_at(value_, i_);
    if (std::size_t space = space_at(value_, i_, invisible)) return i_ += space, true;
    if (c == '_') return ++i_, true;  // "sur_rendez_vous": words joined for a tag value
    for (std::string_view literal : {"24/7", "24x7"}) {
      if (starts_with(value_, i_, literal)) return push(Kind::always, literal.size()), true;
    }
    // "7j/7", "7/7": every day, as French and other signs write it.
    for (std::string_view literal : {"7j/7", "7/7"}) {
      if (starts_with(value_, i_, literal)) return push(Kind::word, literal.size()), true;
    }
    int digit = 0;
    bool exotic = false;
    if (digit_at(value_, i_, digit, exotic)) return time_or_number();
    if (value_.substr(i_, 2) == "||") return push(Kind::fallback, 2), true;
    if (std::size_t dash = dash_at(value_, i_)) return push(Kind::dash, dash), true;
    if (std::size_t colon = colon_at(value_, i_)) return push(Kind::colon, colon), true;
    if (c == ',' || c == '&') return push(Kind::comma, 1), true;
    if (c == ';') return push(Kind::semicolon, 1), true;
    if (c == '"') return quoted(Kind::comment, '"', 1);
    if (c == '[') return quoted(Kind::nth, ']', 0);
    if (is_ascii_letter(c) || c >= 0x80) return word();
    return fail(i_, value_.substr(i_, char_length(value_, i_)));
  }

  // A comment ("...", without its quotes) or an nth marker ("[1]", with its brackets).
  bool quoted(Kind kind, char close, std::size_t trim) {
    const std::size_t end = value_.find(close, i_ + 1);
    if (end == std::string_view::npos) return fail(i_, value_.substr(i_));
    const std::size_t length = end - i_ + 1;
    tokens_.push_back(
        {kind, 0, std::string(value_.substr(i_ + trim, length - 2 * trim)), i_});
    i_ += length;
    return true;
  }

  bool word() {
    const std::size_t start = i_;
    int digit = 0;
    bool exotic = false, invisible = false;
    while (i_ < value_.size()) {
      const unsigned char c = byte_at(value_, i_);
      const bool letter = is_ascii_letter(c) ||
                          (c >= 0x80 && !digit_at(value_, i_, digit, exotic) &&
                           !dash_at(value_, i_) && !colon_at(value_, i_) &&
                           !space_at(value_, i_, invisible));
      if (!letter) break;
      i_ += char_length(value_, i_);
    }
    if (i_ == start) return fail(i_, value_.substr(i_, char_length(value_, i_)));
    tokens_.push_back({Kind::word, 0, std::string(value_.substr(start, i_ - start)), start});
    if (byte_at(value_, i_) == '.') ++i_;  // "mon.", "geschl.": an abbreviation's dot
    return true;
  }

  bool time_or_number() {
    const std::size_t start = i_;
    const DigitRun hours = read_digits(value_, i_);
    int minutes = -1;
    std::size_t end = hours.end;
    if (hours.exotic && hours.count == 4) {  // "₀₀₃₀", "12°°": the colon is left out
      minutes = hours.value % 100;
    } else if (hours.count <= 2) {
      const unsigned char c = byte_at(value_, end);
      std::size_t separator = colon_at(value_, end);
      if (separator == 0 && (c == 'h' || c == 'H' || c == '.')) separator = 1;
      const DigitRun after = read_digits(value_, end + separator);
      // A one-digit minute only where opening_hours.js reads one: in super- and subscripts.
      const bool one_digit_ok = colon_at(value_, end) && (after.exotic || hours.exotic);
      if (separator && (after.count == 2 || (after.count == 1 && one_digit_ok))) {
        minutes = after.value;
        end = after.end;
        // Seconds ("09:00:00"), which some schema.org pages write, mean nothing here.
        if (colon_at(value_, end) == 1 && read_digits(value_, end + 1).count == 2) end += 3;
      }
    }
    const int hour = hours.count == 4 ? hours.value / 100 : hours.value;
    const std::string written(value_.substr(start, end - start));
    if (minutes > 59 || (minutes >= 0 && hour > 48)) {
      return fail(start, written, "time out of range");
    }
    i_ = end;
    const int meridiem = read_meridiem();
    if (meridiem < 0 && minutes < 0) {
      tokens_.push_back({Kind::number, hours.value, written, start, hours.count == 1});
      return true;
    }
    int value = hour * 60 + std::max(minutes, 0);
    if (meridiem >= 0) {
      if (hour < 1 || hour > 12) return fail(start, written, "not a 12-hour time");
      value = (hour % 12 + meridiem) * 60 + std::max(minutes, 0);
    }
    tokens_.push_back({Kind::time, value, written, start, hours.count == 1 && meridiem < 0});
    return true;
  }

  // After a time: "am", "a.m.", "pm", "p.m." (spaces before allowed); the hours to add (0 or
  // 12), or -1 for none. "10:00 am Montag" is German ("am" = on the), not a 12-hour clock.
  int read_meridiem() {
    std::size_t at = i_;
    while (byte_at(value_, at) == ' ') ++at;
    for (std::string_view form : {"a.m.", "a.m", "am", "p.m.", "p.m", "pm"}) {
      if (!starts_with(value_, at, form)) continue;
      std::size_t after = at + form.size();
      if (is_ascii_letter(byte_at(value_, after))) return -1;
      if (at != i_) {
        while (byte_at(value_, after) == ' ') ++after;
        if (is_ascii_letter(byte_at(value_, after))) return -1;
      }
      i_ = at + form.size();
      return form[0] == 'p' ? 12 : 0;
    }
    return -1;
  }

  std::string_view value_;
  std::string& error_;
  std::size_t i_ = 0;
  std::vector<Token> tokens_;
};

}  // namespace

std::optional<std::vector<Token>> tokenize_osm_hours(std::string_view value, std::string& error) {
  return Lexer(value, error).run();
}

}  // namespace joignable::extract
