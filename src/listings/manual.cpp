// A manual listing: what the target itself says a directory shows (a consultant's notes, a
// listing no API reaches). phone may hold several numbers separated by ";" or ","; address is one
// line of free text; hours use the OSM syntax ("Mo-Fr 09:00-18:00"), or prose as a fallback.
#include "listings/kind_readers.h"
#include "listings/listing_values.h"

namespace joignable::listings {

void read_manual(const target::ListingSpec& spec, const std::string& region,
                 Listing& listing) {
  std::size_t start = 0;
  while (start <= spec.phone.size()) {
    const std::size_t end = std::min(spec.phone.find_first_of(";,", start), spec.phone.size());
    add_phone(listing, std::string_view(spec.phone).substr(start, end - start), region);
    start = end + 1;
  }
  read_address_text(listing, spec.address, region);
  read_hours_text(listing, spec.hours);
}

}  // namespace joignable::listings
