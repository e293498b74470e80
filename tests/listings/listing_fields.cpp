#include "listings/listing_fields.h"

#include <catch2/catch.hpp>

namespace joignable::testing {

ListingFields fields_of(const listings::Listing& listing) {
  ListingFields fields;
  fields.title = listing.title;
  for (const listings::ListingPhone& phone : listing.phones) {
    fields.phones.push_back(phone.e164 + " | " + phone.display + " | " +
                            std::string(extract::to_string(phone.type)));
  }
  if (listing.address) {
    const extract::PostalAddress& address = *listing.address;
    fields.address = address.street + " | " + address.postal_code + " | " + address.locality +
                     " | " + address.country;
  }
  fields.address_text = listing.address_text;
  fields.spec = extract::to_spec(listing.hours);
  for (const extract::HoursException& exception : listing.hours.exceptions) {
    if (!fields.exceptions.empty()) fields.exceptions += "; ";
    fields.exceptions += exception.when + " " + extract::format_day(exception.intervals);
  }
  fields.hours_text = listing.hours_text;
  fields.business_status = listing.business_status;
  fields.website = listing.website;
  return fields;
}

}  // namespace joignable::testing

namespace Catch {

std::string StringMaker<joignable::testing::ListingFields>::convert(
    const joignable::testing::ListingFields& fields) {
  std::string text = "{\n  title: " + fields.title + "\n  phones:";
  for (const std::string& phone : fields.phones) text += " [" + phone + "]";
  text += "\n  address: " + fields.address + "\n  address_text: " + fields.address_text +
          "\n  spec: " + fields.spec + "\n  exceptions: " + fields.exceptions +
          "\n  hours_text: " + fields.hours_text + "\n  business_status: " +
          fields.business_status + "\n  website: " + fields.website + "\n}";
  return text;
}

}  // namespace Catch
