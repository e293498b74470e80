// What the rules of an OpenStreetMap opening_hours value mean for one week, by the
// specification (as opening_hours.js reads it): rules apply in order; a normal rule that holds on
// a day replaces that day's hours, including what an earlier rule spilled into it past midnight;
// an additional rule (",") adds to them; an "off" rule removes its times (the whole day without
// times) and replaces nothing; a rule without weekday or holiday selector holds every day; what a
// span runs past midnight is open the next morning. Dated rules (months, dates, nth weekdays) are
// left out: they are exceptions to the week. Internal to hours_osm.cpp. Pure function; thread-safe.
#pragma once

#include <array>
#include <vector>

#include "extract/hours_osm_rules.h"
#include "extract/opening_hours.h"

namespace joignable::extract {

// Which days the week is made of: ordinary ones, public holidays (each day one, the day before
// an ordinary day) or school holidays (every day one).
enum class OsmDayKind { ordinary, public_holiday, school_holiday };

// The open intervals of each weekday, Monday first, within the day: [open, close) minutes with
// close at most 24:00; a span past midnight shows up on both days. Sunday spills into Monday.
std::array<DayIntervals, kDaysPerWeek> osm_week(const std::vector<OsmRule>& rules,
                                                OsmDayKind kind);

}  // namespace joignable::extract
