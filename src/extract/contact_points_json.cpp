#include "extract/contact_points_json.h"

#include <array>

#include <nlohmann/json.hpp>

#include "util/spelling.h"

namespace joignable::extract {

template <class Json>
void put_phone_number(Json& out, const std::string& e164, const std::string& display,
                      PhoneType type) {
  out["e164"] = e164;
  out["display"] = display;
  out["type"] = std::string(to_string(type));
}

template <class Json>
void put_form(Json& out, const FormInfo& form) {
  out["kind"] = std::string(to_string(form.kind));
  out["action"] = form.action;
  out["method"] = form.method;
  out["fields"] = form.fields;
  out["has_textarea"] = form.has_textarea;
  out["has_free_text"] = form.has_free_text;
  out["unlabelled_fields"] = form.unlabelled_fields;
  out["captcha"] = form.captcha;
}

template <class Json>
Json optional_json(const std::optional<bool>& value) {
  return value ? Json(*value) : Json(nullptr);
}

// The two kinds of object the store (sorted keys) and report.json (keys in contract order) build.
template void put_phone_number(nlohmann::json&, const std::string&, const std::string&, PhoneType);
template void put_phone_number(nlohmann::ordered_json&, const std::string&, const std::string&,
                               PhoneType);
template void put_form(nlohmann::json&, const FormInfo&);
template void put_form(nlohmann::ordered_json&, const FormInfo&);
template nlohmann::json optional_json(const std::optional<bool>&);
template nlohmann::ordered_json optional_json(const std::optional<bool>&);

namespace {

using nlohmann::json;

// Every value of each enum, listed here because C++ cannot enumerate them; an enum that grows a
// value needs it added here too, or reading it back fails loudly.
constexpr std::array kPhoneTypes = {
    PhoneType::fixed_line,
    PhoneType::mobile,
    PhoneType::fixed_line_or_mobile,
    PhoneType::toll_free,
    PhoneType::premium_rate,
    PhoneType::shared_cost,
    PhoneType::voip,
    PhoneType::personal,
    PhoneType::pager,
    PhoneType::uan,
    PhoneType::voicemail,
    PhoneType::unknown,
};
constexpr std::array kFormKinds = {
    FormKind::contact, FormKind::search, FormKind::newsletter,
    FormKind::login,   FormKind::other,
};
constexpr std::array kHoursOrigins = {HoursOrigin::text,
                                      HoursOrigin::structured_data,
                                      HoursOrigin::listing};
constexpr std::array kThirdPartyRoles = {ThirdPartyRole::host, ThirdPartyRole::designer,
                                         ThirdPartyRole::publisher};
constexpr std::array kHelpMechanisms = {
    HelpMechanism::phone, HelpMechanism::email,
    HelpMechanism::contact_link, HelpMechanism::chat,
};

std::optional<bool> optional_bool(const json& value) {
  return value.is_null() ? std::nullopt : std::optional<bool>(value.get<bool>());
}

json encode_intervals(const DayIntervals& intervals) {
  json out = json::array();
  for (const auto& interval : intervals) out.push_back({interval.open, interval.close});
  return out;
}

DayIntervals decode_intervals(const json& in) {
  DayIntervals intervals;
  for (const json& pair : in) intervals.push_back({pair.at(0).get<int>(), pair.at(1).get<int>()});
  return intervals;
}

// The whole model, not its spec: exceptions and comments must come back as they were.
json encode_hours(const OpeningHours& hours) {
  json weekly = json::array();
  for (const auto& day : hours.weekly) weekly.push_back(encode_intervals(day));
  json exceptions = json::array();
  for (const auto& exception : hours.exceptions) {
    exceptions.push_back({{"when", exception.when},
                          {"intervals", encode_intervals(exception.intervals)}});
  }
  return {{"weekly", weekly},
          {"closed", hours.closed},
          {"exceptions", exceptions},
          {"comments", hours.comments}};
}

OpeningHours decode_hours(const json& in) {
  OpeningHours hours;
  for (std::size_t day = 0; day < hours.weekly.size(); ++day) {
    hours.weekly[day] = decode_intervals(in.at("weekly").at(day));
    hours.closed[day] = in.at("closed").at(day).get<bool>();
  }
  for (const json& exception : in.at("exceptions")) {
    hours.exceptions.push_back({exception.at("when").get<std::string>(),
                                decode_intervals(exception.at("intervals"))});
  }
  hours.comments = in.at("comments").get<std::vector<std::string>>();
  return hours;
}

json encode_contacts(const PageContacts& contacts) {
  json phones = json::array();
  for (const auto& phone : contacts.phones) {
    json entry = json::object();
    put_phone_number(entry, phone.e164, phone.display, phone.type);
    entry["tel_link"] = phone.tel_link;
    entry["fax"] = phone.fax;
    entry["structured_data"] = phone.structured_data;
    entry["visible"] = phone.visible;
    phones.push_back(std::move(entry));
  }
  json invalid = json::array();
  for (const auto& phone : contacts.invalid_phones) {
    invalid.push_back({{"raw", phone.raw}, {"from_tel_link", phone.from_tel_link}});
  }
  json forms = json::array();
  for (const auto& form : contacts.forms) {
    json entry = json::object();
    put_form(entry, form);
    entry["captcha_kind"] = form.captcha_kind;
    entry["enctype"] = form.enctype;
    entry["required_fields"] = form.required_fields;
    entry["autocomplete_name"] = optional_json<json>(form.autocomplete_name);
    entry["autocomplete_email"] = optional_json<json>(form.autocomplete_email);
    entry["autocomplete_tel"] = optional_json<json>(form.autocomplete_tel);
    forms.push_back(std::move(entry));
  }
  json addresses = json::array();
  for (const auto& address : contacts.addresses) {
    addresses.push_back({address.street, address.postal_code, address.locality, address.country});
  }
  json social = json::array();
  for (const auto& link : contacts.social_links) social.push_back({link.network, link.url});
  json help = json::array();
  for (const auto mechanism : contacts.help) help.push_back(to_string(mechanism));
  json third_parties = json::array();
  for (const auto& contact : contacts.third_parties) {
    third_parties.push_back({to_string(contact.role), contact.kind, contact.value, contact.display});
  }
  json hours = json::array();
  for (const auto& mention : contacts.hours) {
    hours.push_back({{"origin", to_string(mention.origin)},
                     {"hours", encode_hours(mention.hours)},
                     {"evidence", mention.evidence}});
  }
  return {{"phones", phones},
          {"invalid_phones", invalid},
          {"emails", contacts.emails},
          {"forms", forms},
          {"hours", hours},
          {"unparsed_hours", contacts.unparsed_hours},
          {"addresses", addresses},
          {"chat_widgets", contacts.chat_widgets},
          {"social_links", social},
          {"callback_offer", contacts.callback_offer},
          {"contact_links", contacts.contact_links},
          {"help", help},
          {"third_parties", third_parties}};
}

Result<PageContacts> decode_contacts(const json& in) {
  PageContacts contacts;
  for (const json& phone : in.at("phones")) {
    auto type = parse_phone_type(phone.at("type").get<std::string>());
    if (!type) return tl::unexpected(type.error());
    PhoneMention mention;
    mention.e164 = phone.at("e164").get<std::string>();
    mention.display = phone.at("display").get<std::string>();
    mention.type = *type;
    mention.tel_link = phone.at("tel_link").get<bool>();
    mention.fax = phone.at("fax").get<bool>();
    mention.structured_data = phone.at("structured_data").get<bool>();
    mention.visible = phone.at("visible").get<bool>();
    contacts.phones.push_back(std::move(mention));
  }
  for (const json& phone : in.at("invalid_phones")) {
    contacts.invalid_phones.push_back(
        {phone.at("raw").get<std::string>(), phone.at("from_tel_link").get<bool>()});
  }
  contacts.emails = in.at("emails").get<std::vector<std::string>>();
  for (const json& form : in.at("forms")) {
    auto kind = parse_form_kind(form.at("kind").get<std::string>());
    if (!kind) return tl::unexpected(kind.error());
    FormInfo info;
    info.kind = *kind;
    info.action = form.at("action").get<std::string>();
    info.method = form.at("method").get<std::string>();
    info.fields = form.at("fields").get<int>();
    info.has_textarea = form.at("has_textarea").get<bool>();
    info.has_free_text = form.at("has_free_text").get<bool>();
    info.unlabelled_fields = form.at("unlabelled_fields").get<int>();
    info.captcha = form.at("captcha").get<bool>();
    info.captcha_kind = form.at("captcha_kind").get<std::string>();
    info.enctype = form.at("enctype").get<std::string>();
    info.required_fields = form.at("required_fields").get<int>();
    info.autocomplete_name = optional_bool(form.at("autocomplete_name"));
    info.autocomplete_email = optional_bool(form.at("autocomplete_email"));
    info.autocomplete_tel = optional_bool(form.at("autocomplete_tel"));
    contacts.forms.push_back(std::move(info));
  }
  for (const json& mention : in.at("hours")) {
    auto origin = parse_hours_origin(mention.at("origin").get<std::string>());
    if (!origin) return tl::unexpected(origin.error());
    contacts.hours.push_back({*origin, decode_hours(mention.at("hours")),
                              mention.at("evidence").get<std::string>()});
  }
  contacts.unparsed_hours = in.at("unparsed_hours").get<std::vector<std::string>>();
  for (const json& address : in.at("addresses")) {
    contacts.addresses.push_back({address.at(0).get<std::string>(), address.at(1).get<std::string>(),
                                  address.at(2).get<std::string>(),
                                  address.at(3).get<std::string>()});
  }
  contacts.chat_widgets = in.at("chat_widgets").get<std::vector<std::string>>();
  for (const json& link : in.at("social_links")) {
    contacts.social_links.push_back({link.at(0).get<std::string>(), link.at(1).get<std::string>()});
  }
  contacts.callback_offer = in.at("callback_offer").get<bool>();
  contacts.contact_links = in.at("contact_links").get<std::vector<std::string>>();
  for (const json& name : in.at("help")) {
    auto mechanism = parse_help_mechanism(name.get<std::string>());
    if (!mechanism) return tl::unexpected(mechanism.error());
    contacts.help.push_back(*mechanism);
  }
  // Absent from what a joignable before third parties stored: none then.
  for (const json& contact : in.value("third_parties", json::array())) {
    auto role = parse_third_party_role(contact.at(0).get<std::string>());
    if (!role) return tl::unexpected(role.error());
    contacts.third_parties.push_back({*role, contact.at(1).get<std::string>(),
                                      contact.at(2).get<std::string>(),
                                      contact.at(3).get<std::string>()});
  }
  return contacts;
}

}  // namespace

Result<HelpMechanism> parse_help_mechanism(std::string_view text) {
  return util::parse_spelling(text, kHelpMechanisms, "help mechanism");
}
Result<PhoneType> parse_phone_type(std::string_view text) {
  return util::parse_spelling(text, kPhoneTypes, "phone type");
}
Result<FormKind> parse_form_kind(std::string_view text) {
  return util::parse_spelling(text, kFormKinds, "form kind");
}
Result<ThirdPartyRole> parse_third_party_role(std::string_view text) {
  return util::parse_spelling(text, kThirdPartyRoles, "third party role");
}
Result<HoursOrigin> parse_hours_origin(std::string_view text) {
  return util::parse_spelling(text, kHoursOrigins, "hours origin");
}

std::string encode_analysis(const PageAnalysis& analysis) {
  const json document = {{"title", analysis.title},
                         {"contacts", encode_contacts(analysis.contacts)},
                         {"anchors", analysis.anchors},
                         {"app_shell", analysis.app_shell},
                         {"rendered", analysis.rendered},
                         {"render_problem", analysis.render_problem}};
  // Crawled text may hold invalid UTF-8: replaced, never thrown.
  return document.dump(-1, ' ', false, json::error_handler_t::replace);
}

Result<PageAnalysis> decode_analysis(std::string_view document) {
  try {
    const json in = json::parse(document);
    PageAnalysis analysis;
    analysis.title = in.at("title").get<std::string>();
    auto contacts = decode_contacts(in.at("contacts"));
    if (!contacts) return tl::unexpected(contacts.error());
    analysis.contacts = std::move(*contacts);
    analysis.anchors = in.at("anchors").get<std::vector<std::string>>();
    // Analyses stored before rendering existed have none of these.
    analysis.app_shell = in.value("app_shell", false);
    analysis.rendered = in.value("rendered", false);
    analysis.render_problem = in.value("render_problem", std::string());
    return analysis;
  } catch (const json::exception& error) {
    return make_error(Error::Code::database,
                      std::string("unreadable page analysis: ") + error.what());
  }
}

}  // namespace joignable::extract
