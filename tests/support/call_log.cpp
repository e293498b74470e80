#include "support/call_log.h"

#include <catch2/catch.hpp>

#include "calls/read_call_log.h"
#include "extract/hours_osm.h"

namespace joignable::testing {

calls::CallLog call_log(const std::string& rows) {
  auto log = calls::parse_call_log(
      "when,number,outcome,wait_seconds,callback_promised,callback_at,note\n" + rows, "calls.csv",
      "Europe/Paris", "FR");
  if (!log) FAIL(log.error().to_string());
  return *log;
}

model::SiteHours site_hours(extract::HoursOrigin origin, const std::string& osm,
                            const std::string& listing) {
  auto parsed = extract::parse_osm_hours(osm);
  REQUIRE(parsed.has_value());
  model::SiteHours hours;
  hours.origin = origin;
  hours.source = listing.empty() ? "site" : "listing:" + listing;
  hours.url = listing.empty() ? "https://www.example.fr/contact" : "";
  if (listing.empty()) hours.pages = {hours.url};
  hours.hours = *parsed;
  return hours;
}

}  // namespace joignable::testing
