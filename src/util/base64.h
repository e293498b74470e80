// Base64 (RFC 4648, standard alphabet, with padding): DevTools carries bodies and screenshots in
// it, and report.html embeds images as data: URIs. Plain functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace joignable::util {

std::string base64_encode(std::string_view bytes);

// The bytes `text` encodes; nullopt when it is not base64 (a character outside the alphabet, or
// a length that is not a multiple of four).
std::optional<std::string> base64_decode(std::string_view text);

}  // namespace joignable::util
