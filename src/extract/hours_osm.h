// The OpenStreetMap `opening_hours` syntax, and schema.org `openingHours` strings, which use a
// subset of it ("Mo-Fr 09:00-18:00"). The listings stage reuses parse_osm_hours() for OSM and
// manual listings. Pure functions; thread-safe.
//
// Read: rules separated by ";" (a later rule replaces the hours of the days it names) or ","
// before a day (an additional rule, which adds to them); weekdays, ranges (wrapping ones too,
// "Fr-Mo") and lists; several time spans per rule; `off` / `closed`; `open`; `24/7`; a rule with
// no day (every day) or no time (all day); spans past midnight ("22:00-02:00" or "22:00-26:00");
// comments in double quotes; `PH` and `SH` (holidays), month and date selectors ("Dec 24",
// "Jan-Mar", "2024 Dec 25") and nth weekdays ("Mo[1]"), kept as exceptions, not in the weekly
// table. Tolerated: case, spaces around "-", "09h00", "Mo-Fr:" and days listed with spaces
// ("Mo Tu We"), which schema.org pages write. Refused (an error, so the value stays raw
// evidence): open ends ("22:00+"), sunrise/sunset, week numbers, anything else unknown.
#pragma once

#include <string_view>

#include "extract/opening_hours.h"
#include "util/result.h"

namespace joignable::extract {

// The hours of an OSM `opening_hours` value. Fails, with a message naming the position and
// the text not understood, on any part outside the subset above; never guesses.
[[nodiscard]] Result<OpeningHours> parse_osm_hours(std::string_view value);

}  // namespace joignable::extract
