// The store keeps enums in their contract spelling (each enum's to_string); these read them back.
// A spelling this joignable does not know (a file written by another version, or edited by hand)
// is an Error{database}, not a guess. Internal to store/. Thread-safe.
#pragma once

#include <string_view>

#include "crawl/page.h"
#include "extract/contact_points.h"
#include "rules/outcome.h"
#include "util/result.h"

namespace joignable::store {

[[nodiscard]] Result<crawl::NetError> parse_net_error(std::string_view text);
[[nodiscard]] Result<crawl::LinkKind> parse_link_kind(std::string_view text);
[[nodiscard]] Result<extract::HelpMechanism> parse_help_mechanism(std::string_view text);
[[nodiscard]] Result<extract::PhoneType> parse_phone_type(std::string_view text);
[[nodiscard]] Result<extract::FormKind> parse_form_kind(std::string_view text);
[[nodiscard]] Result<extract::HoursOrigin> parse_hours_origin(std::string_view text);
[[nodiscard]] Result<rules::Severity> parse_severity(std::string_view text);

}  // namespace joignable::store
