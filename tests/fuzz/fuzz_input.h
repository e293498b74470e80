// Helpers for the libFuzzer targets of this folder: the input as text, and split in parts for
// functions that take more than one string. Header-only; each target is one process.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>

namespace joignable::fuzz {

inline std::string_view text_of(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// The text before the first '\n' and the text after it ("" when there is none).
inline std::pair<std::string_view, std::string_view> first_line_and_rest(std::string_view text) {
  const auto newline = text.find('\n');
  if (newline == std::string_view::npos) return {text, {}};
  return {text.substr(0, newline), text.substr(newline + 1)};
}

}  // namespace joignable::fuzz
