#include "store/analysis_codec.h"

#include <nlohmann/json.hpp>

#include "store/spelling.h"

namespace joignable::store {
namespace {

using nlohmann::json;

json optional_json(const std::optional<bool>& value) {
  return value ? json(*value) : json(nullptr);
}

std::optional<bool> optional_bool(const json& value) {
  return value.is_null() ? std::nullopt : std::optional<bool>(value.get<bool>());
}

json encode_intervals(const extract::DayIntervals& intervals) {
  json out = json::array();
  for (const auto& interval : intervals) out.push_back({interval.open, interval.close});
  return out;
}

extract::DayIntervals decode_intervals(const json& in) {
  extract::DayIntervals intervals;
  for (const json& pair : in) intervals.push_back({pair.at(0).get<int>(), pair.at(1).get<int>()});
  return intervals;
}

// The whole model, not its spec: exceptions and comments must come back as they were.
json encode_hours(const extract::OpeningHours& hours) {
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

extract::OpeningHours decode_hours(const json& in) {
  extract::OpeningHours hours;
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

json encode_contacts(const extract::PageContacts& contacts) {
  json phones = json::array();
  for (const auto& phone : contacts.phones) {
    phones.push_back({{"e164", phone.e164},
                      {"display", phone.display},
                      {"type", extract::to_string(phone.type)},
                      {"tel_link", phone.tel_link},
                      {"fax", phone.fax},
                      {"structured_data", phone.structured_data},
                      {"visible", phone.visible}});
  }
  json invalid = json::array();
  for (const auto& phone : contacts.invalid_phones) {
    invalid.push_back({{"raw", phone.raw}, {"from_tel_link", phone.from_tel_link}});
  }
  json forms = json::array();
  for (const auto& form : contacts.forms) {
    forms.push_back({{"kind", extract::to_string(form.kind)},
                     {"action", form.action},
                     {"method", form.method},
                     {"fields", form.fields},
                     {"has_textarea", form.has_textarea},
                     {"has_free_text", form.has_free_text},
                     {"unlabelled_fields", form.unlabelled_fields},
                     {"captcha", form.captcha},
                     {"captcha_kind", form.captcha_kind},
                     {"enctype", form.enctype},
                     {"required_fields", form.required_fields},
                     {"autocomplete_name", optional_json(form.autocomplete_name)},
                     {"autocomplete_email", optional_json(form.autocomplete_email)},
                     {"autocomplete_tel", optional_json(form.autocomplete_tel)}});
  }
  json addresses = json::array();
  for (const auto& address : contacts.addresses) {
    addresses.push_back({address.street, address.postal_code, address.locality, address.country});
  }
  json social = json::array();
  for (const auto& link : contacts.social_links) social.push_back({link.network, link.url});
  json help = json::array();
  for (const auto mechanism : contacts.help) help.push_back(extract::to_string(mechanism));
  json hours = json::array();
  for (const auto& mention : contacts.hours) {
    hours.push_back({{"origin", extract::to_string(mention.origin)},
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
          {"help", help}};
}

Result<extract::PageContacts> decode_contacts(const json& in) {
  extract::PageContacts contacts;
  for (const json& phone : in.at("phones")) {
    auto type = parse_phone_type(phone.at("type").get<std::string>());
    if (!type) return tl::unexpected(type.error());
    extract::PhoneMention mention;
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
    extract::FormInfo info;
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
  return contacts;
}

}  // namespace

std::string encode_analysis(const extract::PageAnalysis& analysis) {
  const json document = {{"title", analysis.title},
                         {"contacts", encode_contacts(analysis.contacts)},
                         {"anchors", analysis.anchors}};
  // Crawled text may hold invalid UTF-8: replaced, never thrown.
  return document.dump(-1, ' ', false, json::error_handler_t::replace);
}

Result<extract::PageAnalysis> decode_analysis(std::string_view document) {
  try {
    const json in = json::parse(document);
    extract::PageAnalysis analysis;
    analysis.title = in.at("title").get<std::string>();
    auto contacts = decode_contacts(in.at("contacts"));
    if (!contacts) return tl::unexpected(contacts.error());
    analysis.contacts = std::move(*contacts);
    analysis.anchors = in.at("anchors").get<std::vector<std::string>>();
    return analysis;
  } catch (const json::exception& error) {
    return make_error(Error::Code::database,
                      std::string("unreadable page analysis: ") + error.what());
  }
}

}  // namespace joignable::store
