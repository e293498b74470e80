#include "extract/hours_osm.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace extract = joignable::extract;

namespace {

struct OsmCase {
  std::string value;
  std::string spec;  // to_spec() of the parsed hours
};

}  // namespace

TEST_CASE("osm opening_hours values give the weekly table", "[extract][hours]") {
  const std::vector<OsmCase> cases = {
      {"Mo-Fr 09:00-18:00", "Mo-Fr 09:00-18:00"},
      {"Mo-Fr 09:00-12:00,14:00-18:00; Sa 10:00-13:00",
       "Mo-Fr 09:00-12:00,14:00-18:00; Sa 10:00-13:00"},
      {"Mo,Tu,We,Th,Fr 09:00-17:00", "Mo-Fr 09:00-17:00"},
      {"Mo Tu We 09:00-17:00", "Mo-We 09:00-17:00"},
      {"24/7", "24/7"},
      {"Mo-Su 00:00-24:00", "24/7"},
      {"Mo-Su", "24/7"},
      {"Mo-Fr 08:00-18:00; Sa 08:00-12:00; Su off", "Mo-Fr 08:00-18:00; Sa 08:00-12:00"},
      {"Mo-Sa 09:00-19:00; We off", "Mo,Tu,Th-Sa 09:00-19:00"},
      {"Mo-Sa 09:00-19:00; We closed", "Mo,Tu,Th-Sa 09:00-19:00"},
      {"Mo-Sa 09:00-19:00; We 09:00-12:00", "Mo,Tu,Th-Sa 09:00-19:00; We 09:00-12:00"},
      {"Mo-Fr 08:00-12:00, We 14:00-18:00", "Mo,Tu,Th,Fr 08:00-12:00; We 08:00-12:00,14:00-18:00"},
      {"Fr-Mo 10:00-18:00", "Mo,Fr-Su 10:00-18:00"},
      {"Fr,Sa 18:00-02:00", "Fr,Sa 18:00-02:00"},
      {"Fr 22:00-26:00", "Fr 22:00-02:00"},
      {"Mo-Fr 09:00-18:00; PH off", "Mo-Fr 09:00-18:00; PH off"},
      {"Mo-Fr 09:00-18:00; Su,PH off", "Mo-Fr 09:00-18:00; PH off"},
      {"Mo-Fr 09:00-18:00; PH 10:00-12:00", "Mo-Fr 09:00-18:00; PH 10:00-12:00"},
      {"10:00-20:00", "Mo-Su 10:00-20:00"},
      {"Mo-Fr 09:00-18:00 open \"sur rendez-vous le samedi\"", "Mo-Fr 09:00-18:00"},
      {"mo-fr 09:00-18:00", "Mo-Fr 09:00-18:00"},
      {"Mo - Fr 09:00 - 18:00", "Mo-Fr 09:00-18:00"},
      {"Mo-Fr: 09:00-18:00", "Mo-Fr 09:00-18:00"},
      {"Mo-Fr 9:00-18:00", "Mo-Fr 09:00-18:00"},
      {"Mo-Fr 09h00-18h00", "Mo-Fr 09:00-18:00"},
      {"Mo-Fr 09:00:00-18:00:00", "Mo-Fr 09:00-18:00"},
      {"Mo-Fr 09:00-12:00 14:00-18:00", "Mo-Fr 09:00-12:00,14:00-18:00"},
      {"Mo 09:00-12:00 Tu 10:00-12:00", "Mo 09:00-12:00; Tu 10:00-12:00"},
      {"Mo-Fr 08:00-23:59", "Mo-Fr 08:00-24:00"},
      {"Mon-Fri 09:00-17:00", "Mo-Fr 09:00-17:00"},
      {"Mo-Fr 09:00-18:00; Dec 25 off", "Mo-Fr 09:00-18:00"},
      {"Mo-Fr 09:00-18:00; Jan-Mar Sa 10:00-12:00", "Mo-Fr 09:00-18:00"},
      {"Mo-Fr 09:00-18:00; Mo[1] off", "Mo-Fr 09:00-18:00"},
      {"Mo-Fr 09:00–18:00", "Mo-Fr 09:00-18:00"},
      {"Tu-Sa 09:30-19:00; Mo off", "Tu-Sa 09:30-19:00"},
      // Forms opening_hours.js corrects with a warning.
      {"Mo-Fr 9-18", "Mo-Fr 09:00-18:00"},
      {"lundi 09:00-18:00", "Mo 09:00-18:00"},
      {"Mo-Fr 10.00-12.00", "Mo-Fr 10:00-12:00"},
      {"Mo-Fr 10am-12pm,1pm-8pm", "Mo-Fr 10:00-12:00,13:00-20:00"},
      {"Mo – Fr: 9 – 12 Uhr und Mo, Di, Do: 15 – 18 Uhr",
       "Mo,Tu,Th 09:00-12:00,15:00-18:00; We,Fr 09:00-12:00"},
      {"täglich 08:00-20:00", "Mo-Su 08:00-20:00"},
      {"Mo geschl., Tu-Sa 10:00-18:00", "Tu-Sa 10:00-18:00"},
      {"opening_hours=Mo-Fr 08:00-12:00", "Mo-Fr 08:00-12:00"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.value);
    const auto hours = extract::parse_osm_hours(c.value);
    REQUIRE(hours.has_value());
    CHECK(extract::to_spec(*hours) == c.spec);
  }
}

