#include "model/listing_compare.h"

#include <catch2/catch.hpp>

#include "extract/hours_osm.h"
#include "model/derive.h"
#include "support/model_builder.h"

namespace joignable::model {
namespace {

using extract::HoursOrigin;
using listings::Listing;
using extract::PhoneType;
using testing::kHome;
using testing::ModelBuilder;

const std::string kContact = "https://www.example.fr/contact";

extract::OpeningHours weekly(const std::string& osm) {
  auto parsed = extract::parse_osm_hours(osm);
  REQUIRE(parsed.has_value());
  return *parsed;
}

Listing read_listing(std::string name) {
  Listing listing;
  listing.name = std::move(name);
  listing.kind = "osm";
  listing.source = "https://osm.example/node/1";
  listing.read = true;
  return listing;
}

TEST_CASE("compare_listing puts the listing beside the site, part by part", "[model]") {
  ModelBuilder builder;
  builder.add_page(kContact, 1)
      .add_phone("+33465712345", PhoneType::fixed_line, {kHome})
      .add_address({"1 place Bellecour", "69002", "Lyon", "FR"}, {kContact})
      .add_address({"42 rue des Chaudronniers", "69007", "Lyon", "FR"}, {kHome})
      .add_hours({"site", HoursOrigin::structured_data, kHome, {kHome},
                  weekly("Mo-Fr 09:00-18:00"), ""})
      .add_hours({"site", HoursOrigin::text, kHome, {kHome, kContact},
                  weekly("Mo-Sa 09:00-18:00"), ""});
  Listing listing = read_listing("osm");
  listing.phones = {{"+33465712345", "04 65 71 23 45", PhoneType::fixed_line},
                    {"+33612345678", "06 12 34 56 78", PhoneType::mobile}};
  listing.address_text = "42 Bd des Chaudronniers, 69008 Lyon";
  listing.hours = weekly("Mo-Fr 09:00-18:00; Sa 10:00-12:00");

  const ListingComparison comparison = compare_listing(builder.build(), listing);
  CHECK(comparison.phone == Agreement::different);
  REQUIRE(comparison.phones.size() == 2);
  CHECK(comparison.phones[0].on_site);
  CHECK_FALSE(comparison.phones[1].on_site);

  // Read from the text; the closest of the site's addresses is the one it is held against.
  CHECK(comparison.address.agreement == Agreement::different);
  REQUIRE(comparison.address.listing.has_value());
  CHECK(comparison.address.listing->postal_code == "69008");
  REQUIRE(comparison.address.site.has_value());
  CHECK(comparison.address.site->street == "42 rue des Chaudronniers");
  CHECK(comparison.address.differences ==
        std::vector<AddressPart>{AddressPart::postal_code, AddressPart::street});

  // The site's text is on more pages than its structured data: it is the reference.
  CHECK(comparison.hours.agreement == Agreement::different);
  CHECK(comparison.hours.site_source == "https://www.example.fr/ (text)");
  CHECK(comparison.hours.site_spec == "Mo-Sa 09:00-18:00");
  CHECK_FALSE(comparison.hours.days[0].differs);
  CHECK(comparison.hours.days[0].site == "09:00-18:00");
  CHECK(comparison.hours.days[5].differs);
  CHECK(comparison.hours.days[5].listing == "10:00-12:00");
  CHECK(comparison.hours.days[6].site == "closed");
  CHECK(day_differences(comparison.hours, "osm") == "Sa: site 09:00-18:00, osm 10:00-12:00");
}

TEST_CASE("compare_listing says what it could not compare", "[model]") {
  const SiteModel bare = ModelBuilder().build();
  Listing listing = read_listing("osm");
  listing.phones = {{"+33465712345", "04 65 71 23 45", PhoneType::fixed_line}};
  listing.hours = weekly("Mo-Fr 09:00-18:00");
  ListingComparison comparison = compare_listing(bare, listing);
  CHECK(comparison.phone == Agreement::not_compared);
  CHECK(comparison.address.agreement == Agreement::not_compared);
  CHECK(comparison.hours.agreement == Agreement::not_compared);
  // Each side still shows what it gives; the site gives nothing.
  CHECK(comparison.hours.days[0].listing == "09:00-18:00");
  CHECK(comparison.hours.days[0].site.empty());
  CHECK(day_differences(comparison.hours, "osm").empty());

  listing.read = false;
  comparison = compare_listing(ModelBuilder().add_phone("+33465712345", PhoneType::fixed_line,
                                                        {kHome}).build(),
                               listing);
  CHECK(comparison.phones.empty());
  CHECK(comparison.phone == Agreement::not_compared);
}

TEST_CASE("a night past midnight agrees however it is written", "[model]") {
  ModelBuilder builder;
  builder.add_hours({"site", HoursOrigin::text, kHome, {kHome}, weekly("Fr 18:00-02:00"), ""});
  Listing listing = read_listing("google");
  listing.hours = weekly("Fr 18:00-24:00; Sa 00:00-02:00");
  const ListingComparison comparison = compare_listing(builder.build(), listing);
  CHECK(comparison.hours.agreement == Agreement::same);
  for (const DayCheck& day : comparison.hours.days) CHECK_FALSE(day.differs);
}

TEST_CASE("agreements are spelled as in report.json", "[model]") {
  CHECK(to_string(Agreement::same) == "same");
  CHECK(to_string(Agreement::different) == "different");
  CHECK(to_string(Agreement::not_compared) == "not_compared");
}

TEST_CASE("add_listings keeps every listing and adds the read ones' hours as sources", "[model]") {
  SiteModel model = ModelBuilder().build();
  Listing google = read_listing("google");
  google.source = "https://maps.example/place/1";
  google.hours = weekly("Mo-Fr 09:00-18:00");
  Listing no_hours = read_listing("osm");
  Listing unread;
  unread.name = "pagesjaunes";
  unread.hours = weekly("Mo-Su 00:00-24:00");  // not read: meaningless, never a source
  add_listings(model, {google, no_hours, unread});
  REQUIRE(model.listings.size() == 3);
  CHECK(model.listings[2].name == "pagesjaunes");
  REQUIRE(model.hours.size() == 1);
  CHECK(model.hours[0].source == "listing:google");
  CHECK(model.hours[0].origin == HoursOrigin::listing);
  CHECK(model.hours[0].url == "https://maps.example/place/1");
  CHECK(model.hours[0].hours == google.hours);
}

}  // namespace
}  // namespace joignable::model
