#include "extract/contact_points_json.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace joignable::extract {
namespace {

FormInfo contact_form() {
  FormInfo form;
  form.kind = FormKind::contact;
  form.action = "https://example.fr/envoyer";
  form.method = "post";
  form.fields = 4;
  form.has_textarea = true;
  form.has_free_text = true;
  form.unlabelled_fields = 1;
  form.captcha = true;
  form.captcha_kind = "recaptcha";
  form.enctype = "multipart/form-data";
  form.required_fields = 2;
  form.autocomplete_email = false;
  form.autocomplete_tel = true;
  return form;
}

PhoneMention premium_number() {
  PhoneMention phone;
  phone.e164 = "+33892680000";
  phone.display = "08 92 68 00 00";
  phone.type = PhoneType::premium_rate;
  phone.tel_link = true;
  phone.structured_data = true;
  return phone;
}

TEST_CASE("a page's contact points come back from their stored document as they were",
          "[extract]") {
  PageAnalysis analysis;
  analysis.title = "Contact";
  analysis.contacts.phones = {premium_number()};
  analysis.contacts.forms = {contact_form()};
  analysis.contacts.help = {HelpMechanism::phone, HelpMechanism::contact_link};

  auto decoded = decode_analysis(encode_analysis(analysis));
  REQUIRE(decoded);
  CHECK(decoded->title == "Contact");
  REQUIRE(decoded->contacts.phones.size() == 1);
  CHECK(decoded->contacts.phones[0].e164 == "+33892680000");
  CHECK(decoded->contacts.phones[0].type == PhoneType::premium_rate);
  CHECK(decoded->contacts.phones[0].structured_data);
  REQUIRE(decoded->contacts.forms.size() == 1);
  const FormInfo& form = decoded->contacts.forms[0];
  CHECK(form.kind == FormKind::contact);
  CHECK(form.captcha_kind == "recaptcha");
  CHECK(form.required_fields == 2);
  CHECK_FALSE(form.autocomplete_name.has_value());
  CHECK(form.autocomplete_email == false);
  CHECK(form.autocomplete_tel == true);
  CHECK(decoded->contacts.help ==
        std::vector<HelpMechanism>{HelpMechanism::phone, HelpMechanism::contact_link});
}

TEST_CASE("the store's document and report.json spell a number and a form's facts alike",
          "[extract]") {
  PageAnalysis analysis;
  analysis.contacts.phones = {premium_number()};
  analysis.contacts.forms = {contact_form()};
  const auto stored = nlohmann::json::parse(encode_analysis(analysis)).at("contacts");

  nlohmann::ordered_json number = nlohmann::ordered_json::object();
  const PhoneMention phone = premium_number();
  put_phone_number(number, phone.e164, phone.display, phone.type);
  CHECK(number.dump() ==
        R"({"e164":"+33892680000","display":"08 92 68 00 00","type":"premium_rate"})");
  for (const auto& [key, value] : number.items()) {
    CHECK(stored.at("phones").at(0).at(key).dump() == value.dump());
  }

  nlohmann::ordered_json form = nlohmann::ordered_json::object();
  put_form(form, contact_form());
  CHECK(form.dump() ==
        R"({"kind":"contact","action":"https://example.fr/envoyer","method":"post","fields":4,)"
        R"("has_textarea":true,"has_free_text":true,"unlabelled_fields":1,"captcha":true})");
  for (const auto& [key, value] : form.items()) {
    CHECK(stored.at("forms").at(0).at(key).dump() == value.dump());
  }
}

TEST_CASE("a stored document with a spelling this joignable does not know is refused",
          "[extract]") {
  PageAnalysis analysis;
  analysis.contacts.phones = {premium_number()};
  auto document = nlohmann::json::parse(encode_analysis(analysis));
  document["contacts"]["phones"][0]["type"] = "satellite";

  auto decoded = decode_analysis(document.dump());
  REQUIRE_FALSE(decoded);
  CHECK(decoded.error().code == Error::Code::database);
  CHECK(decoded.error().message == "unknown phone type 'satellite'");
  CHECK_FALSE(decode_analysis("{\"title\": "));
}

}  // namespace
}  // namespace joignable::extract
