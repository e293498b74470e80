// Opening hours: one model for every source (a page's text, its structured data, a listing).
// OpeningHours is a weekly table (day -> intervals in minutes), the days the source says are
// closed, and the exceptions it gives (public holidays, date ranges); the parsers for each
// syntax fill it (hours_osm.h, hours_schema_org.h, hours_text.h). What the report shows is the
// contract's `spec` (OpenStreetMap style) and `weekly` (see CONTRACT.md). Plain values and pure
// functions; thread-safe.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace joignable::extract {

inline constexpr int kDaysPerWeek = 7;
inline constexpr int kMinutesPerDay = 24 * 60;
// The contract's day names, Monday first: index 0 is Monday.
inline constexpr std::array<std::string_view, kDaysPerWeek> kDayNames = {"Mo", "Tu", "We", "Th",
                                                                         "Fr", "Sa", "Su"};

// Where hours come from. A page gives text and structured_data; listing is for the listings
// stage (Google, OSM...), whose hours join the same model.
enum class HoursOrigin { text, structured_data, listing };
// "text", "structured_data", "listing".
std::string_view to_string(HoursOrigin origin);

// [open, close) in minutes from the start of the day. close > open; an interval past midnight
// ends after kMinutesPerDay (18:00-02:00 is {1080, 1560}), at most 48:00.
struct TimeInterval {
  int open = 0;
  int close = 0;
  friend bool operator==(const TimeInterval&, const TimeInterval&) = default;
};

using DayIntervals = std::vector<TimeInterval>;

// A departure from the weekly table that the source states: public holidays ("PH off"), a date
// range (schema.org validFrom/validThrough, OSM "Dec 24"), a season. Kept as the source said it;
// the weekly table never includes it.
struct HoursException {
  std::string when;        // "PH", "SH", "2024-12-24..2024-12-26", "Dec 24", as given
  DayIntervals intervals;  // empty: closed
  friend bool operator==(const HoursException&, const HoursException&) = default;
};

struct OpeningHours {
  std::array<DayIntervals, kDaysPerWeek> weekly;  // sorted, merged; empty: closed or not stated
  std::array<bool, kDaysPerWeek> closed{};        // the source says closed on that day
  std::vector<HoursException> exceptions;
  std::vector<std::string> comments;  // free comments of an OSM value ("sur rendez-vous")

  // Whether some day has an interval: hours worth reporting.
  bool has_hours() const;
  friend bool operator==(const OpeningHours&, const OpeningHours&) = default;
};

// Adds `interval` to day `day` (0 = Monday), merging it with overlapping or touching intervals
// and keeping the day sorted. 23:59 as a closing time becomes 24:00 (CONTRACT.md). An empty or
// inverted interval is ignored; callers turn 22:00-02:00 into 22:00-26:00 first.
void add_interval(OpeningHours& hours, int day, TimeInterval interval);

// "09:00", "26:00" for 1560.
std::string format_time(int minutes);

// The OSM-style spec of the weekly table: days with the same intervals grouped, Monday first,
// ranges of three days or more as "Mo-Fr", "Sa,Su" otherwise, closed days left out, "24/7" for
// every day all day; then "PH off" or "PH 10:00-12:00" when the source says so. "" when there
// are no hours. Past midnight is written the OSM way: "Fr 18:00-02:00"; when such a span runs
// into a day with hours of its own, the groups are joined by "," instead of ";", which would cut
// it. parse_osm_hours() reads the spec back to the same week.
std::string to_spec(const OpeningHours& hours);

// Whether two sources give the same weekly opening, compared minute by minute over the week, so
// that "Fr 18:00-26:00" equals "Fr 18:00-24:00; Sa 00:00-02:00". Exceptions are not compared.
bool same_weekly(const OpeningHours& a, const OpeningHours& b);

// The days on which `a` and `b` differ, one "Sa: 09:00-12:00 vs closed" per day, joined by
// "; "; "" when same_weekly(). Each side is that day's own intervals.
std::string weekly_differences(const OpeningHours& a, const OpeningHours& b);

// The intervals of one day as the report writes them: "09:00-12:00,14:00-18:00" or "closed".
std::string format_day(const DayIntervals& intervals);

}  // namespace joignable::extract

namespace joignable::extract {

// Whether the weekly table says open at `minute` (0 to 1439) of day `day` (0 = Monday): an
// interval of that day holds it, or one of the day before runs past midnight into it.
bool open_at(const OpeningHours& hours, int day, int minute);

}  // namespace joignable::extract
