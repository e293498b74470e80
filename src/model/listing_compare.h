// What one listing says against what the site says: its phones against the site's numbers
// (E.164 equality), its address against the site's addresses (address_compare.h), its weekly
// hours against the site's, day by day. Computed once per listing and shared by the listings
// rules (which turn differences into findings) and the report (which shows them side by side).
// Plain values and pure functions; thread-safe.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/contact_points.h"
#include "extract/opening_hours.h"
#include "listings/listing.h"
#include "model/address_compare.h"
#include "model/site_model.h"

namespace joignable::model {

// The outcome of one comparison. not_compared: one side gives nothing to compare.
enum class Agreement { same, different, not_compared };
std::string_view to_string(Agreement agreement);  // "same", "different", "not_compared"

struct PhoneCheck {
  listings::ListingPhone phone;
  bool on_site = false;  // some phone of the site (any type, premium-rate too) has its E.164
};

struct AddressCheck {
  Agreement agreement = Agreement::not_compared;
  std::optional<extract::PostalAddress> listing;  // the listing's, parsed from its text if need be
  // The site address that agrees, else the one with the fewest differing parts.
  std::optional<extract::PostalAddress> site;
  std::vector<AddressPart> differences;  // with `site`; empty unless agreement is different
};

// One day of the week, each side's intervals as the report writes them ("08:00-12:00" or
// "closed"); `differs` only when the weeks differ (same_weekly counts a night past midnight as
// the same whichever day it is written on).
struct DayCheck {
  std::string site;
  std::string listing;
  bool differs = false;
};

struct HoursCheck {
  Agreement agreement = Agreement::not_compared;
  std::string site_source;  // the site source compared with: its URL and origin
  std::string site_spec;    // its OSM-style spec
  std::array<DayCheck, extract::kDaysPerWeek> days{};
};

struct ListingComparison {
  Agreement phone = Agreement::not_compared;  // same: one phone of the listing is on the site
  std::vector<PhoneCheck> phones;             // every phone of the listing, in its order
  AddressCheck address;
  HoursCheck hours;
};

// Whether the listing says the business is closed: its business_status is CLOSED_TEMPORARILY or
// CLOSED_PERMANENTLY, in any case.
bool says_closed(const listings::Listing& listing);

// Compares a read listing with the site. An unread listing compares nothing.
ListingComparison compare_listing(const SiteModel& site, const listings::Listing& listing);

// The listing's postal address: its structured one, else one read from its text; nullopt when
// it gives none.
std::optional<extract::PostalAddress> listing_address(const listings::Listing& listing);

// The site's own hours a listing is held against: of the sources that are not listings, the one
// given on the most pages, structured data first on a tie, then the first. nullptr when the site
// gives no hours.
const SiteHours* site_reference_hours(const SiteModel& site);

// Neutral, language-free name of a source of hours: "listing:NAME", or "URL (origin)".
std::string hours_source_name(const SiteHours& hours);

// "Mo: site 08:00-12:00, google closed; Sa: ..." for the days that differ; "" when none does.
std::string day_differences(const HoursCheck& check, std::string_view listing_name);

}  // namespace joignable::model
