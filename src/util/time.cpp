#include "util/time.h"

#include <chrono>
#include <cstdio>

namespace joignable::util {

std::string to_iso8601(std::time_t seconds) {
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

std::string now_iso8601() {
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  return to_iso8601(std::chrono::system_clock::to_time_t(now));
}

std::optional<std::time_t> parse_iso8601(std::string_view text) {
  const std::string copy(text);
  std::tm tm{};
  int consumed = 0;
  if (std::sscanf(copy.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &tm.tm_year, &tm.tm_mon,
                  &tm.tm_mday, &tm.tm_hour, &tm.tm_min, &tm.tm_sec, &consumed) != 6 ||
      consumed != 19) {
    return std::nullopt;
  }
  const std::string_view zone = text.substr(19);
  long offset = 0;
  if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':') {
    int hours = 0, minutes = 0;
    if (std::sscanf(copy.c_str() + 20, "%2d:%2d", &hours, &minutes) != 2) return std::nullopt;
    offset = (zone[0] == '+' ? 1 : -1) * (hours * 3600L + minutes * 60L);
  } else if (zone != "Z") {
    return std::nullopt;
  }
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  return timegm(&tm) - offset;
}

}  // namespace joignable::util
