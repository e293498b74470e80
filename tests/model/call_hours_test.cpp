#include "model/call_hours.h"

#include <catch2/catch.hpp>
#include <map>

#include "support/call_log.h"
#include "support/model_builder.h"

namespace joignable::model {
namespace {

using namespace joignable::testing;
using extract::HoursOrigin;
using listings::Listing;

// A company open Monday to Friday with a lunch break on its site, without one in its
// structured data, and on Sunday mornings in its Google listing.
ModelBuilder company() {
  ModelBuilder builder;
  builder.add_phone(kCompanyE164, extract::PhoneType::fixed_line, {kHome})
      .add_hours(site_hours(HoursOrigin::text, "Mo-Fr 09:00-12:00,14:00-18:00"))
      .add_hours(site_hours(HoursOrigin::structured_data, "Mo-Fr 09:00-18:00"));
  Listing google;
  google.name = "google";
  google.kind = "manual";
  google.read = true;
  google.hours =
      site_hours(HoursOrigin::listing, "Mo-Fr 09:00-18:00; Su 10:00-12:00", "google").hours;
  builder.add_listing(google);
  return builder;
}

std::map<std::string, bool> open_by_source(const HeldCall& held) {
  std::map<std::string, bool> out;
  for (const SourceAtCall& source : held.sources) out[source.source] = source.open;
  return out;
}

}  // namespace

TEST_CASE("a call at 15:30 on a day the site says open until 18:00 is held against each source",
          "[model]") {
  const SiteModel site =
      company()
          .add_call_log(call_log("2026-03-31T15:30,01 42 68 53 00,closed_message,20,no,,\n"))
          .build();
  REQUIRE(site.calls.size() == 1);
  const HeldCall& held = site.calls[0];
  CHECK(held.published);
  REQUIRE(held.sources.size() == 3);
  CHECK(held.sources[0].source == "site");
  CHECK(held.sources[0].day_hours == "09:00-12:00,14:00-18:00");
  CHECK(open_by_source(held) == std::map<std::string, bool>{{"site", true},
                                                            {"structured_data", true},
                                                            {"listing:google", true}});
}

TEST_CASE("a lunch-break call: the site says closed, its structured data says open", "[model]") {
  const SiteModel site =
      company()
          .add_call_log(call_log("2026-03-31T12:30,01 42 68 53 00,closed_message,5,no,,\n"))
          .build();
  CHECK(open_by_source(site.calls[0]) == std::map<std::string, bool>{{"site", false},
                                                                     {"structured_data", true},
                                                                     {"listing:google", true}});
}

TEST_CASE("a number written differently from the site's is the same number", "[model]") {
  const SiteModel site =
      company()
          .add_call_log(call_log("2026-03-31T10:00,0033 (0)1.42.68.53.00,answered,10,no,,\n"
                                 "2026-03-31T10:05,+33 1 42 68 53 00,answered,10,no,,\n"))
          .build();
  CHECK(site.calls[0].published);
  CHECK(site.calls[1].published);
}

TEST_CASE("a number neither the site nor a listing gives is noted, not matched", "[model]") {
  const SiteModel site = company()
                             .add_call_log(call_log(std::string("2026-03-31T15:30,") +
                                                    kOtherNumber + ",no_answer,60,no,,\n"))
                             .build();
  CHECK_FALSE(site.calls[0].published);
  CHECK(site.calls[0].sources.empty());
}

TEST_CASE("a listing's number counts as published", "[model]") {
  Listing pages_jaunes;
  pages_jaunes.name = "pagesjaunes";
  pages_jaunes.kind = "manual";
  pages_jaunes.read = true;
  pages_jaunes.phones = {{"+33199999999", kOtherNumber, extract::PhoneType::fixed_line}};
  const SiteModel site = company()
                             .add_listing(pages_jaunes)
                             .add_call_log(call_log(std::string("2026-03-31T15:30,") +
                                                    kOtherNumber + ",no_answer,60,no,,\n"))
                             .build();
  CHECK(site.calls[0].published);
}

TEST_CASE("the spring change day: 10:30 summer time is within Sunday's 10:00-12:00", "[model]") {
  // 2026-03-29 08:30 UTC is 10:30 in Paris (CEST); read as winter time it would be 09:30.
  const SiteModel site =
      company()
          .add_call_log(call_log("2026-03-29T08:30Z,01 42 68 53 00,no_answer,60,no,,\n"))
          .build();
  CHECK(site.calls[0].call.at.local.hour == 10);
  CHECK(open_by_source(site.calls[0]).at("listing:google"));
  CHECK_FALSE(open_by_source(site.calls[0]).at("site"));  // closed on Sundays
}

TEST_CASE("the autumn change day: 09:30 winter time is before Sunday's opening", "[model]") {
  // 2026-10-25 08:30 UTC is 09:30 in Paris (CET); read as summer time it would be 10:30.
  const SiteModel site =
      company()
          .add_call_log(call_log("2026-10-25T08:30Z,01 42 68 53 00,no_answer,60,no,,\n"))
          .build();
  CHECK(site.calls[0].call.at.local.hour == 9);
  CHECK_FALSE(open_by_source(site.calls[0]).at("listing:google"));
}

TEST_CASE("a night past midnight counts on the next day's early hours", "[model]") {
  ModelBuilder builder;
  builder.add_phone(kCompanyE164, extract::PhoneType::fixed_line, {kHome})
      .add_hours(site_hours(HoursOrigin::text, "Fr 18:00-02:00"));
  // Saturday 2026-04-04 at 01:00.
  const SiteModel site =
      builder.add_call_log(call_log("2026-04-04T01:00,01 42 68 53 00,answered,5,no,,\n")).build();
  CHECK(site.calls[0].sources.at(0).open);
}

}  // namespace joignable::model
