// The one JSON encoding of extraction's output, which the store and the reports share.
// encode_analysis/decode_analysis: a page's extraction (PageAnalysis, without its links, which
// the store keeps as rows) as the document the store keeps per page, so that a resumed audit
// rebuilds its model without fetching the page again; one document rather than a table per kind
// of contact point, so that extraction can grow without a migration. The put_* functions write
// the values report.json spells the same way (a phone number, a form's own facts), into either
// kind of object (nlohmann::json, whose keys are sorted, or ordered_json, which keeps them in the
// order added). Pure functions; thread-safe: the audit encodes each page on the parse worker that
// extracted it, off the crawl thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "extract/contact_points.h"
#include "util/result.h"

namespace joignable::extract {

std::string encode_analysis(const PageAnalysis& analysis);
// Fails (Error::Code::database) on a document that is not JSON or holds a spelling this
// joignable does not know.
[[nodiscard]] Result<PageAnalysis> decode_analysis(std::string_view document);

// The contract spellings read back (each the inverse of its to_string), for what the store kept.
// An unknown spelling is an Error{database}: "unknown phone type 'x'".
[[nodiscard]] Result<HelpMechanism> parse_help_mechanism(std::string_view text);
[[nodiscard]] Result<PhoneType> parse_phone_type(std::string_view text);
[[nodiscard]] Result<FormKind> parse_form_kind(std::string_view text);
[[nodiscard]] Result<HoursOrigin> parse_hours_origin(std::string_view text);
[[nodiscard]] Result<ThirdPartyRole> parse_third_party_role(std::string_view text);

// Adds "e164", "display" and "type" (in its contract spelling) to the object `out`.
template <class Json>
void put_phone_number(Json& out, const std::string& e164, const std::string& display,
                      PhoneType type);

// Adds the form's "kind", "action", "method", "fields", "has_textarea", "has_free_text",
// "unlabelled_fields" and "captcha" to the object `out`.
template <class Json>
void put_form(Json& out, const FormInfo& form);

// true, false, or null when unknown.
template <class Json>
Json optional_json(const std::optional<bool>& value);

}  // namespace joignable::extract
