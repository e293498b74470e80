#include "store/spelling.h"

#include <array>

#include "rules/catalogue.h"
#include "util/spelling.h"

namespace joignable::store {
namespace {

// Every value of each enum, listed here because C++ cannot enumerate them; an enum that grows a
// value needs it added here too, or reading it back fails loudly.
constexpr std::array kNetErrors = {
    crawl::NetError::none,
    crawl::NetError::timeout,
    crawl::NetError::dns,
    crawl::NetError::connect,
    crawl::NetError::tls,
    crawl::NetError::reset,
    crawl::NetError::too_many_redirects,
    crawl::NetError::forbidden_scheme,
    crawl::NetError::other,
    crawl::NetError::refused_private,
};
constexpr std::array kLinkKinds = {
    crawl::LinkKind::anchor,      crawl::LinkKind::area,      crawl::LinkKind::iframe,
    crawl::LinkKind::form_action, crawl::LinkKind::canonical, crawl::LinkKind::alternate,
};
constexpr std::array kSeverities = {rules::Severity::error, rules::Severity::warning,
                                    rules::Severity::info};

}  // namespace

Result<crawl::NetError> parse_net_error(std::string_view text) {
  return util::parse_spelling(text, kNetErrors, "network error");
}
Result<crawl::LinkKind> parse_link_kind(std::string_view text) {
  return util::parse_spelling(text, kLinkKinds, "link kind");
}
Result<rules::Severity> parse_severity(std::string_view text) {
  return util::parse_spelling(text, kSeverities, "severity");
}

}  // namespace joignable::store
