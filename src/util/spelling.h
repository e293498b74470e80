// Reading an enum back from its contract spelling (its to_string), for values a store kept. A
// spelling this joignable does not know (a file written by another version, or edited by hand)
// is an Error{database}, not a guess. Pure functions; thread-safe.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "util/result.h"

namespace joignable::util {

// The value of `values` (every value of the enum, listed because C++ cannot enumerate them)
// whose to_string is `text`; `what` names the enum in the message ("unknown phone type 'x'").
template <class Enum, std::size_t N>
Result<Enum> parse_spelling(std::string_view text, const std::array<Enum, N>& values,
                            std::string_view what) {
  for (const Enum value : values) {
    if (to_string(value) == text) return value;
  }
  return make_error(Error::Code::database,
                    "unknown " + std::string(what) + " '" + std::string(text) + "'");
}

}  // namespace joignable::util
