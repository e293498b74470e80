// French postal addresses written in a page's visible text: a street line (a number, then rue,
// avenue, boulevard, place, chemin, allée, impasse, quai, route, cours...) followed, on the same
// line or the next, by a "NNNNN Locality" line. Normalised to street, postal code, locality and
// country; "Cedex" and its number are dropped from the locality. A postcode with no street
// before it ("75008 Paris" in a list of agencies) is no address. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/contact_points.h"

namespace joignable::extract {

// The addresses of `visible_text` (as visible_text() makes it: one block per line), once each
// (same street and postal code), in text order.
std::vector<PostalAddress> find_addresses(std::string_view visible_text);

// Whether two addresses are the same place: same postal code and the same street once case,
// accents and spacing are ignored.
bool same_address(const PostalAddress& a, const PostalAddress& b);

}  // namespace joignable::extract
