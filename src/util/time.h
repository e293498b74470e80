// Wall-clock timestamps for reports and the store: ISO-8601 in UTC, to the second. Thread-safe.
#pragma once

#include <ctime>
#include <optional>
#include <string>
#include <string_view>

namespace joignable::util {

// The current UTC time as ISO-8601 with seconds, e.g. "2026-11-23T09:58:00Z".
std::string now_iso8601();

// `seconds` since the epoch as "2026-11-23T09:58:00Z".
std::string to_iso8601(std::time_t seconds);

// Seconds since the epoch of "YYYY-MM-DDTHH:MM:SS" followed by "Z" or a "+HH:MM"/"-HH:MM"
// offset; nullopt for anything else.
std::optional<std::time_t> parse_iso8601(std::string_view text);

}  // namespace joignable::util
