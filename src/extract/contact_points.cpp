#include "extract/contact_points.h"

namespace joignable::extract {

std::string_view to_string(PhoneType type) {
  switch (type) {
    case PhoneType::fixed_line: return "fixed_line";
    case PhoneType::mobile: return "mobile";
    case PhoneType::fixed_line_or_mobile: return "fixed_line_or_mobile";
    case PhoneType::toll_free: return "toll_free";
    case PhoneType::premium_rate: return "premium_rate";
    case PhoneType::shared_cost: return "shared_cost";
    case PhoneType::voip: return "voip";
    case PhoneType::personal: return "personal";
    case PhoneType::pager: return "pager";
    case PhoneType::uan: return "uan";
    case PhoneType::voicemail: return "voicemail";
    case PhoneType::unknown: return "unknown";
  }
  return "unknown";
}

bool is_surcharged(PhoneType type) {
  return type == PhoneType::premium_rate || type == PhoneType::shared_cost;
}

std::string PostalAddress::text() const {
  std::string line = street;
  if (!line.empty() && (!postal_code.empty() || !locality.empty())) line += ", ";
  line += postal_code;
  if (!postal_code.empty() && !locality.empty()) line += " ";
  return line + locality;
}

std::string_view to_string(HelpMechanism mechanism) {
  switch (mechanism) {
    case HelpMechanism::phone: return "phone";
    case HelpMechanism::email: return "email";
    case HelpMechanism::contact_link: return "contact_link";
    case HelpMechanism::chat: return "chat";
  }
  return "phone";
}

std::string_view to_string(FormKind kind) {
  switch (kind) {
    case FormKind::contact: return "contact";
    case FormKind::search: return "search";
    case FormKind::newsletter: return "newsletter";
    case FormKind::login: return "login";
    case FormKind::other: return "other";
  }
  return "other";
}

std::string_view to_string(ThirdPartyRole role) {
  switch (role) {
    case ThirdPartyRole::host: return "host";
    case ThirdPartyRole::designer: return "designer";
    case ThirdPartyRole::publisher: return "publisher";
  }
  return "host";
}

}  // namespace joignable::extract
