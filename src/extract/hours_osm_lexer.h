// The tokens of an OpenStreetMap opening_hours value: days, months, holidays, times, numbers,
// separators, states (off, open), 24/7, comments and nth markers. Characters only: the words a
// value may hold (day names in several languages, "till", "geschlossen"...) are looked up by
// hours_osm_words.h. Internal to hours_osm.cpp. Pure functions; thread-safe.
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
  unknown,   // the "unknown" state
  always,    // 24/7
  comment,
  nth,
  fallback,  // "||"
  word,      // only between the lexer and the vocabulary (hours_osm_words.h): a word as written
  end
};

struct OsmToken {
  OsmKind kind = OsmKind::end;
  int value = 0;       // day 0-6, holiday 0 (PH) or 1 (SH), month 0-11, number, minutes
  std::string text;    // as written (for words, comments and messages)
  std::size_t at = 0;  // byte offset, for messages
  bool short_hour = false;  // a time or number written with a one-digit hour ("2", "9:00")
};

// The longest part of a value an error message quotes: a hostile value may be long.
inline constexpr std::size_t kQuoted = 40;

// The tokens of `value`, ending with an `end` token; nullopt, and `error` set to a message naming
// the position, on the first thing not understood. Times are "09:00", "9:00", "09h00", "10.00",
// "10am", "10:00 p.m.", with Unicode super- and subscript digits and "°" as a zero ("12°°");
// seconds ("09:00:00") are dropped. Dashes include the Unicode ones, "~", "=" and "→". Words come
// out as `word` tokens for read_osm_words().
std::optional<std::vector<OsmToken>> tokenize_osm_hours(std::string_view value, std::string& error);

}  // namespace joignable::extract
