#include "util/time_zone.h"

#include <catch2/catch.hpp>

namespace joignable::util {

TEST_CASE("zone names are checked against the system's database", "[util]") {
  CHECK(known_time_zone("Europe/Paris"));
  CHECK(known_time_zone("Europe/Zurich"));
  CHECK_FALSE(known_time_zone("Europe/Pariss"));
  CHECK_FALSE(known_time_zone(""));
}

TEST_CASE("Paris clocks across the spring change: 02:30 never happens", "[util]") {
  // 2026-03-29: at 02:00 CET the clocks jump to 03:00 CEST.
  const auto before = from_local("Europe/Paris", {2026, 3, 29, 1, 30, 0});
  REQUIRE(before);
  CHECK(before->offset_seconds == 3600);
  CHECK(before->weekday == 6);  // a Sunday
  CHECK_FALSE(from_local("Europe/Paris", {2026, 3, 29, 2, 30, 0}));
  const auto after = from_local("Europe/Paris", {2026, 3, 29, 3, 30, 0});
  REQUIRE(after);
  CHECK(after->offset_seconds == 7200);
  CHECK(after->utc_seconds - before->utc_seconds == 3600);  // one hour, not two
  CHECK(to_iso8601(*after) == "2026-03-29T03:30:00+02:00");
}

TEST_CASE("Paris clocks across the autumn change: 02:30 happens twice, the first is taken",
          "[util]") {
  // 2026-10-25: at 03:00 CEST the clocks go back to 02:00 CET.
  const auto twice = from_local("Europe/Paris", {2026, 10, 25, 2, 30, 0});
  REQUIRE(twice);
  CHECK(twice->offset_seconds == 7200);
  const auto later = from_utc("Europe/Paris", twice->utc_seconds + 3600);
  CHECK(later.local == CivilTime{2026, 10, 25, 2, 30, 0});
  CHECK(later.offset_seconds == 3600);
}

TEST_CASE("an instant reads on each zone's clocks", "[util]") {
  const auto utc = from_local("UTC", {2026, 3, 31, 13, 30, 0});
  REQUIRE(utc);
  const ZonedTime paris = from_utc("Europe/Paris", utc->utc_seconds);
  CHECK(paris.local == CivilTime{2026, 3, 31, 15, 30, 0});
  CHECK(paris.weekday == 1);  // a Tuesday
  CHECK(to_iso8601(from_utc("America/New_York", utc->utc_seconds)) == "2026-03-31T09:30:00-04:00");
}

TEST_CASE("civil times are checked", "[util]") {
  CHECK(valid_civil_time({2028, 2, 29, 23, 59, 59}));
  CHECK_FALSE(valid_civil_time({2026, 2, 29, 10, 0, 0}));
  CHECK_FALSE(valid_civil_time({2026, 4, 31, 10, 0, 0}));
  CHECK_FALSE(valid_civil_time({2026, 4, 1, 24, 0, 0}));
}

}  // namespace joignable::util
