// Shell-style patterns for the URL filters of a target ([crawl] include, exclude, strip_params):
// '*' matches any run of characters, every other character itself. Thread-safe.
#pragma once

#include <string_view>

namespace joignable::util {

// Whether `pattern` matches the whole of `text`; with `ignore_case`, ASCII letters match
// regardless of case.
bool glob_match(std::string_view pattern, std::string_view text, bool ignore_case = false);

}  // namespace joignable::util
