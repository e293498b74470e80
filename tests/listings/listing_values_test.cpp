#include "listings/listing_values.h"

#include <catch2/catch.hpp>

namespace joignable::listings {

TEST_CASE("a span of a day at most stays one interval, a longer one is cut at midnight",
          "[listings]") {
  struct SpanCase {
    int day, open, close;
    std::string spec;
  };
  const std::vector<SpanCase> cases = {
      {0, 9 * 60, 18 * 60, "Mo 09:00-18:00"},
      {4, 18 * 60, 26 * 60, "Fr 18:00-02:00"},
      {6, 0, 24 * 60, "Su 00:00-24:00"},
      {6, 22 * 60, 48 * 60, "Mo 00:00-24:00; Su 22:00-24:00"},
      {4, 9 * 60, 24 * 60 * 3 + 12 * 60, "Mo 00:00-12:00; Fr 09:00-24:00; Sa,Su 00:00-24:00"},
      {0, 0, 24 * 60 * 30, "24/7"},
  };
  for (const SpanCase& test : cases) {
    extract::OpeningHours hours;
    add_span(hours, test.day, test.open, test.close);
    CHECK(extract::to_spec(hours) == test.spec);
  }
}

TEST_CASE("listing hours: OSM first, then prose; an OSM value refused is kept as written",
          "[listings][hours]") {
  listings::Listing osm;
  read_hours_text(osm, "Mo-Fr 09:00-18:00; PH off");
  CHECK(extract::to_spec(osm.hours) == "Mo-Fr 09:00-18:00; PH off");
  CHECK(osm.hours_text.empty());
  listings::Listing prose;
  read_hours_text(prose, "Monday: 9:00 AM – 5:00 PM");
  CHECK(extract::to_spec(prose.hours) == "Mo 09:00-17:00");
  // Saturday is "unknown" (a comment without a state): prose reading would keep Mo-Fr alone.
  for (const std::string refused :
       {"Mo-Fr 08:00-12:00; Sa 10:00-12:00 \"nur nach Vereinbarung\"", "Mo-Fr 9-5"}) {
    CAPTURE(refused);
    listings::Listing listing;
    read_hours_text(listing, refused);
    CHECK_FALSE(listing.hours.has_hours());
    CHECK(listing.hours_text == refused);
  }
}

TEST_CASE("a phone is added once per number, an invalid one once per text", "[listings]") {
  listings::Listing listing;
  add_phone(listing, " 04 78\u00a042 10 20 ", "FR");
  add_phone(listing, "+33 4 78 42 10 20", "FR");
  add_phone(listing, "", "FR");
  add_phone(listing, "12", "FR");
  add_phone(listing, "12", "FR");
  REQUIRE(listing.phones.size() == 2);
  CHECK(listing.phones[0].e164 == "+33478421020");
  CHECK(listing.phones[0].display == "04 78 42 10 20");
  CHECK(listing.phones[0].type == extract::PhoneType::fixed_line);
  CHECK(listing.phones[1].e164.empty());
  CHECK(listing.phones[1].display == "12");
  CHECK(listing.phones[1].type == extract::PhoneType::unknown);
}

TEST_CASE("date_text writes ISO dates and refuses parts out of range", "[listings]") {
  CHECK(date_text(2026, 12, 5) == "2026-12-05");
  CHECK(date_text(2026, 13, 5).empty());
  CHECK(date_text(0, 1, 1).empty());
  CHECK(date_text(2026, 1, 0).empty());
}

}  // namespace joignable::listings
