// The store keeps enums in their contract spelling (each enum's to_string); these read back the
// crawl's and the rules' (extract/contact_points_json.h reads back the contact points'). A
// spelling this joignable does not know is an Error{database}, not a guess. Internal to store/.
// Thread-safe.
#pragma once

#include <string_view>

#include "crawl/fetch_status.h"
#include "crawl/link.h"
#include "rules/outcome.h"
#include "util/result.h"

namespace joignable::store {

[[nodiscard]] Result<crawl::NetError> parse_net_error(std::string_view text);
[[nodiscard]] Result<crawl::LinkKind> parse_link_kind(std::string_view text);
[[nodiscard]] Result<rules::Severity> parse_severity(std::string_view text);

}  // namespace joignable::store
