// The tokens of an OpenStreetMap opening_hours value: days, months, holidays, times, numbers,
// separators, states (off, open), 24/7, comments and nth markers. Internal to hours_osm.cpp.
// Pure function; thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace joignable::extract {

enum class OsmKind {
  day,
  holiday,
  month,
  number,
  time,
  dash,
  comma,
  semicolon,
  colon,
  off,
  open,
  always,
  comment,
  nth,
  end
};

struct OsmToken {
  OsmKind kind = OsmKind::end;
  int value = 0;       // day 0-6, month 0-11, number, minutes
  std::string text;    // as written (for holidays, comments and messages)
  std::size_t at = 0;  // byte offset, for messages
};

// The tokens of `value`, ending with an `end` token; nullopt, and `error` set to a message naming
// the position, on the first thing not understood. Times are "9:00", "09:00", "09h00" (seconds,
// "09:00:00", are dropped); day names are case-free, OSM's ("Mo") or English ("Mon").
std::optional<std::vector<OsmToken>> tokenize_osm_hours(std::string_view value, std::string& error);

}  // namespace joignable::extract
