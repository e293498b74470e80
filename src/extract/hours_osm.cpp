#include "extract/hours_osm.h"

#include <string>
#include <utility>
#include <vector>

#include "extract/hours_osm_lexer.h"
#include "extract/hours_osm_rules.h"
#include "extract/hours_osm_week.h"
#include "extract/hours_osm_words.h"

namespace joignable::extract {
namespace {

std::string days_text(const std::array<bool, kDaysPerWeek>& days) {
  std::string out;
  for (std::size_t d = 0; d < kDaysPerWeek; ++d) {
    if (days[d]) out += (out.empty() ? "" : ",") + std::string(kDayNames[d]);
  }
  return out;
}

// The week as the model keeps it: a span past midnight stays on the day it starts ("Fr
// 22:00-26:00", not "Fr 22:00-24:00" and "Sa 00:00-02:00") when it lasts at most a day.
std::array<DayIntervals, kDaysPerWeek> joined(std::array<DayIntervals, kDaysPerWeek> week) {
  std::array<bool, kDaysPerWeek> spills{};
  for (std::size_t day = 0; day < kDaysPerWeek; ++day) {
    const DayIntervals& today = week[day];
    const DayIntervals& tomorrow = week[(day + 1) % kDaysPerWeek];
    spills[day] = !today.empty() && today.back().close == kMinutesPerDay && !tomorrow.empty() &&
                  tomorrow.front().open == 0 && tomorrow.front().close < kMinutesPerDay &&
                  tomorrow.front().close <= today.back().open;
  }
  for (std::size_t day = 0; day < kDaysPerWeek; ++day) {
    if (!spills[day]) continue;
    DayIntervals& tomorrow = week[(day + 1) % kDaysPerWeek];
    week[day].back().close += tomorrow.front().close;
    tomorrow.erase(tomorrow.begin());
  }
  return week;
}

// The holiday days as exceptions: "PH" when a holiday is the same whatever the weekday, else one
// "PH Mo,Tu" per distinct day.
void add_holidays(const std::vector<OsmRule>& rules, OsmDayKind kind, std::string_view name,
                  OpeningHours& hours) {
  const auto week = osm_week(rules, kind);
  std::array<bool, kDaysPerWeek> done{};
  for (std::size_t day = 0; day < kDaysPerWeek; ++day) {
    if (done[day]) continue;
    std::array<bool, kDaysPerWeek> same{};
    for (std::size_t other = day; other < kDaysPerWeek; ++other) {
      if (week[other] == week[day]) same[other] = done[other] = true;
    }
    const bool every_day = std::all_of(same.begin(), same.end(), [](bool b) { return b; });
    hours.exceptions.push_back(
        {std::string(name) + (every_day ? "" : " " + days_text(same)), week[day]});
  }
}

// A dated rule ("Dec 25 off", "Jan-Mar Sa 10:00-12:00", "Mo[1] off") as the source wrote it.
HoursException dated_exception(const OsmRule& rule) {
  std::string when = rule.wide;
  if (rule.public_holiday) when += " PH";
  if (rule.school_holiday) when += " SH";
  if (rule.has_days) when += " " + days_text(rule.days);
  DayIntervals spans = rule.has_spans ? rule.spans : DayIntervals{{0, kMinutesPerDay}};
  return {when, rule.off ? DayIntervals{} : spans};
}

}  // namespace

Result<OpeningHours> parse_osm_hours(std::string_view value) {
  auto rules = parse_osm_rules(value);
  if (!rules) return tl::unexpected(rules.error());
  OpeningHours hours;
  hours.weekly = joined(osm_week(*rules, OsmDayKind::ordinary));
  bool public_holidays = false, school_holidays = false;
  for (const OsmRule& rule : *rules) {
    hours.comments.insert(hours.comments.end(), rule.comments.begin(), rule.comments.end());
    if (!rule.wide.empty()) {
      hours.exceptions.push_back(dated_exception(rule));
      continue;
    }
    public_holidays = public_holidays || rule.public_holiday;
    school_holidays = school_holidays || rule.school_holiday;
    // "Su off": the source says closed that day, not only that it gives no hours.
    for (std::size_t day = 0; day < kDaysPerWeek; ++day) {
      const bool whole_day_off = rule.off && !rule.has_spans && !rule.holidays_and_days &&
                                 (rule.days[day] || !rule.has_day_selector());
      if (whole_day_off && hours.weekly[day].empty()) hours.closed[day] = true;
    }
  }
  if (public_holidays) add_holidays(*rules, OsmDayKind::public_holiday, "PH", hours);
  if (school_holidays) add_holidays(*rules, OsmDayKind::school_holiday, "SH", hours);
  return hours;
}

bool written_in_osm_syntax(std::string_view value) {
  std::string error;
  auto tokens = tokenize_osm_hours(value, error);
  return tokens && tokens->size() > 1 && read_osm_words(*tokens, error);
}

}  // namespace joignable::extract
