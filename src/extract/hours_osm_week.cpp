#include "extract/hours_osm_week.h"

#include <algorithm>
#include <bitset>

namespace joignable::extract {
namespace {

using Minutes = std::bitset<kMinutesPerDay>;

// Word-wise, not minute by minute: a hostile value may hold thousands of rules.
void set_range(Minutes& minutes, int from, int to) {
  from = std::max(from, 0);
  to = std::min(to, kMinutesPerDay);
  if (to <= from) return;
  Minutes range;
  range.set();
  range >>= static_cast<std::size_t>(kMinutesPerDay - (to - from));
  minutes |= range << static_cast<std::size_t>(from);
}

// Whether `rule` holds on weekday `day` of kind `kind`.
bool holds(const OsmRule& rule, int day, OsmDayKind kind) {
  if (!rule.wide.empty()) return false;
  if (!rule.has_day_selector()) return true;
  const bool holiday = (kind == OsmDayKind::public_holiday && rule.public_holiday) ||
                       (kind == OsmDayKind::school_holiday && rule.school_holiday);
  const bool weekday = rule.days[static_cast<std::size_t>(day)];
  return rule.holidays_and_days ? holiday && weekday : holiday || weekday;
}

Minutes day_minutes(const std::vector<OsmRule>& rules, int day, OsmDayKind today,
                    OsmDayKind yesterday) {
  const int previous = (day + kDaysPerWeek - 1) % kDaysPerWeek;
  Minutes state;
  for (const OsmRule& rule : rules) {
    const bool on_day = holds(rule, day, today);
    Minutes times;
    if (on_day && !rule.has_spans) times.set();
    for (const TimeInterval& span : rule.spans) {
      if (on_day) set_range(times, span.open, span.close);
      if (holds(rule, previous, yesterday)) set_range(times, 0, span.close - kMinutesPerDay);
    }
    // Only an opening rule of its own day replaces it: what it spilled from the day before
    // does not, nor does an "off" rule, which only closes its times.
    if (on_day && !rule.off && !rule.additional) state.reset();
    if (rule.off) {
      state &= ~times;
    } else {
      state |= times;
    }
  }
  return state;
}

DayIntervals intervals_of(const Minutes& minutes) {
  DayIntervals out;
  for (int m = 0; m < kMinutesPerDay; ++m) {
    if (!minutes.test(static_cast<std::size_t>(m))) continue;
    if (!out.empty() && out.back().close == m) {
      ++out.back().close;
    } else {
      out.push_back({m, m + 1});
    }
  }
  return out;
}

}  // namespace

std::array<DayIntervals, kDaysPerWeek> osm_week(const std::vector<OsmRule>& rules,
                                                OsmDayKind kind) {
  const OsmDayKind yesterday = kind == OsmDayKind::public_holiday ? OsmDayKind::ordinary : kind;
  std::array<DayIntervals, kDaysPerWeek> week;
  for (int day = 0; day < kDaysPerWeek; ++day) {
    week[static_cast<std::size_t>(day)] = intervals_of(day_minutes(rules, day, kind, yesterday));
  }
  return week;
}

}  // namespace joignable::extract
