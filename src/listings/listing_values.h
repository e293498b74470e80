// Helpers the listing readers share to fill a Listing the same way whatever the source:
// phones normalised to E.164, hours spans that cross midnight, hours given as text. Pure
// functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "listings/listing.h"

namespace joignable::listings {

// Adds the number written `display` (spaces collapsed) to listing.phones, read as a number of
// `region` when it has no country code, unless the listing already has it (same E.164, or same
// text for a number that does not parse). A blank value is ignored.
void add_phone(Listing& listing, std::string_view display, const std::string& region);

// Adds an opening from minute `open` to minute `close` of day `day` (0 = Monday); `close` may run
// into the following days (a listing's period closing on another day). Kept as one interval when
// it lasts a day at most (18:00-26:00), else cut at each midnight; at most a week.
void add_span(extract::OpeningHours& hours, int day, int open, int close);

// Hours written as text: the OSM syntax first ("Mo-Fr 09:00-18:00"), then prose in English or
// French ("Monday: 9:00 AM – 5:00 PM"). When neither gives hours, `text` goes to hours_text; so
// does an OSM value the OSM reader refuses, which prose reading would only half-read.
void read_hours_text(Listing& listing, std::string_view text);

// An address given as one line of text: kept in address_text, and read into `address` when the
// French address parser (extract/addresses.h) finds a street and a postal code in it; the
// country is then `region`.
void read_address_text(Listing& listing, std::string_view text, const std::string& region);

// The PostalAddress of `address`, set when it has a street, a postal code or a locality; its
// text() goes to address_text when the listing gives no text of its own.
void set_address(Listing& listing, extract::PostalAddress address);

// "2024-12-25"; "" when a part is missing or out of range.
std::string date_text(long long year, long long month, long long day);

}  // namespace joignable::listings
