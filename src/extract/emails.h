// E-mail addresses of one page: mailto: links, addresses written in the visible text, the
// common obfuscations ("contact [at] acme [dot] fr", "contact (arobase) acme.fr"; entities such
// as &#64; are decoded by the parser already), and Cloudflare's protected addresses (the
// data-cfemail attribute and /cdn-cgi/l/email-protection#... links, a hex string whose first
// byte is the XOR key of the others). Text is scanned by hand around each '@' (no regular
// expression: pages can be megabytes). Addresses built by other scripts are not recognised.
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/html_document.h"
#include "extract/links.h"

namespace joignable::extract {

// Addresses in lower case, one each: mailto: links first (the query "?subject=..." dropped,
// several recipients split on ','), then `protected_addresses` (see cloudflare_emails), then
// addresses in `visible_text`, obfuscated or not, each in document order. An address needs a
// local part of letters, digits and ._%+- and a domain of at least two labels ending in
// letters; "logo@2x.png"-like image names are not addresses.
std::vector<std::string> find_emails(std::string_view visible_text,
                                     const std::vector<ContactLink>& mailto_links,
                                     const std::vector<std::string>& protected_addresses = {});

// The addresses Cloudflare's e-mail protection hides in the page, decoded, outside hidden
// elements, in document order; undecodable values are skipped.
std::vector<std::string> cloudflare_emails(const HtmlDocument& document);

// A Cloudflare data-cfemail value decoded ("543127..." -> "contact@acme.fr"); "" when it is
// not an even-length hex string of at least two bytes.
std::string decode_cfemail(std::string_view hex);

// `text` with bracketed obfuscations turned back into '@' and '.': [at] (at) {at} <at> [@] (@)
// [arobase] (arobase), and [dot] (dot) {dot} <dot> [point] (point) [.] (.), any case, with the spaces
// around them. Plain words ("contact at acme dot fr") are left alone: too many sentences read so.
std::string undo_obfuscation(std::string_view text);

}  // namespace joignable::extract
