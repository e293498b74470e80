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

const std::string kContact = "https://www.example.fr/contact";

model::SiteHours hours(HoursOrigin origin, const std::string& osm, std::vector<std::string> pages,
                       std::string source = "site") {
  auto parsed = extract::parse_osm_hours(osm);
  REQUIRE(parsed.has_value());
  model::SiteHours out;
  out.source = std::move(source);
  out.origin = origin;
  out.url = pages.empty() ? std::string() : pages.front();
  out.pages = std::move(pages);
  out.hours = *parsed;
  return out;
}

model::SiteModel site_with(std::vector<model::SiteHours> all) {
  model::SiteModel site = ModelBuilder().add_page(kContact, 1).build();
  site.hours = std::move(all);
  return site;
}

TEST_CASE("hours.missing fires when neither text nor structured data gives hours", "[rules]") {
  model::SiteModel site = site_with({});
  site.unparsed_hours.push_back({kContact, "Ouvert jusqu'à 19h"});
  Outcome outcome = run_check("hours.missing", site);
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 1);
  CHECK(outcome.findings[0].fields.at("unparsed_count") == "1");
  CHECK(outcome.findings[0].evidence_id == "unparsed");
  CHECK(outcome.findings[0].fields.at("unparsed_text") == "Ouvert jusqu'à 19h");
  require_messages_filled("hours.missing", outcome);
}

TEST_CASE("hours.missing: a listing's hours are not the site's", "[rules]") {
  auto site = site_with({hours(HoursOrigin::listing, "Mo-Fr 09:00-18:00", {}, "listing:google")});
  CHECK(run_check("hours.missing", site).status == Status::fail);
}

TEST_CASE("hours.missing stays quiet when the site gives hours", "[rules]") {
  auto site = site_with({hours(HoursOrigin::text, "Mo-Fr 09:00-18:00", {kContact})});
  CHECK(run_check("hours.missing", site).status == Status::pass);
  CHECK(run_check("hours.missing", ModelBuilder().unreachable(http(500)).build()).status ==
        Status::not_applicable);
}

TEST_CASE("hours.no_structured_data fires for hours shown only as text", "[rules]") {
  auto site = site_with({hours(HoursOrigin::text, "Mo-Fr 09:00-18:00", {kContact, kHome})});
  Outcome outcome = run_check("hours.no_structured_data", site);
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 1);
  CHECK(outcome.findings[0].url == kContact);
  CHECK(outcome.findings[0].fields.at("spec") == "Mo-Fr 09:00-18:00");
  require_messages_filled("hours.no_structured_data", outcome);
}

TEST_CASE("hours.no_structured_data is quiet with structured data, n/a without text", "[rules]") {
  auto marked = site_with({hours(HoursOrigin::text, "Mo-Fr 09:00-18:00", {kContact}),
                           hours(HoursOrigin::structured_data, "Mo-Fr 09:00-18:00", {kHome})});
  CHECK(run_check("hours.no_structured_data", marked).status == Status::pass);
  CHECK(run_check("hours.no_structured_data", site_with({})).status == Status::not_applicable);
}

TEST_CASE("hours.inconsistent says which days differ and how", "[rules]") {
  auto site = site_with(
      {hours(HoursOrigin::text, "Mo-Fr 09:00-18:00; Sa 09:00-12:00", {kHome, kContact}),
       hours(HoursOrigin::structured_data, "Mo-Fr 09:00-18:00", {kHome}),
       hours(HoursOrigin::listing, "Mo-Fr 09:00-17:00; Sa 09:00-12:00", {}, "listing:google")});
  site.hours[2].url = "https://maps.example/place";
  Outcome outcome = run_check("hours.inconsistent", site);
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 2);
  CHECK(outcome.findings[0].fields.at("source_a") == "text:https://www.example.fr/");
  CHECK(outcome.findings[0].fields.at("source_b") == "structured_data:https://www.example.fr/");
  CHECK(outcome.findings[0].fields.at("days") == "Sa");
  CHECK(outcome.findings[1].fields.at("source_b") == "listing:google");
  CHECK(outcome.findings[1].fields.at("days") == "Mo,Tu,We,Th,Fr");
  require_messages_filled("hours.inconsistent", outcome);
}

TEST_CASE("hours.inconsistent is quiet when the sources agree, even split at midnight", "[rules]") {
  auto site =
      site_with({hours(HoursOrigin::text, "Fr 18:00-02:00", {kHome}),
                 hours(HoursOrigin::structured_data, "Fr 18:00-24:00; Sa 00:00-02:00", {kHome})});
  CHECK(run_check("hours.inconsistent", site).status == Status::pass);
  auto single = site_with({hours(HoursOrigin::text, "Mo-Fr 09:00-18:00", {kHome})});
  CHECK(run_check("hours.inconsistent", single).status == Status::not_applicable);
}

}  // namespace
}  // namespace joignable::rules
