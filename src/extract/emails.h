// E-mail addresses of one page: mailto: links and addresses written in the visible text. Text is
// scanned by hand around each '@' (no regular expression: pages can be megabytes). Obfuscated
// addresses ("contact [at] acme.fr", addresses built by scripts) are not recognised. Pure
// function; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/links.h"

namespace joignable::extract {

// Addresses in lower case, one each: mailto: links first (the query "?subject=..." dropped,
// several recipients split on ','), then addresses in `visible_text`, each in document order.
// An address needs a local part of letters, digits and ._%+- and a domain of at least two
// labels ending in letters; "logo@2x.png"-like image names are not addresses.
std::vector<std::string> find_emails(std::string_view visible_text,
                                     const std::vector<ContactLink>& mailto_links);

}  // namespace joignable::extract
