#include "extract/opening_hours.h"

#include <algorithm>
#include <utility>

namespace joignable::extract {
namespace {

constexpr int kMinutesPerWeek = kDaysPerWeek * kMinutesPerDay;
constexpr int kLastMinute = kMinutesPerDay - 1;  // 23:59, which means midnight

// The week's open minutes as merged [from, to) ranges over 0..kMinutesPerWeek; what spills past
// Sunday midnight wraps to Monday.
std::vector<std::pair<int, int>> week_ranges(const OpeningHours& hours) {
  std::vector<std::pair<int, int>> ranges;
  for (int day = 0; day < kDaysPerWeek; ++day) {
    for (const TimeInterval& interval : hours.weekly[static_cast<std::size_t>(day)]) {
      const int from = day * kMinutesPerDay + interval.open;
      const int to = day * kMinutesPerDay + interval.close;
      if (to <= kMinutesPerWeek) {
        ranges.emplace_back(from, to);
      } else {
        ranges.emplace_back(from, kMinutesPerWeek);
        ranges.emplace_back(0, to - kMinutesPerWeek);
      }
    }
  }
  std::sort(ranges.begin(), ranges.end());
  std::vector<std::pair<int, int>> merged;
  for (const auto& range : ranges) {
    if (!merged.empty() && range.first <= merged.back().second) {
      merged.back().second = std::max(merged.back().second, range.second);
    } else {
      merged.push_back(range);
    }
  }
  return merged;
}

std::string osm_time(int minutes) {
  // OSM writes an interval past midnight with the next day's clock: 18:00-02:00.
  return format_time(minutes > kMinutesPerDay ? minutes - kMinutesPerDay : minutes);
}

std::string osm_intervals(const DayIntervals& intervals) {
  std::string out;
  for (const TimeInterval& interval : intervals) {
    if (!out.empty()) out += ',';
    out += osm_time(interval.open) + "-" + osm_time(interval.close);
  }
  return out;
}

// "Mo-We,Fr" for the days in `days`, runs of three or more as ranges.
std::string day_list(const std::array<bool, kDaysPerWeek>& days) {
  std::string out;
  for (int day = 0; day < kDaysPerWeek;) {
    if (!days[static_cast<std::size_t>(day)]) {
      ++day;
      continue;
    }
    int last = day;
    while (last + 1 < kDaysPerWeek && days[static_cast<std::size_t>(last + 1)]) ++last;
    auto name = [](int d) { return std::string(kDayNames[static_cast<std::size_t>(d)]); };
    if (!out.empty()) out += ',';
    if (last - day >= 2)
      out += name(day) + "-" + name(last);
    else if (last == day)
      out += name(day);
    else
      out += name(day) + "," + name(last);
    day = last + 1;
  }
  return out;
}

// Whether a span past midnight runs into a day with hours of its own. Rules joined by ";" would
// then cut it ("Sa 22:00-02:00; Su 10:00-12:00" has no Sunday 00:00-02:00), so the spec joins
// them by "," (additional rules), which keep it.
bool spills_into_hours(const OpeningHours& hours) {
  for (std::size_t day = 0; day < kDaysPerWeek; ++day) {
    const DayIntervals& next = hours.weekly[(day + 1) % kDaysPerWeek];
    if (!hours.weekly[day].empty() && hours.weekly[day].back().close > kMinutesPerDay &&
        !next.empty()) {
      return true;
    }
  }
  return false;
}

bool all_day_every_day(const OpeningHours& hours) {
  return std::all_of(hours.weekly.begin(), hours.weekly.end(), [](const DayIntervals& day) {
    return day == DayIntervals{{0, kMinutesPerDay}};
  });
}

}  // namespace

std::string_view to_string(HoursOrigin origin) {
  switch (origin) {
    case HoursOrigin::text: return "text";
    case HoursOrigin::structured_data: return "structured_data";
    case HoursOrigin::listing: return "listing";
  }
  return "text";
}

bool OpeningHours::has_hours() const {
  return std::any_of(weekly.begin(), weekly.end(), [](const auto& day) { return !day.empty(); });
}

void add_interval(OpeningHours& hours, int day, TimeInterval interval) {
  if (day < 0 || day >= kDaysPerWeek) return;
  if (interval.close % kMinutesPerDay == kLastMinute) ++interval.close;
  if (interval.open < 0 || interval.close <= interval.open || interval.close > 2 * kMinutesPerDay) {
    return;
  }
  DayIntervals& intervals = hours.weekly[static_cast<std::size_t>(day)];
  intervals.push_back(interval);
  std::sort(intervals.begin(), intervals.end(),
            [](const TimeInterval& a, const TimeInterval& b) { return a.open < b.open; });
  DayIntervals merged;
  for (const TimeInterval& current : intervals) {
    if (!merged.empty() && current.open <= merged.back().close) {
      merged.back().close = std::max(merged.back().close, current.close);
    } else {
      merged.push_back(current);
    }
  }
  intervals = std::move(merged);
  hours.closed[static_cast<std::size_t>(day)] = false;
}

std::string format_time(int minutes) {
  const int h = minutes / 60;
  const int m = minutes % 60;
  std::string out;
  out += static_cast<char>('0' + h / 10);
  out += static_cast<char>('0' + h % 10);
  out += ':';
  out += static_cast<char>('0' + m / 10);
  out += static_cast<char>('0' + m % 10);
  return out;
}

std::string format_day(const DayIntervals& intervals) {
  if (intervals.empty()) return "closed";
  std::string out;
  for (const TimeInterval& interval : intervals) {
    if (!out.empty()) out += ',';
    out += format_time(interval.open) + "-" + format_time(interval.close);
  }
  return out;
}

std::string to_spec(const OpeningHours& hours) {
  std::string spec;
  if (all_day_every_day(hours)) {
    spec = "24/7";
  } else {
    const std::string_view separator = spills_into_hours(hours) ? ", " : "; ";
    std::array<bool, kDaysPerWeek> done{};
    for (std::size_t day = 0; day < kDaysPerWeek; ++day) {
      if (done[day] || hours.weekly[day].empty()) continue;
      std::array<bool, kDaysPerWeek> group{};
      for (std::size_t other = day; other < kDaysPerWeek; ++other) {
        if (hours.weekly[other] == hours.weekly[day]) group[other] = done[other] = true;
      }
      if (!spec.empty()) spec += separator;
      spec += day_list(group) + " " + osm_intervals(hours.weekly[day]);
    }
  }
  for (const HoursException& exception : hours.exceptions) {
    if (exception.when != "PH") continue;
    if (!spec.empty()) spec += "; ";
    spec += "PH " +
            (exception.intervals.empty() ? std::string("off") : osm_intervals(exception.intervals));
  }
  return spec;
}

bool same_weekly(const OpeningHours& a, const OpeningHours& b) {
  return week_ranges(a) == week_ranges(b);
}

std::string weekly_differences(const OpeningHours& a, const OpeningHours& b) {
  if (same_weekly(a, b)) return {};
  std::string out;
  for (std::size_t day = 0; day < kDaysPerWeek; ++day) {
    if (a.weekly[day] == b.weekly[day]) continue;
    if (!out.empty()) out += "; ";
    out += std::string(kDayNames[day]) + ": " + format_day(a.weekly[day]) + " vs " +
           format_day(b.weekly[day]);
  }
  return out;
}

}  // namespace joignable::extract

namespace joignable::extract {

bool open_at(const OpeningHours& hours, int day, int minute) {
  const auto holds = [](const DayIntervals& intervals, int at) {
    return std::any_of(intervals.begin(), intervals.end(), [at](const TimeInterval& interval) {
      return interval.open <= at && at < interval.close;
    });
  };
  const int previous = (day + kDaysPerWeek - 1) % kDaysPerWeek;
  return holds(hours.weekly[day], minute) ||
         holds(hours.weekly[previous], minute + kMinutesPerDay);
}

}  // namespace joignable::extract
