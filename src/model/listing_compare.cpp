#include "model/listing_compare.h"

#include <algorithm>
#include <utility>

#include "extract/addresses.h"
#include "extract/text_fold.h"

namespace joignable::model {
namespace {

bool on_site(const SiteModel& site, const std::string& e164) {
  return !e164.empty() &&
         std::any_of(site.phones.begin(), site.phones.end(),
                     [&](const SitePhone& phone) { return phone.e164 == e164; });
}

std::vector<PhoneCheck> phone_checks(const SiteModel& site, const listings::Listing& listing) {
  std::vector<PhoneCheck> checks;
  for (const listings::ListingPhone& phone : listing.phones) {
    checks.push_back({phone, on_site(site, phone.e164)});
  }
  return checks;
}

// same when every phone of the listing is on the site: a customer may call any of them.
Agreement phone_agreement(const SiteModel& site, const std::vector<PhoneCheck>& checks) {
  if (checks.empty() || site.phones.empty()) return Agreement::not_compared;
  const bool all_on_site =
      std::all_of(checks.begin(), checks.end(), [](const PhoneCheck& c) { return c.on_site; });
  return all_on_site ? Agreement::same : Agreement::different;
}

bool gives_something(const extract::PostalAddress& address) {
  const StreetKey key = street_key(address.street);
  return !address.postal_code.empty() || !key.name.empty() || !key.number.empty();
}

AddressCheck address_check(const SiteModel& site, const listings::Listing& listing) {
  AddressCheck check;
  check.listing = listing_address(listing);
  if (!check.listing || site.addresses.empty()) return check;
  const SiteAddress* closest = nullptr;
  for (const SiteAddress& candidate : site.addresses) {
    std::vector<AddressPart> differences = address_differences(*check.listing, candidate.address);
    if (closest == nullptr || differences.size() < check.differences.size()) {
      closest = &candidate;
      check.differences = std::move(differences);
    }
    if (check.differences.empty()) break;
  }
  check.site = closest->address;
  check.agreement = check.differences.empty() ? Agreement::same : Agreement::different;
  return check;
}

HoursCheck hours_check(const SiteModel& site, const listings::Listing& listing) {
  HoursCheck check;
  const SiteHours* reference = site_reference_hours(site);
  const bool listing_has_hours = listing.hours.has_hours();
  if (reference != nullptr) {
    check.site_source = hours_source_name(*reference);
    check.site_spec = extract::to_spec(reference->hours);
  }
  if (reference != nullptr && listing_has_hours) {
    check.agreement = extract::same_weekly(reference->hours, listing.hours) ? Agreement::same
                                                                            : Agreement::different;
  }
  for (std::size_t day = 0; day < extract::kDaysPerWeek; ++day) {
    DayCheck& out = check.days[day];
    if (reference != nullptr) out.site = extract::format_day(reference->hours.weekly[day]);
    if (listing_has_hours) out.listing = extract::format_day(listing.hours.weekly[day]);
    out.differs = check.agreement == Agreement::different &&
                  reference->hours.weekly[day] != listing.hours.weekly[day];
  }
  return check;
}

}  // namespace

std::string_view to_string(Agreement agreement) {
  switch (agreement) {
    case Agreement::same:
      return "same";
    case Agreement::different:
      return "different";
    case Agreement::not_compared:
      return "not_compared";
  }
  return "not_compared";
}

std::optional<extract::PostalAddress> listing_address(const listings::Listing& listing) {
  if (listing.address && gives_something(*listing.address)) return listing.address;
  const std::vector<extract::PostalAddress> found = extract::find_addresses(listing.address_text);
  if (found.empty()) return std::nullopt;
  return found.front();
}

const SiteHours* site_reference_hours(const SiteModel& site) {
  const SiteHours* best = nullptr;
  const auto rank = [](const SiteHours& h) {
    return std::pair(h.pages.size(), h.origin == extract::HoursOrigin::structured_data);
  };
  for (const SiteHours& hours : site.hours) {
    if (hours.origin == extract::HoursOrigin::listing) continue;
    if (best == nullptr || rank(*best) < rank(hours)) best = &hours;
  }
  return best;
}

std::string hours_source_name(const SiteHours& hours) {
  if (hours.origin == extract::HoursOrigin::listing) return hours.source;
  return hours.url + " (" + std::string(extract::to_string(hours.origin)) + ")";
}

bool says_closed(const listings::Listing& listing) {
  const std::string status = extract::fold(listing.business_status);
  return status == "closed_temporarily" || status == "closed_permanently";
}

ListingComparison compare_listing(const SiteModel& site, const listings::Listing& listing) {
  ListingComparison comparison;
  if (!listing.read) return comparison;
  comparison.phones = phone_checks(site, listing);
  comparison.phone = phone_agreement(site, comparison.phones);
  comparison.address = address_check(site, listing);
  comparison.hours = hours_check(site, listing);
  return comparison;
}

std::string day_differences(const HoursCheck& check, std::string_view listing_name) {
  std::string out;
  for (std::size_t day = 0; day < extract::kDaysPerWeek; ++day) {
    const DayCheck& one = check.days[day];
    if (!one.differs) continue;
    if (!out.empty()) out += "; ";
    out += std::string(extract::kDayNames[day]) + ": site " + one.site + ", " +
           std::string(listing_name) + " " + one.listing;
  }
  return out;
}

}  // namespace joignable::model
