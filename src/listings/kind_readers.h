// One reader per listing kind: each reads a listing's text (or, for a manual listing, the values
// the target writes) into the normalised fields of a Listing, and fails with a one-line
// message when the text is not of its kind. read_listings.cpp picks the reader. `region` is the
// target's, for phone numbers written without a country code. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "listings/listing.h"
#include "target/target.h"
#include "util/result.h"

namespace joignable::listings {

// A Google Places API (New) Place object (or a searchText answer: its first place).
[[nodiscard]] Result<void> read_google_places(std::string_view text, const std::string& region,
                                              Listing& listing);

// A Google Business Profile API Location (or a locations.list answer: its first location).
[[nodiscard]] Result<void> read_google_business_profile(std::string_view text,
                                                        const std::string& region,
                                                        Listing& listing);

// An OpenStreetMap element as JSON: Overpass output or the OSM API's JSON ({"elements": [...]},
// the first element with a name, else with tags), or one element alone.
[[nodiscard]] Result<void> read_osm(std::string_view text, const std::string& region,
                                    Listing& listing);

// An HTML page with a schema.org LocalBusiness or Organization in JSON-LD or microdata (or a
// JSON-LD document alone).
[[nodiscard]] Result<void> read_schema_org_page(std::string_view text, const std::string& region,
                                                Listing& listing);

// The phone, address and hours written in the target itself; never fails.
void read_manual(const target::ListingSpec& spec, const std::string& region,
                 Listing& listing);

}  // namespace joignable::listings
