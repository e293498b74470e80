#include "report/call_grid.h"

#include <algorithm>
#include <cstdio>

namespace joignable::report {
namespace {

using extract::kMinutesPerDay;

// The hours the grids show: [first, last) in minutes, whole hours.
struct Span {
  int first = 8 * 60;
  int last = 20 * 60;

  void include(int minute) {
    first = std::min(first, minute / 60 * 60);
    last = std::max(last, std::min(kMinutesPerDay, (minute + 59) / 60 * 60));
  }
  int x(int minute) const {
    const int clamped = std::clamp(minute, first, last);
    return kGridLabels + (clamped - first) * (kGridWidth - kGridLabels - 24) / (last - first);
  }
};

int minute_of(const calls::Call& call) { return call.at.local.hour * 60 + call.at.local.minute; }

// Each day's intervals within the day: a night past midnight ends on the next day's row.
std::vector<std::vector<extract::TimeInterval>> day_intervals(const extract::OpeningHours& hours) {
  std::vector<std::vector<extract::TimeInterval>> days(extract::kDaysPerWeek);
  for (int day = 0; day < extract::kDaysPerWeek; ++day) {
    for (const extract::TimeInterval& interval : hours.weekly[day]) {
      days[day].push_back({interval.open, std::min(interval.close, kMinutesPerDay)});
      if (interval.close > kMinutesPerDay) {
        days[(day + 1) % extract::kDaysPerWeek].push_back({0, interval.close - kMinutesPerDay});
      }
    }
  }
  return days;
}

Span span_of(const model::SiteModel& site) {
  Span span;
  for (const model::SiteHours& hours : site.hours) {
    for (const auto& day : day_intervals(hours.hours)) {
      for (const extract::TimeInterval& interval : day) {
        span.include(interval.open);
        span.include(interval.close);
      }
    }
  }
  for (const model::HeldCall& held : site.calls) {
    if (held.published) span.include(minute_of(held.call));
  }
  return span;
}

}  // namespace

std::vector<WeekGrid> week_grids(const model::SiteModel& site) {
  const bool any = std::any_of(site.calls.begin(), site.calls.end(),
                               [](const model::HeldCall& held) { return held.published; });
  if (!any) return {};
  const Span span = span_of(site);
  std::vector<WeekGrid> grids;
  std::size_t index = 0;  // the source's position in each call's sources
  for (const model::SiteHours& hours : site.hours) {
    if (!hours.hours.has_hours()) continue;
    WeekGrid grid;
    const auto days = day_intervals(hours.hours);
    for (int day = 0; day < extract::kDaysPerWeek; ++day) {
      GridDay row{day, kGridTop + day * kGridRowHeight, {}};
      for (const extract::TimeInterval& interval : days[day]) {
        if (interval.close <= span.first || interval.open >= span.last) continue;
        row.bars.push_back({span.x(interval.open), span.x(interval.close) - span.x(interval.open)});
      }
      grid.days.push_back(std::move(row));
    }
    for (int minute = span.first; minute <= span.last; minute += 120) {
      char label[16];
      std::snprintf(label, sizeof label, "%02d:00", minute / 60);
      grid.ticks.push_back({span.x(minute), label});
    }
    for (const model::HeldCall& held : site.calls) {
      if (!held.published || index >= held.sources.size()) continue;
      if (grid.source.empty()) grid.source = held.sources[index].source;
      const int y = kGridTop + held.call.at.weekday * kGridRowHeight + kGridRowHeight / 2;
      grid.calls.push_back({span.x(minute_of(held.call)), y, &held, held.sources[index].open});
    }
    grid.height = kGridTop + extract::kDaysPerWeek * kGridRowHeight + 4;
    grids.push_back(std::move(grid));
    ++index;
  }
  return grids;
}

}  // namespace joignable::report
