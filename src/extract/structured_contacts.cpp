#include "extract/structured_contacts.h"

#include "extract/addresses.h"
#include "extract/text_fold.h"

namespace joignable::extract {
namespace {

struct CountryName {
  std::string_view name;  // folded
  std::string_view code;
};

constexpr CountryName kCountries[] = {
    {"france", "FR"},         {"fra", "FR"},         {"belgique", "BE"},
    {"belgie", "BE"},         {"belgium", "BE"},     {"suisse", "CH"},
    {"schweiz", "CH"},        {"svizzera", "CH"},    {"switzerland", "CH"},
    {"luxembourg", "LU"},     {"deutschland", "DE"}, {"germany", "DE"},
    {"allemagne", "DE"},      {"united kingdom", "GB"}, {"uk", "GB"},
    {"royaume-uni", "GB"},    {"united states", "US"}, {"usa", "US"},
    {"etats-unis", "US"},     {"canada", "CA"},      {"espana", "ES"},
    {"spain", "ES"},          {"espagne", "ES"},     {"italia", "IT"},
    {"italy", "IT"},          {"italie", "IT"},
};

// The first text of `property` on `item`; for a value that is an item (a Country), its name.
std::string first_text(const StructuredData& data, const StructuredItem& item,
                       std::string_view property) {
  for (const StructuredValue& value : item.values(property)) {
    if (value.item && *value.item < data.items.size()) {
      const auto& names = data.items[*value.item].values("name");
      if (!names.empty() && !names.front().text.empty()) return collapse_spaces(names.front().text);
      continue;
    }
    std::string text = collapse_spaces(value.text);
    if (!text.empty()) return text;
  }
  return {};
}

void add_unique(std::vector<PostalAddress>& addresses, PostalAddress address) {
  for (const PostalAddress& known : addresses) {
    if (same_address(known, address)) return;
  }
  addresses.push_back(std::move(address));
}

}  // namespace

std::string country_code(std::string_view country, const std::string& fallback) {
  const std::string folded = fold(collapse_spaces(country));
  if (folded.empty()) return fallback;
  for (const CountryName& known : kCountries) {
    if (folded == known.name) return std::string(known.code);
  }
  if (folded.size() == 2 && folded[0] >= 'a' && folded[0] <= 'z' && folded[1] >= 'a' &&
      folded[1] <= 'z') {
    return {static_cast<char>(folded[0] - 'a' + 'A'), static_cast<char>(folded[1] - 'a' + 'A')};
  }
  return collapse_spaces(country);
}

StructuredContacts contacts_from_structured_data(const StructuredData& data,
                                                 const std::string& region) {
  StructuredContacts contacts;
  for (const StructuredItem& item : data.items) {
    for (const StructuredValue& value : item.values("telephone")) {
      if (!value.item && !collapse_spaces(value.text).empty()) {
        contacts.phones.push_back({value.text, false});
      }
    }
    for (const StructuredValue& value : item.values("faxNumber")) {
      if (!value.item && !collapse_spaces(value.text).empty()) {
        contacts.phones.push_back({value.text, true});
      }
    }
    if (item.has_type("PostalAddress")) {
      PostalAddress address{first_text(data, item, "streetAddress"),
                            first_text(data, item, "postalCode"),
                            first_text(data, item, "addressLocality"),
                            country_code(first_text(data, item, "addressCountry"), region)};
      if (!address.street.empty() || !address.postal_code.empty()) {
        add_unique(contacts.addresses, std::move(address));
      }
    }
    // "address": "12 rue de la République, 69002 Lyon" (a text, not a PostalAddress).
    for (const StructuredValue& value : item.values("address")) {
      if (value.item) continue;
      for (PostalAddress& address : find_addresses(value.text)) {
        add_unique(contacts.addresses, std::move(address));
      }
    }
  }
  return contacts;
}

}  // namespace joignable::extract