TEST_CASE("osm values outside the subset are refused, not guessed", "[extract][hours]") {
  const std::vector<std::string> refused = {
      "",
      "   ",
      "Mo-Fr 22:00+",
      "Mo-Fr sunrise-sunset",
      "week 1-53/2 Fr 09:00-12:00",
      "Mo-Fr 09:00",
      "Mo-Fr 09:00-",
      "Mo-Fr 25:61-26:00",
      "Mo-Fr 09:00-18:00 \"unterminated",
      "Mo-Fr [1",
      "open 9 to 5",          // 09:00 to 05:00 the next morning, or 5 pm?
      "Mo-Fr 9:00-5:00",
      "27:00-29:00",          // starts after the day
      "Mo-Fr 24:00-26:00",
      "23:59-48:01",
      "11am",                 // a time without its end
      "25am-26pm",
      "Su-PH",
      "Mo,,Th",
      "Mo-Fr 09:00-18:00 \"sur rendez-vous\"",  // a comment without a state means unknown
      "Mo-Fr 09:00-18:00 unknown",
      "Mo-Fr 09:00-18:00 || \"fermé en août\"",  // a fallback rule
      "Mo-Fr 10:00 am Montag",
      std::string(5000, '9'),
      "Mo " + std::string(5000, 'x'),
      "Mo-Fr 09:00-18:00 \"" + std::string(5000, 'x'),
  };
  for (const auto& value : refused) {
    CAPTURE(value.substr(0, 40));
    const auto hours = extract::parse_osm_hours(value);
    CHECK_FALSE(hours.has_value());
    if (!hours) CHECK_FALSE(hours.error().message.empty());
    if (!hours) CHECK(hours.error().message.size() < 120);  // one line, whatever the value
  }
}

TEST_CASE("osm details: exceptions, comments, closed days and past midnight", "[extract][hours]") {
  const auto hours = extract::parse_osm_hours(
      "Mo-Fr 09:00-18:00; Sa 22:00-02:00; Su off; PH off; Dec 24 09:00-12:00 open \"hors jours "
      "fériés\"");
  REQUIRE(hours.has_value());
  // "Su off" closes the whole Sunday, what Saturday spilled into it too.
  CHECK(hours->weekly[5] == extract::DayIntervals{{22 * 60, 24 * 60}});
  CHECK(hours->weekly[6].empty());
  CHECK(hours->closed[6]);
  CHECK_FALSE(hours->closed[0]);
  REQUIRE(hours->exceptions.size() == 2);
  CHECK(hours->exceptions[0].when == "Dec 24");
  CHECK(hours->exceptions[0].intervals == extract::DayIntervals{{9 * 60, 12 * 60}});
  CHECK(hours->exceptions[1] == extract::HoursException{"PH", {}});
  CHECK(hours->comments == std::vector<std::string>{"hors jours fériés"});
  const auto error = extract::parse_osm_hours("Mo-Fr 09:00-18:00; xyz");
  REQUIRE_FALSE(error.has_value());
  CHECK(error.error().message == "opening_hours: unexpected 'xyz' at 20");
  const auto range = extract::parse_osm_hours("Mo 27:00-29:00");
  REQUIRE_FALSE(range.has_value());
  CHECK(range.error().message ==
        "opening_hours: '27:00' at 4: a span cannot start at 24:00 or later");
}

