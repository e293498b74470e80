#include "store/spelling.h"

#include <array>
#include <string>

#include "rules/catalogue.h"

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
constexpr std::array kPhoneTypes = {
    extract::PhoneType::fixed_line,
    extract::PhoneType::mobile,
    extract::PhoneType::fixed_line_or_mobile,
    extract::PhoneType::toll_free,
    extract::PhoneType::premium_rate,
    extract::PhoneType::shared_cost,
    extract::PhoneType::voip,
    extract::PhoneType::personal,
    extract::PhoneType::pager,
    extract::PhoneType::uan,
    extract::PhoneType::voicemail,
    extract::PhoneType::unknown,
};
constexpr std::array kFormKinds = {
    extract::FormKind::contact, extract::FormKind::search, extract::FormKind::newsletter,
    extract::FormKind::login,   extract::FormKind::other,
};
constexpr std::array kLinkKinds = {
    crawl::LinkKind::anchor,      crawl::LinkKind::area,      crawl::LinkKind::iframe,
    crawl::LinkKind::form_action, crawl::LinkKind::canonical, crawl::LinkKind::alternate,
};
constexpr std::array kHoursOrigins = {extract::HoursOrigin::text,
                                      extract::HoursOrigin::structured_data,
                                      extract::HoursOrigin::listing};
constexpr std::array kHelpMechanisms = {
    extract::HelpMechanism::phone, extract::HelpMechanism::email,
    extract::HelpMechanism::contact_link, extract::HelpMechanism::chat,
};
constexpr std::array kSeverities = {rules::Severity::error, rules::Severity::warning,
                                    rules::Severity::info};

template <class Enum, std::size_t N>
Result<Enum> parse(std::string_view text, const std::array<Enum, N>& values,
                   std::string_view what) {
  for (const Enum value : values) {
    if (to_string(value) == text) return value;
  }
  return make_error(Error::Code::database,
                    "unknown " + std::string(what) + " '" + std::string(text) + "'");
}

}  // namespace

Result<crawl::NetError> parse_net_error(std::string_view text) {
  return parse(text, kNetErrors, "network error");
}
Result<crawl::LinkKind> parse_link_kind(std::string_view text) {
  return parse(text, kLinkKinds, "link kind");
}
Result<extract::HelpMechanism> parse_help_mechanism(std::string_view text) {
  return parse(text, kHelpMechanisms, "help mechanism");
}
Result<extract::PhoneType> parse_phone_type(std::string_view text) {
  return parse(text, kPhoneTypes, "phone type");
}
Result<extract::FormKind> parse_form_kind(std::string_view text) {
  return parse(text, kFormKinds, "form kind");
}
Result<extract::HoursOrigin> parse_hours_origin(std::string_view text) {
  return parse(text, kHoursOrigins, "hours origin");
}
Result<rules::Severity> parse_severity(std::string_view text) {
  return parse(text, kSeverities, "severity");
}

}  // namespace joignable::store
