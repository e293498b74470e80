// An OpenStreetMap element as JSON, from Overpass or from the OSM API (both answer
// {"elements": [...]}, each element with its "tags"): name, phone, contact:phone, mobile and
// contact:mobile (several numbers separated by ";"), addr:*, opening_hours in the OSM syntax,
// website, contact:website or url.
#include <set>

#include "listings/kind_readers.h"
#include "listings/listing_json.h"
#include "listings/listing_values.h"

namespace joignable::listings {
namespace {

// Countries whose addresses write the house number after the street name ("Hauptstraße 12").
const std::set<std::string> kNumberAfterStreet = {"DE", "AT", "CH", "NL", "BE", "IT", "ES", "PT",
                                                  "PL", "CZ", "DK", "SE", "NO", "FI"};

bool has_tags(const Json& element) {
  const Json* tags = member(element, "tags");
  return tags != nullptr && tags->is_object() && !tags->empty();
}

// The element the listing is about: the first with a name, else the first with tags (the nodes
// of a way, given with it, have none).
const Json* pick_element(const Json& json) {
  const Json* elements = array_at(json, "elements");
  if (elements == nullptr) return has_tags(json) ? &json : nullptr;
  const Json* tagged = nullptr;
  for (const Json& element : *elements) {
    if (!has_tags(element)) continue;
    if (!string_at(*member(element, "tags"), "name").empty()) return &element;
    if (tagged == nullptr) tagged = &element;
  }
  return tagged;
}

void read_phones(const Json& tags, const std::string& region, Listing& listing) {
  for (const char* key : {"phone", "contact:phone", "mobile", "contact:mobile"}) {
    const std::string value = string_at(tags, key);
    std::size_t start = 0;
    while (start <= value.size()) {
      const std::size_t end = std::min(value.find(';', start), value.size());
      add_phone(listing, std::string_view(value).substr(start, end - start), region);
      start = end + 1;
    }
  }
}

void read_address(const Json& tags, const std::string& region, Listing& listing) {
  extract::PostalAddress address;
  address.country = string_at(tags, "addr:country");
  if (address.country.empty()) address.country = region;
  const std::string number = string_at(tags, "addr:housenumber");
  const std::string street = string_at(tags, "addr:street");
  if (number.empty() || street.empty()) {
    address.street = street;
  } else if (kNumberAfterStreet.count(address.country) != 0) {
    address.street = street + " " + number;
  } else {
    address.street = number + " " + street;
  }
  address.postal_code = string_at(tags, "addr:postcode");
  address.locality = string_at(tags, "addr:city");
  set_address(listing, std::move(address));
  if (!listing.address) read_address_text(listing, string_at(tags, "addr:full"), region);
}

}  // namespace

Result<void> read_osm(std::string_view text, const std::string& region, Listing& listing) {
  auto json = parse_json(text);
  if (!json) return tl::unexpected(json.error());
  const Json* element = pick_element(*json);
  if (element == nullptr) {
    return make_error(Error::Code::input, "not an OpenStreetMap element: no element with tags");
  }
  const Json& tags = *member(*element, "tags");
  listing.title = string_at(tags, "name");
  read_phones(tags, region, listing);
  read_address(tags, region, listing);
  read_hours_text(listing, string_at(tags, "opening_hours"));
  for (const char* key : {"website", "contact:website", "url"}) {
    if (listing.website.empty()) listing.website = string_at(tags, key);
  }
  return {};
}

}  // namespace joignable::listings
