// The rules of an OpenStreetMap opening_hours value, as written: each rule's selectors (weekdays,
// holidays, dates), its time spans and its state, in order, with how it was joined to the one
// before (";" replaces, "," adds). What they mean for a week is hours_osm_week.h's job. Internal
// to hours_osm.cpp. Pure function; thread-safe.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "extract/opening_hours.h"
#include "util/result.h"

namespace joignable::extract {

struct OsmRule {
  std::array<bool, kDaysPerWeek> days{};  // the weekdays it names
  bool has_days = false;
  bool public_holiday = false;  // "PH": the rule also (or, with holidays_and_days, only) holds then
  bool school_holiday = false;  // "SH"
  bool holidays_and_days = false;  // "SH Mo-Fr": school holidays that fall on Mo-Fr, not either
  std::string wide;  // month, date or nth selectors as written: a dated exception, not the week
  DayIntervals spans;  // [open, close) minutes; close up to 48:00 past the day's start
  bool has_spans = false;
  bool off = false;
  bool additional = false;  // joined by ",": adds to the days' hours instead of replacing them
  std::vector<std::string> comments;

  // Whether the rule has a weekday or holiday selector; without one it holds every day.
  bool has_day_selector() const { return has_days || public_holiday || school_holiday; }
};

// The rules of `value`. Fails, with a message naming the position, on anything outside the
// syntax or its tolerated forms, on a time out of range (a start from 24:00, an end past 48:00),
// on an ambiguous span ("9-5": 09:00 to 05:00 the next day, or 9 to 5 pm), and on what no weekly
// table can say: the "unknown" state (written, or a comment without "open" or "off"), fallback
// rules ("||"), open ends ("22:00+"), variable times (sunrise) and week numbers.
[[nodiscard]] Result<std::vector<OsmRule>> parse_osm_rules(std::string_view value);

}  // namespace joignable::extract
