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
      {"Mo-Fr 09:00-18:00 \"sur rendez-vous le samedi\"", "Mo-Fr 09:00-18:00"},
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
      {"Mo-Fr 09:00-18:00 || \"fermé en août\"", "Mo-Fr 09:00-18:00"},
      {"Mo-Fr 09:00–18:00", "Mo-Fr 09:00-18:00"},
      {"Tu-Sa 09:30-19:00; Mo off", "Tu-Sa 09:30-19:00"},
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
      "lundi 09:00-18:00",
      "Mo-Fr 25:61-26:00",
      "Mo-Fr 09:00-18:00 \"unterminated",
      "Mo-Fr [1",
      "Mo-Fr 9-18",
      "open 9 to 5",
      std::string(5000, '9'),
  };
  for (const auto& value : refused) {
    CAPTURE(value.substr(0, 40));
    const auto hours = extract::parse_osm_hours(value);
    CHECK_FALSE(hours.has_value());
    if (!hours) CHECK_FALSE(hours.error().message.empty());
  }
}

TEST_CASE("osm details: exceptions, comments, closed days and past midnight", "[extract][hours]") {
  const auto hours = extract::parse_osm_hours(
      "Mo-Fr 09:00-18:00; Sa 22:00-02:00; Su off; PH off; Dec 24 09:00-12:00 \"hors jours "
      "fériés\"");
  REQUIRE(hours.has_value());
  CHECK(hours->weekly[5] == extract::DayIntervals{{22 * 60, 26 * 60}});
  CHECK(hours->closed[6]);
  CHECK_FALSE(hours->closed[0]);
  REQUIRE(hours->exceptions.size() == 2);
  CHECK(hours->exceptions[0] == extract::HoursException{"PH", {}});
  CHECK(hours->exceptions[1].when == "dec 24");
  CHECK(hours->exceptions[1].intervals == extract::DayIntervals{{9 * 60, 12 * 60}});
  CHECK(hours->comments == std::vector<std::string>{"hors jours fériés"});
  const auto error = extract::parse_osm_hours("Mo-Fr 09:00-18:00; xyz");
  REQUIRE_FALSE(error.has_value());
  CHECK(error.error().message == "opening_hours: unexpected 'xyz' at 20");
}
