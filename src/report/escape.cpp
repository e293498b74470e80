#include "report/escape.h"

#include <array>
#include <cstddef>

namespace joignable::report {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

unsigned char byte_at(std::string_view text, std::size_t i) {
  return static_cast<unsigned char>(text[i]);
}

// Length of the well-formed UTF-8 sequence starting at text[i] (Unicode table 3-7), or 0.
std::size_t sequence_length(std::string_view text, std::size_t i) {
  const unsigned char lead = byte_at(text, i);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;   // overlong
    if (lead == 0xED) high = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;   // overlong
    if (lead == 0xF4) high = 0x8F;  // past U+10FFFF
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  if (byte_at(text, i + 1) < low || byte_at(text, i + 1) > high) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if ((byte_at(text, i + k) & 0xC0) != 0x80) return 0;
  }
  return length;
}

// Calls emit with each character of text as a UTF-8 sequence, U+FFFD for each invalid byte.
template <class Emit>
void for_each_character(std::string_view text, Emit emit) {
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t length = sequence_length(text, i);
    if (length == 0) {
      emit(kReplacement);
      ++i;
    } else {
      emit(text.substr(i, length));
      i += length;
    }
  }
}

bool is_xml_forbidden(std::string_view character) {
  const unsigned char first = byte_at(character, 0);
  if (character.size() == 1) return first < 0x20 && first != '\t' && first != '\n' && first != '\r';
  // U+FFFE and U+FFFF are not characters in XML 1.0.
  return character == "\xEF\xBF\xBE" || character == "\xEF\xBF\xBF";
}

bool starts_formula(std::string_view text) {
  if (text.empty()) return false;
  constexpr std::array<char, 6> kTriggers = {'=', '+', '-', '@', '\t', '\r'};
  for (const char trigger : kTriggers) {
    if (text.front() == trigger) return true;
  }
  return false;
}

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

std::string valid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for_each_character(text, [&](std::string_view character) { out += character; });
  return out;
}

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for_each_character(text, [&](std::string_view character) {
    switch (character.front()) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += character;
    }
  });
  return out;
}

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for_each_character(text, [&](std::string_view character) {
    switch (character.front()) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\t': out += "&#9;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      default: out += is_xml_forbidden(character) ? kReplacement : character;
    }
  });
  return out;
}

std::string csv_field(std::string_view text) {
  std::string cell = valid_utf8(text);
  if (starts_formula(cell)) cell.insert(0, 1, '\'');
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (const char c : cell) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

std::string css_string(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' ||
        c == '&' || c == '\'') {
      static constexpr char kHex[] = "0123456789abcdef";
      out += '\\';
      if (byte >= 16) out += kHex[byte >> 4];
      out += kHex[byte & 15];
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::string markdown_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for_each_character(text, [&](std::string_view character) {
    switch (character.front()) {
      // Backslash escapes, not entities: report.md is read as text too (CI step summaries).
      case '<': out += "\\<"; break;
      case '>': out += "\\>"; break;
      case '&': out += "\\&"; break;
      case '\r':
      case '\n': out += ' '; break;
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '|':
      case '~':
      case '$':
      case '!':
      case '#':
        out += '\\';
        out += character;
        break;
      default: out += character;
    }
  });
  return out;
}

std::string safe_href(std::string_view url) {
  // Browsers drop tabs and newlines inside a URL ("java\tscript:"), so any such byte disqualifies.
  for (const char c : url) {
    const auto code = static_cast<unsigned char>(c);
    if (code <= 0x20 || code == 0x7F) return "#";
  }
  const std::size_t colon = url.find(':');
  if (colon == std::string_view::npos) return "#";
  std::string scheme;
  for (const char c : url.substr(0, colon)) scheme += ascii_lower(c);
  if (scheme != "http" && scheme != "https" && scheme != "mailto" && scheme != "tel") return "#";
  return valid_utf8(url);
}

}  // namespace joignable::report
