#include "listings/listing_values.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "extract/addresses.h"
#include "extract/hours_osm.h"
#include "extract/hours_text.h"
#include "extract/phones.h"
#include "extract/text_fold.h"

namespace joignable::listings {

void add_phone(Listing& listing, std::string_view display, const std::string& region) {
  std::string text = extract::collapse_spaces(display);
  if (text.empty()) return;
  const extract::ParsedPhone parsed = extract::parse_phone(text, region);
  for (const ListingPhone& known : listing.phones) {
    if (parsed.valid ? known.e164 == parsed.e164 : known.display == text) return;
  }
  listing.phones.push_back({parsed.e164, std::move(text), parsed.type});
}

void add_span(extract::OpeningHours& hours, int day, int open, int close) {
  using extract::kMinutesPerDay;
  close = std::min(close, open + extract::kDaysPerWeek * kMinutesPerDay);
  if (close - open <= kMinutesPerDay) {
    extract::add_interval(hours, day, {open, close});
    return;
  }
  for (int start = open; start < close; day = (day + 1) % extract::kDaysPerWeek) {
    const int end = std::min(close, kMinutesPerDay);
    extract::add_interval(hours, day, {start, end});
    close -= kMinutesPerDay;
    start = 0;
  }
}

void read_hours_text(Listing& listing, std::string_view text) {
  if (text.empty()) return;
  if (auto osm = extract::parse_osm_hours(text); osm && osm->has_hours()) {
    listing.hours = std::move(*osm);
    return;
  }
  if (extract::written_in_osm_syntax(text)) {  // refused for what it says: kept as written
    listing.hours_text = std::string(text);
    return;
  }
  if (auto prose = extract::parse_hours_text(text); prose && prose->has_hours()) {
    listing.hours = std::move(*prose);
    return;
  }
  listing.hours_text = std::string(text);
}

void read_address_text(Listing& listing, std::string_view text, const std::string& region) {
  listing.address_text = extract::collapse_spaces(text);
  if (listing.address_text.empty()) return;
  std::vector<extract::PostalAddress> found = extract::find_addresses(listing.address_text);
  if (found.empty()) return;
  if (found.front().country.empty()) found.front().country = region;
  listing.address = std::move(found.front());
}

void set_address(Listing& listing, extract::PostalAddress address) {
  if (address.street.empty() && address.postal_code.empty() && address.locality.empty()) return;
  if (listing.address_text.empty()) listing.address_text = address.text();
  listing.address = std::move(address);
}

std::string date_text(long long year, long long month, long long day) {
  if (year <= 0 || year > 9999 || month <= 0 || month > 12 || day <= 0 || day > 31) return {};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", static_cast<int>(year),
                static_cast<int>(month), static_cast<int>(day));
  return text;
}

}  // namespace joignable::listings
