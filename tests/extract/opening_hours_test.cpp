#include "extract/opening_hours.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/hours_osm.h"

namespace extract = joignable::extract;
using extract::OpeningHours;
using extract::TimeInterval;

namespace {

OpeningHours osm(const std::string& value) {
  auto hours = extract::parse_osm_hours(value);
  REQUIRE(hours.has_value());
  return *hours;
}

}  // namespace

TEST_CASE("intervals are merged, sorted, and 23:59 closes at midnight", "[extract][hours]") {
  OpeningHours hours;
  add_interval(hours, 0, {14 * 60, 18 * 60});
  add_interval(hours, 0, {9 * 60, 12 * 60});
  add_interval(hours, 0, {11 * 60, 13 * 60});
  add_interval(hours, 0, {13 * 60, 14 * 60});
  CHECK(hours.weekly[0] == extract::DayIntervals{{9 * 60, 18 * 60}});
  add_interval(hours, 1, {8 * 60, 23 * 60 + 59});
  CHECK(hours.weekly[1] == extract::DayIntervals{{8 * 60, 24 * 60}});
  add_interval(hours, 2, {10 * 60, 10 * 60});  // empty: ignored
  add_interval(hours, 2, {12 * 60, 9 * 60});   // inverted: ignored
  add_interval(hours, 7, {9 * 60, 10 * 60});   // no such day
  CHECK(hours.weekly[2].empty());
  CHECK(hours.has_hours());
  CHECK_FALSE(OpeningHours().has_hours());
}

TEST_CASE("spec and times are written the contract's way", "[extract][hours]") {
  CHECK(extract::format_time(0) == "00:00");
  CHECK(extract::format_time(9 * 60 + 5) == "09:05");
  CHECK(extract::format_time(26 * 60) == "26:00");
  CHECK(extract::to_spec(OpeningHours()) == "");
  CHECK(extract::to_spec(osm("Mo-Fr 09:00-12:00,14:00-18:00; Sa 10:00-13:00")) ==
        "Mo-Fr 09:00-12:00,14:00-18:00; Sa 10:00-13:00");
  CHECK(extract::to_spec(osm("Mo,We,Fr 09:00-12:00")) == "Mo,We,Fr 09:00-12:00");
  CHECK(extract::to_spec(osm("Sa,Su 10:00-12:00")) == "Sa,Su 10:00-12:00");
  CHECK(extract::format_day({}) == "closed");
  CHECK(extract::format_day({{9 * 60, 12 * 60}, {14 * 60, 26 * 60}}) == "09:00-12:00,14:00-26:00");
}

TEST_CASE("sources are compared over the whole week", "[extract][hours]") {
  CHECK(extract::same_weekly(osm("Mo-Fr 09:00-18:00"), osm("Mo,Tu,We,Th,Fr 09:00-18:00")));
  CHECK(extract::same_weekly(osm("Fr 18:00-02:00"), osm("Fr 18:00-24:00; Sa 00:00-02:00")));
  CHECK(extract::same_weekly(osm("Su 22:00-02:00"), osm("Su 22:00-24:00; Mo 00:00-02:00")));
  CHECK(extract::same_weekly(osm("Mo-Fr 09:00-18:00; PH off"), osm("Mo-Fr 09:00-18:00")));
  CHECK_FALSE(extract::same_weekly(osm("Mo-Fr 09:00-18:00"), osm("Mo-Sa 09:00-18:00")));
  CHECK(extract::weekly_differences(osm("Mo-Fr 09:00-18:00"), osm("Mo-Fr 09:00-18:00")) == "");
  CHECK(extract::weekly_differences(osm("Mo-Fr 09:00-18:00"),
                                    osm("Mo-Th 09:00-18:00; Fr 09:00-17:00; Sa 10:00-12:00")) ==
        "Fr: 09:00-18:00 vs 09:00-17:00; Sa: closed vs 10:00-12:00");
}

TEST_CASE("origins are spelled as in report.json", "[extract][hours]") {
  CHECK(extract::to_string(extract::HoursOrigin::text) == "text");
  CHECK(extract::to_string(extract::HoursOrigin::structured_data) == "structured_data");
  CHECK(extract::to_string(extract::HoursOrigin::listing) == "listing");
}
