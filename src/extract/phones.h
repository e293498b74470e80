// Phone numbers of one page, from its visible text and its tel: links. This is the only door to
// libphonenumber. Text is searched with PhoneNumberMatcher at leniency VALID, which keeps
// SIRET/SIREN, VAT numbers, prices, slashed dates and postcodes out. Context decides the rest:
// a number grouped as its region writes them (STRICT_GROUPING) is a phone; one grouped
// otherwise needs a phone or fax label (phone_context.h) or no dot between its groups, and
// never has the shape of a dotted date or of office hours ("05.10.2021", "08.30 - 12.00"), so
// German dates and times stay out. Unicode dashes inside a number
// are separators. A number whose label names an identifier (an order or product number, an
// Italian VAT number, a register entry) is dropped.
// A tel: link is parsed and must be a valid number. Each distinct line is matched once per
// process (phone_line_cache.h). Thread-safe: PhoneNumberUtil is a thread-safe singleton, a
// matcher lives for one call and the line cache locks.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/contact_points.h"
#include "extract/links.h"

namespace joignable::extract {

struct PhoneFindings {
  std::vector<PhoneMention> phones;  // one per E.164 number: text order, then tel:-only numbers
  std::vector<InvalidPhone> invalid;  // invalid tel: links ("tel:0142"), one per raw value
};

// Numbers in `visible_text` (as visible_text() makes it: one block per line; a line with no two
// digits in a row, or fewer than five digits, is not searched) and in `tel_links`, read as numbers of `region` ("FR") when
// written without a country code.
//
// A mention's display is its first text occurrence, else the tel: link's text when that text
// is the same number, else the link's value. tel_link is true when a tel: link has the number.
// fax is true when every text occurrence is labelled as a fax and no tel: link has it. The label
// is the text just before the number on its line (at most 48 bytes, after the previous number),
// or the end of the previous line when the number starts its line and that line holds no number
// ("<dt>Fax</dt><dd>01...</dd>"); it marks a fax when it says "fax" or "télécopie"/"télécopieur"
// and no phone word (tél, phone, portable, mobile, standard, appel), so "Tél/Fax" stays a phone,
// and drops the number when it names an identifier ("Commande n°", "Réf.", "P.IVA").
//
// `structured` (schema.org telephone and faxNumber) marks the numbers it gives; one the page
// does not show is added last with visible false (fax when it is a faxNumber). Invalid
// structured values are ignored: no customer sees them.
PhoneFindings find_phones(std::string_view visible_text,
                          const std::vector<ContactLink>& tel_links, const std::string& region,
                          const std::vector<StructuredPhone>& structured = {});

// One number written on its own (a listing's phone field), read as a number of `region` when it
// has no country code.
struct ParsedPhone {
  bool valid = false;  // parsed and a valid number; when false, the rest is empty / unknown
  std::string e164;    // "+33142685300"
  PhoneType type = PhoneType::unknown;
};
ParsedPhone parse_phone(std::string_view text, const std::string& region);

}  // namespace joignable::extract
