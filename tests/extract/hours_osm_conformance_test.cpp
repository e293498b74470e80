// The values of opening_hours.js's test suite, as data in ../shared/conformance/opening_hours
// (LGPL-3.0, see its README), read in place: every valid value must give the suite's week exactly
// (its public-holiday days too, where given) or be one of the few refusals listed below; every
// invalid value must be refused. A misread (a week other than the suite's) always fails.
#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "extract/hours_osm.h"

namespace joignable::extract {
namespace {

// Valid values still refused on purpose, with the reason. Each must stay refused: a value read
// here is taken off the list, never counted twice.
const std::map<std::string, std::string> kStillRefused = {};

// Holiday days of the data that test.js does not establish and the specification contradicts.
// The data takes a group's holiday days from its checked value; test.js only asserts the holidays
// of its window. H164 shares H163's group, whose window's holiday is a Wednesday (2012-10-03),
// where both agree; on a holiday Monday H164's 14:00-14:30 rule ("Tu-Su", no "PH") does not hold.
const std::map<std::string, std::pair<std::string, nlohmann::json>> kHolidayCorrections = {
    {"H164", {"Mo", nlohmann::json::parse(R"([["00:00","08:00"],["13:00","24:00"]])")}},
};

// A week as merged [from, to) minute ranges from Monday 00:00; a span past Sunday midnight wraps
// to Monday, a closing 23:59 is 24:00 (CONTRACT.md), as the data's README compares weeks.
using Week = std::vector<std::pair<int, int>>;

Week merged(Week spans) {
  std::sort(spans.begin(), spans.end());
  Week out;
  for (const auto& span : spans) {
    if (!out.empty() && span.first <= out.back().second) {
      out.back().second = std::max(out.back().second, span.second);
    } else {
      out.push_back(span);
    }
  }
  return out;
}

void add_span(Week& week, int day, int from, int to) {
  constexpr int kWeek = kDaysPerWeek * kMinutesPerDay;
  if (to % kMinutesPerDay == kMinutesPerDay - 1) ++to;
  if (to <= from) return;
  const int a = day * kMinutesPerDay + from;
  const int b = day * kMinutesPerDay + to;
  if (b > kWeek) {
    week.emplace_back(a, kWeek);
    week.emplace_back(0, b - kWeek);
  } else {
    week.emplace_back(a, b);
  }
}

int minutes_of(const std::string& hhmm) {
  return std::stoi(hhmm.substr(0, 2)) * 60 + std::stoi(hhmm.substr(3, 2));
}

Week week_of_json(const nlohmann::json& weekly) {
  Week week;
  for (int day = 0; day < kDaysPerWeek; ++day) {
    for (const auto& span : weekly.at(std::string(kDayNames[static_cast<std::size_t>(day)]))) {
      add_span(week, day, minutes_of(span[0]), minutes_of(span[1]));
    }
  }
  return merged(week);
}

Week week_of(const std::array<DayIntervals, kDaysPerWeek>& days) {
  Week week;
  for (int day = 0; day < kDaysPerWeek; ++day) {
    for (const TimeInterval& span : days[static_cast<std::size_t>(day)]) {
      add_span(week, day, span.open, span.close);
    }
  }
  return merged(week);
}

// The day a public holiday has, per weekday, from the exceptions: "PH" for every weekday, or
// "PH Mo,We" for some; nullopt when the value says nothing about holidays. A holiday's own day
// never spills into the next, which is no holiday.
std::optional<std::array<DayIntervals, kDaysPerWeek>> holiday_days(const OpeningHours& hours) {
  std::array<DayIntervals, kDaysPerWeek> days;
  bool any = false;
  for (const HoursException& exception : hours.exceptions) {
    if (exception.when.rfind("PH", 0) != 0) continue;
    any = true;
    DayIntervals within;
    for (const TimeInterval& span : exception.intervals) {
      within.push_back({span.open, std::min(span.close, kMinutesPerDay)});
    }
    if (exception.when == "PH") {
      days.fill(within);
      continue;
    }
    // The weekdays are written as in a spec ("Mo-We,Fr"): read them with the parser itself.
    const auto named = parse_osm_hours(exception.when.substr(3));
    REQUIRE(named.has_value());
    for (std::size_t day = 0; day < kDaysPerWeek; ++day) {
      if (!named->weekly[day].empty()) days[day] = within;
    }
  }
  if (!any) return std::nullopt;
  return days;
}

TEST_CASE("opening_hours.js values give the suite's week or are refused", "[extract][hours]") {
  const std::string cases = std::string(JOIGNABLE_CONFORMANCE_DIR) + "/opening_hours/cases.json";
  INFO("the conformance data is read in place, from the shared folder beside the repository: "
       << cases);
  std::ifstream in(cases);
  REQUIRE(in);
  const auto doc = nlohmann::json::parse(in);
  REQUIRE(doc["schema"] == "joignable.conformance.opening-hours/1");
  int valid = 0, exact = 0, refused = 0, misread = 0, invalid = 0, invalid_refused = 0;
  for (const auto& c : doc["cases"]) {
    const std::string id = c["id"];
    const std::string value = c["value"];
    INFO(id << " [" << c["class"].get<std::string>() << "] " << value);
    const auto hours = parse_osm_hours(value);
    if (c["expect"] == "refusal") {
      ++invalid;
      if (!hours) ++invalid_refused;
      CHECK_FALSE(hours.has_value());
      continue;
    }
    ++valid;
    const bool listed = kStillRefused.count(id) != 0;
    if (!hours) {
      ++refused;
      INFO("refused: " << hours.error().message);
      CHECK(listed);
      continue;
    }
    CHECK_FALSE(listed);
    bool same = week_of(hours->weekly) == week_of_json(c["weekly"]);
    CHECK(week_of(hours->weekly) == week_of_json(c["weekly"]));
    if (!c["holiday_weekly"].is_null()) {
      nlohmann::json expected = c["holiday_weekly"];
      if (const auto fix = kHolidayCorrections.find(id); fix != kHolidayCorrections.end()) {
        expected[fix->second.first] = fix->second.second;
      }
      const auto holidays = holiday_days(*hours);
      REQUIRE(holidays.has_value());
      same = same && week_of(*holidays) == week_of_json(expected);
      CHECK(week_of(*holidays) == week_of_json(expected));
    }
    ++(same ? exact : misread);
  }
  std::printf("opening_hours.js conformance: %d of %d valid values exact (%.1f%%), %d refused, "
              "%d misread; %d of %d invalid values refused\n",
              exact, valid, 100.0 * exact / valid, refused, misread, invalid_refused, invalid);
  CHECK(misread == 0);
  CHECK(exact * 100 >= valid * 97);
  CHECK(invalid_refused == invalid);
}

}  // namespace
}  // namespace joignable::extract
