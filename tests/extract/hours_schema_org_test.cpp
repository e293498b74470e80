#include "extract/hours_schema_org.h"
#include "support/fixtures.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace extract = joignable::extract;
using Strings = std::vector<std::string>;

namespace {

extract::StructuredHoursFindings hours_of_html(const std::string& html) {
  const extract::HtmlDocument document(html);
  return extract::hours_from_structured_data(extract::read_structured_data(document));
}

Strings specs(const extract::StructuredHoursFindings& found) {
  Strings out;
  for (const auto& item : found.items) out.push_back(extract::to_spec(item.hours));
  return out;
}

std::string json_ld(const std::string& json) {
  return "<script type=\"application/ld+json\">" + json + "</script>";
}

struct SchemaCase {
  std::string json;  // one JSON-LD item
  std::string spec;  // "" when no hours must be found
};

}  // namespace

TEST_CASE("schema.org hours in fixture pages: JSON-LD specifications and microdata strings",
          "[extract][hours]") {
  const auto pharmacy = hours_of_html(joignable::testing::fixture_page("structured_jsonld.html"));
  CHECK(specs(pharmacy) == Strings{"Mo-Fr 08:30-19:30; Sa 09:00-18:00"});
  CHECK(pharmacy.items.at(0).evidence == "Pharmacy: Mo-Fr 08:30-19:30; Sa 09:00-18:00");
  CHECK(pharmacy.unparsed.empty());
  const auto garage = hours_of_html(joignable::testing::fixture_page("structured_microdata.html"));
  CHECK(specs(garage) == Strings{"Mo-Fr 08:00-12:00,14:00-18:30; Sa 08:00-12:00"});
}

TEST_CASE("schema.org openingHours and OpeningHoursSpecification forms", "[extract][hours]") {
  const std::vector<SchemaCase> cases = {
      {R"({"@type": "Store", "openingHours": "Mo-Fr 09:00-18:00"})", "Mo-Fr 09:00-18:00"},
      {R"({"@type": "Store", "openingHours": ["Mo-Fr 09:00-12:00", "Mo-Fr 14:00-18:00"]})",
       "Mo-Fr 09:00-12:00,14:00-18:00"},
      {R"({"@type": "Store", "openingHours": ["Mo,Tu,We,Th 09:00-18:00", "Fr 09:00-17:00"]})",
       "Mo-Th 09:00-18:00; Fr 09:00-17:00"},
      {R"({"@type": "Store", "openingHours": "Mo-Su"})", "24/7"},
      {R"({"@type": "Store", "openingHours": "Monday-Friday 9am-5pm"})", "Mo-Fr 09:00-17:00"},
      {R"({"@type": "Store", "openingHours": "du lundi au samedi de 9h à 19h"})",
       "Mo-Sa 09:00-19:00"},
      {R"({"@type": "Store", "openingHours": "Mo 09:00-12:00 Tu 10:00-12:00"})",
       "Mo 09:00-12:00; Tu 10:00-12:00"},
      {R"({"@type": "Store", "openingHours": "bientôt"})", ""},
      {R"({"@type": "Store", "openingHoursSpecification": {"@type": "OpeningHoursSpecification",
          "dayOfWeek": "http://schema.org/Sunday", "opens": "10:00", "closes": "13:00"}})",
       "Su 10:00-13:00"},
      {R"({"@type": "Store", "openingHoursSpecification": [{"dayOfWeek": ["Monday", "Tuesday"],
          "opens": "09:00:00", "closes": "12:00:00"}, {"dayOfWeek": ["Monday", "Tuesday"],
          "opens": "14:00:00+01:00", "closes": "18:00:00+01:00"}]})",
       "Mo,Tu 09:00-12:00,14:00-18:00"},
      {R"({"@type": "Store", "openingHoursSpecification": {"dayOfWeek": ["Monday", "Tuesday",
          "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], "opens": "00:00",
          "closes": "23:59"}})",
       "24/7"},
      {R"({"@type": "BarOrPub", "openingHoursSpecification": {"dayOfWeek": ["Friday", "Saturday"],
          "opens": "18:00", "closes": "02:00"}})",
       "Fr,Sa 18:00-02:00"},
      {R"({"@type": "Store", "openingHoursSpecification": [{"dayOfWeek": "Monday", "opens": "09:00",
          "closes": "18:00"}, {"dayOfWeek": "Sunday", "opens": "00:00", "closes": "00:00"}]})",
       "Mo 09:00-18:00"},
      {R"({"@type": "Store", "openingHoursSpecification": [{"dayOfWeek": "Monday", "opens": "09:00",
          "closes": "18:00"}, {"dayOfWeek": "PublicHolidays", "opens": "00:00", "closes": "00:00"}]})",
       "Mo 09:00-18:00; PH off"},
      {R"({"@type": "Store", "openingHoursSpecification": [{"dayOfWeek": "Monday", "opens": "09:00",
          "closes": "18:00"}, {"dayOfWeek": "Monday", "opens": "00:00", "closes": "00:00",
          "validFrom": "2024-12-24", "validThrough": "2024-12-26"}]})",
       "Mo 09:00-18:00"},
      {R"({"@type": "Store", "openingHoursSpecification": {"dayOfWeek": "Funday", "opens": "09:00",
          "closes": "18:00"}})",
       ""},
      {R"({"@type": "Store", "openingHoursSpecification": {"dayOfWeek": "Monday"}})", ""},
      {R"({"@type": "ContactPoint", "hoursAvailable": {"@type": "OpeningHoursSpecification",
          "dayOfWeek": ["gr:Monday", "http://purl.org/goodrelations/v1#Tuesday"], "opens": "8:00",
          "closes": "20:00"}})",
       "Mo,Tu 08:00-20:00"},
      {R"({"@type": "Event", "name": "Concert", "startDate": "2024-05-12T20:00"})", ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.json);
    const auto found = hours_of_html(json_ld(c.json));
    CHECK(specs(found) == (c.spec.empty() ? Strings{} : Strings{c.spec}));
  }
}

TEST_CASE("schema.org exceptions and unreadable values are kept", "[extract][hours]") {
  const auto found = hours_of_html(json_ld(R"({"@type": "Store",
      "openingHours": ["Mo-Fr 09:00-18:00", "sometimes"],
      "specialOpeningHoursSpecification": {"opens": "10:00", "closes": "12:00",
        "validFrom": "2024-12-24", "validThrough": "2024-12-24"}})"));
  REQUIRE(found.items.size() == 1);
  CHECK(found.items[0].hours.exceptions ==
        std::vector<extract::HoursException>{{"2024-12-24..2024-12-24", {{600, 720}}}});
  CHECK(found.unparsed == Strings{"sometimes"});
}
