// Address comparison for the listings rules: whether a listing's postal address is the site's.
// Two writings of one address differ in case, accents, punctuation and abbreviations ("42 bd
// Gambetta" / "42, Boulevard Gambetta"), so each street is first reduced to a StreetKey: its
// house number and its name folded. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/contact_points.h"

namespace joignable::model {

// A street line reduced to what identifies it.
struct StreetKey {
  // "42", "12bis", "42-44"; "" when the line starts with no number.
  std::string number;
  // Lower case, no accents, punctuation as spaces, the usual abbreviations spelled out (bd ->
  // boulevard, av -> avenue, r -> rue, pl -> place, st -> saint, or street as the last word...),
  // French articles dropped ("de la", "des", "l'"): "rue republique".
  std::string name;
  friend bool operator==(const StreetKey&, const StreetKey&) = default;
};

StreetKey street_key(std::string_view street);

// The parts of an address the rules compare, spelled as in findings' evidence.
enum class AddressPart { postal_code, house_number, street };
std::string_view to_string(AddressPart part);  // "postal_code", "house_number", "street"

// The parts on which `a` and `b` differ, in the order of AddressPart. A part that one of them
// does not give (no postal code, a street without a number) is not compared: the empty result
// means "nothing contradicts".
std::vector<AddressPart> address_differences(const extract::PostalAddress& a,
                                             const extract::PostalAddress& b);

}  // namespace joignable::model
