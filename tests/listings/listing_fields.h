// A listings::Listing's normalised fields written out as short strings, so that table-driven tests
// compare every field exactly and show the difference readably when they fail.
#pragma once

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "listings/listing.h"

namespace joignable::testing {

struct ListingFields {
  std::string title;
  std::vector<std::string> phones;  // "+33478421020 | 04 78 42 10 20 | fixed_line" each
  std::string address;              // "street | postal code | locality | country", "" for none
  std::string address_text;
  std::string spec;        // extract::to_spec(hours)
  std::string exceptions;  // "2026-12-24 09:00-13:00; 2026-12-25 closed"
  std::string hours_text;
  std::string business_status;
  std::string website;
  friend bool operator==(const ListingFields&, const ListingFields&) = default;
};

ListingFields fields_of(const listings::Listing& listing);

}  // namespace joignable::testing

namespace Catch {
template <>
struct StringMaker<joignable::testing::ListingFields> {
  static std::string convert(const joignable::testing::ListingFields& fields);
};
}  // namespace Catch
