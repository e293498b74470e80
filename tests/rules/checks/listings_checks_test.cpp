#include <catch2/catch.hpp>

#include "extract/hours_osm.h"
#include "rules/checks/check_test_support.h"
#include "support/model_builder.h"

namespace joignable::rules {
namespace {

using namespace joignable::testing;
using namespace rules::testing;
using Status = Outcome::Status;
using extract::HoursOrigin;
using extract::PhoneType;

const std::string kContact = "https://www.example.fr/contact";
const std::string kMainNumber = "+33465712345";
const std::string kSiteHours = "Mo-Fr 08:00-12:00,14:00-18:00; Sa 09:00-12:00";

extract::OpeningHours weekly(const std::string& osm) {
  auto parsed = extract::parse_osm_hours(osm);
  REQUIRE(parsed.has_value());
  return *parsed;
}

// A site with a phone, an address and hours on its home and contact pages.
ModelBuilder site() {
  ModelBuilder builder;
  builder.add_page(kContact, 1)
      .add_phone(kMainNumber, PhoneType::fixed_line, {kHome, kContact})
      .add_address({"42 rue des Chaudronniers", "69007", "Lyon", "FR"}, {kHome, kContact})
      .add_hours({"site", HoursOrigin::text, kHome, {kHome, kContact}, weekly(kSiteHours), ""});
  return builder;
}

// A listing that agrees with site() in everything.
listings::Listing agreeing(std::string name = "google") {
  listings::Listing listing;
  listing.name = std::move(name);
  listing.kind = "google-places";
  listing.source = "https://maps.example/place/1";
  listing.read = true;
  listing.phones = {{kMainNumber, "04 65 71 23 45", PhoneType::fixed_line}};
  listing.address = extract::PostalAddress{"42 Rue des Chaudronniers", "69007", "Lyon", "FR"};
  listing.address_text = "42 Rue des Chaudronniers, 69007 Lyon, France";
  listing.hours = weekly(kSiteHours);
  listing.business_status = "OPERATIONAL";
  return listing;
}

listings::Listing unread(std::string name = "osm") {
  listings::Listing listing;
  listing.name = std::move(name);
  listing.kind = "osm";
  listing.source = "/targets/acme/listings/osm.json";
  listing.error = "not json: unexpected end of input at line 1";
  return listing;
}

const std::vector<std::string> kListingRules = {
    "listing.unreachable",    "listing.closed",         "listing.phone_missing",
    "listing.premium_rate",   "listing.phone_mismatch", "listing.hours_missing",
    "listing.hours_mismatch", "listing.address_missing", "listing.address_mismatch"};

Outcome fired(const std::string& id, const model::SiteModel& model) {
  Outcome outcome = run_check(id, model);
  REQUIRE(outcome.status == Status::fail);
  require_messages_filled(id, outcome);
  return outcome;
}

TEST_CASE("listing rules are not applicable without listings or without the site", "[rules]") {
  const model::SiteModel none = site().build();
  const model::SiteModel down =
      ModelBuilder().unreachable(http(503)).add_listing(agreeing()).build();
  for (const std::string& id : kListingRules) {
    INFO(id);
    CHECK(run_check(id, none).status == Status::not_applicable);
    CHECK(run_check(id, down).status == Status::not_applicable);
  }
}

TEST_CASE("a listing that agrees with the site passes every listing rule", "[rules]") {
  const model::SiteModel model = site().add_listing(agreeing()).build();
  for (const std::string& id : kListingRules) {
    INFO(id);
    CHECK(run_check(id, model).status == Status::pass);
  }
  CHECK(run_check("hours.inconsistent", model).status == Status::pass);
}

TEST_CASE("listing.unreachable fires for a listing that could not be read, and only it applies",
          "[rules]") {
  const model::SiteModel model = site().add_listing(unread()).build();
  Outcome outcome = fired("listing.unreachable", model);
  REQUIRE(outcome.findings.size() == 1);
  CHECK(outcome.findings[0].url.empty());  // a file is no link
  // The file's path stays out of the finding: the report goes to a client.
  for (const auto& [name, value] : outcome.findings[0].fields) {
    CHECK(value.find("/targets/") == std::string::npos);
  }
  CHECK(outcome.findings[0].fields.at("kind") == "osm");
  for (const std::string& id : kListingRules) {
    if (id == "listing.unreachable") continue;
    INFO(id);
    CHECK(run_check(id, model).status == Status::not_applicable);
  }
}

TEST_CASE("an unread listing beside a read one leaves the others judging the read one",
          "[rules]") {
  listings::Listing wrong = agreeing("pagesjaunes");
  wrong.phones = {};
  const model::SiteModel model = site().add_listing(unread()).add_listing(wrong).build();
  CHECK(fired("listing.unreachable", model).findings.size() == 1);
  CHECK(fired("listing.phone_missing", model).findings[0].fields.at("listing") == "pagesjaunes");
  CHECK(run_check("listing.hours_mismatch", model).status == Status::pass);
}

TEST_CASE("listing.closed fires for a temporarily or permanently closed business", "[rules]") {
  listings::Listing temporarily = agreeing("google");
  temporarily.business_status = "CLOSED_TEMPORARILY";
  listings::Listing permanently = agreeing("osm");
  permanently.business_status = "closed_permanently";
  Outcome outcome =
      fired("listing.closed", site().add_listing(temporarily).add_listing(permanently).build());
  REQUIRE(outcome.findings.size() == 2);
  CHECK(outcome.findings[0].fields.at("business_status") == "CLOSED_TEMPORARILY");
  CHECK(outcome.findings[0].url == "https://maps.example/place/1");
  CHECK(outcome.findings[1].fields.at("business_status") == "CLOSED_PERMANENTLY");
}

TEST_CASE("listing.closed is quiet for an operational business or one that says nothing",
          "[rules]") {
  listings::Listing silent = agreeing("osm");
  silent.business_status = "";
  CHECK(run_check("listing.closed", site().add_listing(agreeing()).add_listing(silent).build())
            .status == Status::pass);
}

TEST_CASE("listing.phone_missing fires for a listing without a phone, quiet with one", "[rules]") {
  listings::Listing no_phone = agreeing("osm");
  no_phone.phones.clear();
  Outcome outcome = fired("listing.phone_missing", site().add_listing(no_phone).build());
  CHECK(outcome.findings[0].fields.at("listing") == "osm");
  CHECK(run_check("listing.phone_missing", site().add_listing(agreeing()).build()).status ==
        Status::pass);
}

TEST_CASE("listing.premium_rate fires for a surcharged number on a listing", "[rules]") {
  listings::Listing premium = agreeing();
  premium.phones.push_back({"+33892350149", "0 892 35 01 49", PhoneType::premium_rate});
  Outcome outcome = fired("listing.premium_rate", site().add_listing(premium).build());
  REQUIRE(outcome.findings.size() == 1);
  CHECK(outcome.findings[0].fields.at("number") == "0 892 35 01 49");
  CHECK(outcome.findings[0].fields.at("e164") == "+33892350149");
  CHECK(outcome.findings[0].fields.at("type") == "premium_rate");
  // phone.premium_rate judges the site alone.
  CHECK(run_check("phone.premium_rate", site().add_listing(premium).build()).status ==
        Status::pass);
}

TEST_CASE("listing.premium_rate is quiet for ordinary numbers, n/a without any", "[rules]") {
  CHECK(run_check("listing.premium_rate", site().add_listing(agreeing()).build()).status ==
        Status::pass);
  listings::Listing no_phone = agreeing();
  no_phone.phones.clear();
  CHECK(run_check("listing.premium_rate", site().add_listing(no_phone).build()).status ==
        Status::not_applicable);
}

TEST_CASE("listing.phone_mismatch fires for a number no page of the site shows", "[rules]") {
  listings::Listing wrong = agreeing("osm");
  wrong.phones = {{"+33465719999", "04 65 71 99 99", PhoneType::fixed_line},
                  {"", "04 65", PhoneType::unknown}};
  Outcome outcome = fired("listing.phone_mismatch", site().add_listing(wrong).build());
  REQUIRE(outcome.findings.size() == 2);
  CHECK(outcome.findings[0].evidence_id == "valid");
  CHECK(outcome.findings[0].fields.at("e164") == "+33465719999");
  CHECK(outcome.findings[1].evidence_id == "invalid");
  CHECK(outcome.findings[1].fields.at("number") == "04 65");
}

TEST_CASE("listing.phone_mismatch compares E.164, premium-rate numbers of the site included",
          "[rules]") {
  listings::Listing listing = agreeing();
  listing.phones = {{kMainNumber, "+33 4 65 71 23 45", PhoneType::fixed_line},
                    {"+33892350149", "0892 35 01 49", PhoneType::premium_rate}};
  ModelBuilder builder = site();
  builder.add_phone("+33892350149", PhoneType::premium_rate, {kContact});
  CHECK(run_check("listing.phone_mismatch", builder.add_listing(listing).build()).status ==
        Status::pass);
  // The site has no phone: phone.missing says so, there is nothing to compare with.
  model::SiteModel no_site_phone = site().add_listing(listing).build();
  no_site_phone.phones.clear();
  CHECK(run_check("listing.phone_mismatch", no_site_phone).status == Status::not_applicable);
}

TEST_CASE("listing.hours_missing fires for a listing without hours", "[rules]") {
  listings::Listing no_hours = agreeing("osm");
  no_hours.hours = {};
  Outcome outcome = fired("listing.hours_missing", site().add_listing(no_hours).build());
  CHECK(outcome.findings[0].fields.at("listing") == "osm");
}

TEST_CASE("listing.hours_missing is quiet for hours given but not understood", "[rules]") {
  listings::Listing unreadable = agreeing();
  unreadable.hours = {};
  unreadable.hours_text = "sur rendez-vous";
  const model::SiteModel model = site().add_listing(unreadable).build();
  CHECK(run_check("listing.hours_missing", model).status == Status::pass);
  CHECK(run_check("listing.hours_mismatch", model).status == Status::not_applicable);
}

TEST_CASE("listing.hours_mismatch names each differing day and both sides", "[rules]") {
  listings::Listing other = agreeing();
  other.hours = weekly("Mo-Fr 08:00-12:00,14:00-18:00; Sa 09:00-12:00,14:00-17:00; Su 10:00-12:00");
  other.hours.weekly[0].clear();  // Monday closed
  const model::SiteModel model = site().add_listing(other).build();
  Outcome outcome = fired("listing.hours_mismatch", model);
  REQUIRE(outcome.findings.size() == 1);
  CHECK(outcome.findings[0].fields.at("days") == "Mo,Sa,Su");
  CHECK(outcome.findings[0].fields.at("site_spec") == kSiteHours);
  // The listing's hours are one more source for hours.inconsistent.
  Outcome inconsistent = run_check("hours.inconsistent", model);
  REQUIRE(inconsistent.status == Status::fail);
  CHECK(inconsistent.findings[0].fields.at("source_b") == "listing:google");
}

TEST_CASE("listing.hours_mismatch is quiet for the same week, special days aside", "[rules]") {
  listings::Listing same = agreeing();
  same.hours = weekly(kSiteHours + "; PH off");
  CHECK(run_check("listing.hours_mismatch", site().add_listing(same).build()).status ==
        Status::pass);
  listings::Listing no_hours = agreeing();
  no_hours.hours = {};
  CHECK(run_check("listing.hours_mismatch", site().add_listing(no_hours).build()).status ==
        Status::not_applicable);
}

TEST_CASE("listing.address_missing fires for a listing without an address", "[rules]") {
  listings::Listing no_address = agreeing();
  no_address.address.reset();
  no_address.address_text.clear();
  Outcome outcome = fired("listing.address_missing", site().add_listing(no_address).build());
  CHECK(outcome.findings[0].fields.at("listing") == "google");
  CHECK(run_check("listing.address_mismatch", site().add_listing(no_address).build()).status ==
        Status::not_applicable);
}

TEST_CASE("listing.address_missing is quiet for an address given only as text", "[rules]") {
  listings::Listing text_only = agreeing();
  text_only.address.reset();
  const model::SiteModel model = site().add_listing(text_only).build();
  CHECK(run_check("listing.address_missing", model).status == Status::pass);
  CHECK(run_check("listing.address_mismatch", model).status == Status::pass);
}

TEST_CASE("listing.address_mismatch fires for another postal code or street", "[rules]") {
  listings::Listing moved = agreeing();
  moved.address = extract::PostalAddress{"42 rue des Chaudronniers", "69008", "Lyon", "FR"};
  listings::Listing other_street = agreeing("osm");
  other_street.address = extract::PostalAddress{"40 av. Jean Jaurès", "69007", "Lyon", "FR"};
  Outcome outcome = fired("listing.address_mismatch",
                          site().add_listing(moved).add_listing(other_street).build());
  REQUIRE(outcome.findings.size() == 2);
  CHECK(outcome.findings[0].fields.at("parts") == "postal_code");
  CHECK(outcome.findings[0].fields.at("site_address") == "42 rue des Chaudronniers, 69007 Lyon");
  CHECK(outcome.findings[1].fields.at("parts") == "house_number,street");
}

TEST_CASE("listing.address_mismatch is quiet for the same address written otherwise", "[rules]") {
  listings::Listing abbreviated = agreeing();
  abbreviated.address = extract::PostalAddress{"42, R. des CHAUDRONNIERS", "69 007", "LYON", "FR"};
  ModelBuilder builder = site();
  builder.add_address({"1 place Bellecour", "69002", "Lyon", "FR"}, {kContact});
  CHECK(run_check("listing.address_mismatch", builder.add_listing(abbreviated).build()).status ==
        Status::pass);
}

}  // namespace
}  // namespace joignable::rules
