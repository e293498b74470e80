#include "crawl/charset.h"

#include <iconv.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstdint>

namespace joignable::crawl {
namespace {

constexpr std::size_t kMetaScanBytes = 1024;  // where HTML requires the <meta charset> to be
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The value after `charset=` in `text`, without quotes or spaces.
std::string charset_after(std::string_view text) {
  const std::string folded = lower(text);
  const auto at = folded.find("charset");
  if (at == std::string::npos) return {};
  std::size_t i = at + 7;
  while (i < folded.size() && (folded[i] == ' ' || folded[i] == '=')) ++i;
  while (i < folded.size() && (folded[i] == '"' || folded[i] == '\'')) ++i;
  std::size_t end = i;
  while (end < folded.size() &&
         (std::isalnum(static_cast<unsigned char>(folded[end])) != 0 ||
          std::string_view("-_.:").find(folded[end]) != std::string_view::npos)) {
    ++end;
  }
  return folded.substr(i, end - i);
}

bool is_valid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    const std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3
                             : (c >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size()) return false;
    for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    }
    i += length;
  }
  return true;
}

// WHATWG maps the Latin-1 labels to windows-1252, a superset browsers use in their place.
std::string iconv_name(const std::string& charset) {
  static constexpr std::array<std::string_view, 6> kLatin1 = {
      "iso-8859-1", "latin1", "l1", "us-ascii", "ascii", "iso8859-1"};
  if (std::find(kLatin1.begin(), kLatin1.end(), charset) != kLatin1.end()) return "WINDOWS-1252";
  return charset;
}

// Converts with iconv into `out`, replacing each byte it cannot convert; false when iconv does
// not know the charset.
bool convert(std::string_view body, const std::string& charset, std::string& out) {
  iconv_t cd = iconv_open("UTF-8", iconv_name(charset).c_str());
  if (cd == reinterpret_cast<iconv_t>(static_cast<std::intptr_t>(-1))) return false;
  out.clear();
  out.reserve(body.size() + body.size() / 4);
  std::array<char, 16384> buffer{};
  char* in = const_cast<char*>(body.data());  // iconv's signature; it does not write the input
  std::size_t in_left = body.size();
  while (in_left > 0) {
    char* next = buffer.data();
    std::size_t out_left = buffer.size();
    const std::size_t done = iconv(cd, &in, &in_left, &next, &out_left);
    out.append(buffer.data(), next);
    if (done == static_cast<std::size_t>(-1) && errno != E2BIG) {
      out += kReplacement;  // EILSEQ or a truncated sequence at the end: skip one byte
      ++in;
      --in_left;
    }
  }
  iconv_close(cd);
  return true;
}

}  // namespace

std::string charset_of_content_type(std::string_view content_type) {
  return charset_after(content_type);
}

std::string charset_of_meta(std::string_view html) {
  const std::string head = lower(html.substr(0, std::min(html.size(), kMetaScanBytes)));
  for (std::size_t at = head.find("<meta"); at != std::string::npos;
       at = head.find("<meta", at + 5)) {
    const auto end = head.find('>', at);
    const std::string_view tag = std::string_view(head).substr(at, end - at);
    if (auto charset = charset_after(tag); !charset.empty()) return charset;
  }
  return {};
}

std::string to_utf8(std::string body, std::string_view header_charset) {
  const std::string_view bytes(body);
  if (bytes.starts_with("\xEF\xBB\xBF")) return body.erase(0, 3);
  std::string out;
  if (bytes.starts_with("\xFF\xFE") && convert(bytes.substr(2), "UTF-16LE", out)) return out;
  if (bytes.starts_with("\xFE\xFF") && convert(bytes.substr(2), "UTF-16BE", out)) return out;
  std::string charset(header_charset);
  if (charset.empty()) charset = charset_of_meta(bytes);
  // Declared UTF-8 stays as it is: the writers replace the odd invalid byte.
  if (charset == "utf-8" || charset == "utf8") return body;
  if (!charset.empty() && convert(bytes, charset, out)) return out;
  if (is_valid_utf8(bytes)) return body;
  // Nothing declared and not UTF-8: the page was written in windows-1252.
  convert(bytes, "windows-1252", out);
  return out;
}

}  // namespace joignable::crawl
