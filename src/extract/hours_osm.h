// The OpenStreetMap `opening_hours` syntax, and schema.org `openingHours` strings, which use a
// subset of it ("Mo-Fr 09:00-18:00"). The listings stage reuses parse_osm_hours() for OSM and
// manual listings. Pure functions; thread-safe.
//
// Read with the specification's meaning (hours_osm_week.h): rules in order, ";" replacing the
// days a rule names (what an earlier rule spilled into them past midnight too), "," adding,
// "off" removing only its times, 24/7 with selectors and states, spans past midnight. Public and
// school holidays ("PH", "SH") are kept apart, as exceptions: the weekly table is an ordinary
// week. Month and date selectors ("Dec 24", "Jan-Mar") and nth weekdays ("Mo[1]") are
// exceptions too. The forms opening_hours.js corrects with a warning are read as it reads them
// (hours_osm_words.h, hours_osm_lexer.h: "10-12", "10am-12pm", "10.00", "Mo – Fr", "täglich",
// "Mo geschl."), and so are days without ";" between rules ("Mo 09:00-12:00 Tu 10:00-12:00"),
// which schema.org pages write. The layout of the model: a span past midnight stays on its first
// day ("Fr 22:00-26:00") when it lasts a day at most; holiday hours are exceptions "PH" (the
// same whatever the weekday) or "PH Mo,Tu" (for those weekdays).
#pragma once

#include <string_view>

#include "extract/opening_hours.h"
#include "util/result.h"

namespace joignable::extract {

// The hours of an OSM `opening_hours` value. Fails, with a message naming the position, the text
// and the reason, on anything it cannot read fully (see parse_osm_rules()); never half-reads.
[[nodiscard]] Result<OpeningHours> parse_osm_hours(std::string_view value);

// Whether `value` is written in the OSM syntax (all its words and signs are the syntax's or its
// tolerated forms), whether or not parse_osm_hours() can read it into a week. A value that is
// OSM but refused ("Mo-Fr 9-5", a comment without a state) must not be handed to a prose reader,
// which would half-read it.
bool written_in_osm_syntax(std::string_view value);

}  // namespace joignable::extract
