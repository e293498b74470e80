// Civil time in an IANA time zone ("Europe/Paris"), daylight saving included, from the system's
// zoneinfo through Howard Hinnant's date/tz (Debian libhowardhinnant-date-dev): this pair is its
// only includer. GCC 12's libstdc++ has no std::chrono time zone database yet. Pure functions;
// thread-safe (the zone database is loaded once, on first use, under the library's own lock).
#pragma once

#include <optional>
#include <string>

namespace joignable::util {

// A date and time on a wall clock, without a zone.
struct CivilTime {
  int year = 1970, month = 1, day = 1;  // month 1-12, day 1-31
  int hour = 0, minute = 0, second = 0;
  friend bool operator==(const CivilTime&, const CivilTime&) = default;
};

// One instant, and what the wall clocks of one zone showed then.
struct ZonedTime {
  CivilTime local;
  long long utc_seconds = 0;  // since 1970-01-01T00:00:00Z
  int offset_seconds = 0;     // local - UTC at that instant (7200 for Paris in summer)
  int weekday = 0;            // of `local`: 0 Monday ... 6 Sunday
  friend bool operator==(const ZonedTime&, const ZonedTime&) = default;
};

// Whether `zone` names a zone of the system's database.
bool known_time_zone(const std::string& zone);

// Whether `civil` is a real date (February 30 is not) with a time of day under 24:00.
bool valid_civil_time(const CivilTime& civil);

// The instant the clocks of `zone` showed `local`: nullopt when they never did (the hour skipped
// when daylight saving starts). When they showed it twice (the hour repeated when it ends), the
// first. `zone` must be known and `local` valid.
std::optional<ZonedTime> from_local(const std::string& zone, const CivilTime& local);

// The instant `utc_seconds`, on the clocks of `zone` (which must be known).
ZonedTime from_utc(const std::string& zone, long long utc_seconds);

// "2026-03-31T15:30:00+02:00".
std::string to_iso8601(const ZonedTime& time);

}  // namespace joignable::util
