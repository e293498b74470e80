// The listings stage's door to nlohmann-json: parsing a listing's text with the position of the
// first error, and lookups that never throw (a missing key, or a value of another type, reads as
// absent). Pure functions; thread-safe.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "util/result.h"

namespace joignable::listings {

using Json = nlohmann::json;

// The JSON value of `text`; fails with "not JSON: parse error at line 3, column 5: ...".
[[nodiscard]] Result<Json> parse_json(std::string_view text);

// The parse error of `text` ("parse error at line 1, column 9: ..."), "" when it parses.
std::string json_error(std::string_view text);

// value[key] when `value` is an object that has it, else nullptr.
const Json* member(const Json& value, std::string_view key);
// value[key] as a string; "" when absent or not a string.
std::string string_at(const Json& value, std::string_view key);
// value[key] as an integer (a JSON number, a fraction cut); nullopt when absent, not a number or
// beyond 1e15 in size.
std::optional<long long> int_at(const Json& value, std::string_view key);
// value[key] when it is an array, else nullptr.
const Json* array_at(const Json& value, std::string_view key);
// Whether `value` is an object with any of `keys`.
bool has_any(const Json& value, std::initializer_list<std::string_view> keys);
// The item an API answer is about: `answer` itself, or the first of its array `list_key` when it
// is a search or list answer ({"places": [...]}); nullptr when that array is empty.
const Json* item_of_answer(const Json& answer, std::string_view list_key);

}  // namespace joignable::listings
