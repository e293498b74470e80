// Character sets: every page reaches the extractor as UTF-8. The encoding is taken, as browsers
// do (WHATWG "encoding sniffing", simplified), from a byte-order mark, then the Content-Type
// header's charset, then a <meta charset> or <meta http-equiv="Content-Type"> in the first
// 1024 bytes; a page that names none and is not valid UTF-8 is read as windows-1252, the
// encoding of most old French sites. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace joignable::crawl {

// The charset parameter of a Content-Type header value, lower case; "" when there is none.
std::string charset_of_content_type(std::string_view content_type);

// The charset a <meta> tag near the start of `html` declares, lower case; "" when none.
std::string charset_of_meta(std::string_view html);

// `body` as UTF-8 (moved through untouched when it already is). Bytes that cannot be converted
// become U+FFFD; an unknown charset name is treated as if none were given.
std::string to_utf8(std::string body, std::string_view header_charset);

}  // namespace joignable::crawl
