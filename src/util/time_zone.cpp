#include "util/time_zone.h"

#include <date/date.h>
#include <date/tz.h>

#include <cassert>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

namespace joignable::util {
namespace {

using std::chrono::seconds;

// The zone, or nullptr when the database does not know it (locate_zone throws for that).
const date::time_zone* find_zone(const std::string& zone) {
  try {
    return date::locate_zone(zone);
  } catch (const std::runtime_error&) {
    return nullptr;
  }
}

date::local_seconds to_local_seconds(const CivilTime& civil) {
  const date::local_days day{date::year{civil.year} / civil.month / civil.day};
  return day + std::chrono::hours{civil.hour} + std::chrono::minutes{civil.minute} +
         seconds{civil.second};
}

ZonedTime zoned(date::sys_seconds instant, seconds offset) {
  const date::local_seconds local{instant.time_since_epoch() + offset};
  const date::local_days day = date::floor<date::days>(local);
  const date::year_month_day ymd{day};
  const date::hh_mm_ss<seconds> time{local - day};
  ZonedTime out;
  out.local = {static_cast<int>(ymd.year()),
               static_cast<int>(unsigned(ymd.month())),
               static_cast<int>(unsigned(ymd.day())),
               static_cast<int>(time.hours().count()),
               static_cast<int>(time.minutes().count()),
               static_cast<int>(time.seconds().count())};
  out.utc_seconds = instant.time_since_epoch().count();
  out.offset_seconds = static_cast<int>(offset.count());
  out.weekday = static_cast<int>(date::weekday{day}.iso_encoding()) - 1;
  return out;
}

}  // namespace

bool known_time_zone(const std::string& zone) { return find_zone(zone) != nullptr; }

bool valid_civil_time(const CivilTime& civil) {
  const date::year_month_day ymd{date::year{civil.year}, date::month(unsigned(civil.month)),
                                 date::day(unsigned(civil.day))};
  return ymd.ok() && civil.hour >= 0 && civil.hour < 24 && civil.minute >= 0 && civil.minute < 60 &&
         civil.second >= 0 && civil.second < 60;
}

std::optional<ZonedTime> from_local(const std::string& zone, const CivilTime& local) {
  const date::time_zone* tz = find_zone(zone);
  assert(tz != nullptr && valid_civil_time(local));
  const date::local_seconds wall = to_local_seconds(local);
  const date::local_info info = tz->get_info(wall);
  if (info.result == date::local_info::nonexistent) return std::nullopt;
  // unique, or ambiguous: `first` is the earlier of the two instants.
  const date::sys_seconds instant{wall.time_since_epoch() - info.first.offset};
  return zoned(instant, info.first.offset);
}

ZonedTime from_utc(const std::string& zone, long long utc_seconds) {
  const date::time_zone* tz = find_zone(zone);
  assert(tz != nullptr);
  const date::sys_seconds instant{seconds{utc_seconds}};
  return zoned(instant, tz->get_info(instant).offset);
}

std::string to_iso8601(const ZonedTime& time) {
  const CivilTime& c = time.local;
  const int offset_minutes = std::abs(time.offset_seconds) / 60;
  char text[40];
  std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", c.year, c.month,
                c.day, c.hour, c.minute, c.second, time.offset_seconds < 0 ? '-' : '+',
                offset_minutes / 60, offset_minutes % 60);
  return text;
}

}  // namespace joignable::util
