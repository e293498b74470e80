// Phones and postal addresses a page gives in its schema.org structured data (JSON-LD or
// microdata, read by structured_data.h): telephone and faxNumber of any item, PostalAddress
// items, and an `address` given as plain text. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/contact_points.h"
#include "extract/structured_data.h"

namespace joignable::extract {

struct StructuredContacts {
  std::vector<StructuredPhone> phones;     // in item order, telephone before faxNumber
  std::vector<PostalAddress> addresses;    // once each (same_address), in item order
};

// `region` is the country of an address that names none.
StructuredContacts contacts_from_structured_data(const StructuredData& data,
                                                 const std::string& region);

// An addressCountry as an ISO 3166 code: "FR", "fr", "France", "FRA" -> "FR"; the usual names
// of BE, CH, LU, DE, GB, US, CA, ES, IT in their languages and English; `fallback` when empty;
// other text as written.
std::string country_code(std::string_view country, const std::string& fallback);

}  // namespace joignable::extract