TEST_CASE("osm rules override, add and close as the specification says", "[extract][hours]") {
  auto week = [](std::string_view value) {
    const auto hours = extract::parse_osm_hours(value);
    REQUIRE(hours.has_value());
    return extract::to_spec(*hours);
  };
  // "off" with times removes only those times, and replaces nothing.
  CHECK(week("open; Mo 15:00-16:00 off") == "Mo 00:00-15:00,16:00-24:00; Tu-Su 00:00-24:00");
  CHECK(week("Mo-Fr 10:00-20:00; 12:00-14:00 off") == "Mo-Fr 10:00-12:00,14:00-20:00");
  CHECK(week("24/7 closed").empty());
  CHECK(week("17:00-19:00 off").empty());
  CHECK(week("Mo,We 24/7") == "Mo,We 00:00-24:00");
  // A later rule naming a day replaces it, what an earlier rule spilled into it too.
  // Tuesday's rule cuts Monday's night but not its own replaced day's spill into Wednesday
  // (opening_hours.js's reading, asserted by its test suite).
  CHECK(week("22:00-02:00; Tu 12:00-14:00") ==
        "Mo 22:00-24:00, Tu 12:00-14:00, We 00:00-02:00,22:00-02:00, Th-Su 22:00-02:00");
  CHECK(week("Mo-Fr 22:00-02:00, Sa 10:00-12:00") ==
        "Mo-Fr 22:00-02:00, Sa 10:00-12:00");
  CHECK(week("Fr 22:00-02:00; Sa 10:00-12:00") == "Fr 22:00-24:00; Sa 10:00-12:00");
  // Public holidays are kept apart from the weekdays.
  const auto holidays = extract::parse_osm_hours("Mo-Fr 09:00-18:00, PH 10:00-12:00");
  REQUIRE(holidays.has_value());
  CHECK(extract::to_spec(*holidays) == "Mo-Fr 09:00-18:00");
  CHECK(holidays->exceptions ==
        std::vector<extract::HoursException>{{"PH Mo,Tu,We,Th,Fr", {{9 * 60, 18 * 60}}},
                                             {"PH Sa,Su", {{10 * 60, 12 * 60}}}});
}

TEST_CASE("a value in the osm syntax is told from prose, read or refused", "[extract][hours]") {
  CHECK(extract::written_in_osm_syntax("Mo-Fr 09:00-18:00"));
  CHECK(extract::written_in_osm_syntax("Mo-Fr 9-5"));
  CHECK(extract::written_in_osm_syntax("Mo-Fr 09:00-18:00 \"sur rendez-vous\""));
  CHECK_FALSE(extract::written_in_osm_syntax("Lundi au vendredi de 9h à 18h"));
  CHECK_FALSE(extract::written_in_osm_syntax("Mo-Fr 09:00-12:00 et 14:00-18:00"));
  CHECK_FALSE(extract::written_in_osm_syntax(""));
}

TEST_CASE("the spec of osm hours reads back to the same week", "[extract][hours]") {
  for (const std::string value :
       {"Mo-Fr 22:00-02:00, Sa 10:00-12:00", "22:00-02:00; Tu 12:00-14:00",
        "Mo,Tu,We,Th,Fr,Su 11:00-01:00; Sa 11:00-02:00", "We 22:00-22:00", "Tu 23:59-48:00",
        "Mo-Fr 17:00-12:00, Su-Mo 00:00-12:00", "open; Tu-Su 08:30-09:00 off; PH off"}) {
    CAPTURE(value);
    const auto hours = extract::parse_osm_hours(value);
    REQUIRE(hours.has_value());
    const auto again = extract::parse_osm_hours(extract::to_spec(*hours));
    REQUIRE(again.has_value());
    CHECK(extract::same_weekly(*hours, *again));
  }
}
