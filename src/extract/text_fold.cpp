#include "extract/text_fold.h"

namespace joignable::extract {
namespace {

// Folding of U+00C0..U+00FF (UTF-8 C3 80..C3 BF), indexed by the second byte minus 0x80;
// nullptr keeps the character.
constexpr const char* kLatin1Folds[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", nullptr, "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", nullptr, "y",
};

unsigned char byte_at(std::string_view text, std::size_t pos) {
  return pos < text.size() ? static_cast<unsigned char>(text[pos]) : 0;
}

}  // namespace

std::string fold(std::string_view text) {
  // Every fold is at most as long as what it folds (two bytes at most, from two-byte letters),
  // so the output is written in place into a buffer of the input's size: fold() runs over every
  // page's whole text.
  std::string out(text.size(), '\0');
  char* end = out.data();
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      *end++ = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      continue;
    }
    const unsigned char next = byte_at(text, i + 1);
    const char* replacement = nullptr;
    if (c == 0xC3 && next >= 0x80 && next <= 0xBF) {
      replacement = kLatin1Folds[next - 0x80];
    } else if (c == 0xC5 && (next == 0x92 || next == 0x93)) {
      replacement = "oe";
    }
    if (replacement == nullptr) {
      *end++ = static_cast<char>(c);
      continue;
    }
    for (const char* r = replacement; *r != '\0'; ++r) *end++ = *r;
    ++i;
  }
  out.resize(static_cast<std::size_t>(end - out.data()));
  return out;
}

bool contains_any(std::string_view text, std::initializer_list<std::string_view> keywords) {
  for (std::string_view keyword : keywords) {
    if (text.find(keyword) != std::string_view::npos) return true;
  }
  return false;
}

std::size_t space_at(std::string_view text, std::size_t pos, bool& invisible) {
  invisible = false;
  const unsigned char c = byte_at(text, pos);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  const unsigned char b1 = byte_at(text, pos + 1);
  const unsigned char b2 = byte_at(text, pos + 2);
  if (c == 0xC2 && b1 == 0xA0) return 2;  // no-break space
  if (c == 0xE2 && b1 == 0x80 && b2 >= 0x80 && b2 <= 0x8A) return 3;  // en quad .. hair space
  if (c == 0xE2 && b1 == 0x80 && b2 == 0xAF) return 3;                // narrow no-break space
  if (c == 0xE2 && b1 == 0x81 && b2 == 0x9F) return 3;                // medium math space
  if (c == 0xE3 && b1 == 0x80 && b2 == 0x80) return 3;                // ideographic space
  invisible = true;
  if (c == 0xC2 && b1 == 0xAD) return 2;                              // soft hyphen
  if (c == 0xE2 && b1 == 0x80 && b2 >= 0x8B && b2 <= 0x8D) return 3;  // zero-width (non-)joiners
  if (c == 0xE2 && b1 == 0x81 && b2 == 0xA0) return 3;                // word joiner
  if (c == 0xEF && b1 == 0xBB && b2 == 0xBF) return 3;                // byte order mark
  invisible = false;
  return 0;
}

std::string collapse_spaces(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size();) {
    bool invisible = false;
    if (const std::size_t length = space_at(text, i, invisible); length > 0) {
      pending_space = pending_space || (!invisible && !out.empty());
      i += length;
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += text[i++];
  }
  return out;
}

}  // namespace joignable::extract
