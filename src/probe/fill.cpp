#include "probe/fill.h"

#include <set>

#include "extract/text_fold.h"

namespace joignable::probe {
namespace {

using extract::contains_any;
using extract::FieldPurpose;
using extract::FormControl;

std::string first_word(const std::string& name) { return name.substr(0, name.find(' ')); }

std::string last_words(const std::string& name) {
  const std::size_t space = name.find(' ');
  return space == std::string::npos ? name : name.substr(space + 1);
}

// The value of a field a person types into, with the reason; nullopt when the probe has none.
std::optional<FilledField> typed_value(const FormControl& c, const ProbeWords& words) {
  const std::string folded = extract::fold(c.name + " " + c.label);
  if (c.free_text || c.type == "textarea") return FilledField{c.name, words.message, c.type, "message"};
  if (c.purpose == FieldPurpose::email) return FilledField{c.name, words.email, c.type, "e-mail"};
  if (c.purpose == FieldPurpose::tel) {
    if (words.phone.empty() && !c.required) return std::nullopt;
    return FilledField{c.name, words.phone, c.type, "phone"};
  }
  if (contains_any(folded, {"sujet", "objet", "subject", "titre", "title", "betreff"})) {
    return FilledField{c.name, words.subject, c.type, "subject"};
  }
  if (contains_any(folded, {"prenom", "first", "vorname", "given"})) {
    return FilledField{c.name, first_word(words.name), c.type, "first name"};
  }
  if (contains_any(folded, {"nom de famille", "last", "surname", "family", "nachname"})) {
    return FilledField{c.name, last_words(words.name), c.type, "last name"};
  }
  if (c.purpose == FieldPurpose::name ||
      contains_any(folded, {"societe", "entreprise", "company", "organisation", "organization"})) {
    return FilledField{c.name, words.name, c.type, "name"};
  }
  if (c.required) return FilledField{c.name, words.subject, c.type, "required, unknown purpose"};
  return std::nullopt;
}

std::string checked_value(const FormControl& c) { return c.value.empty() ? "on" : c.value; }

}  // namespace

FilledForm fill_form(const extract::FillableForm& form, const std::string& page,
                     const ProbeWords& words, bool consent) {
  FilledForm filled;
  filled.page = page;
  filled.action = form.info.action;
  filled.method = form.info.method;
  filled.enctype = form.info.enctype == "multipart/form-data" ? form.info.enctype
                                                              : "application/x-www-form-urlencoded";
  if (form.info.captcha) filled.blocked = "captcha: " + form.info.captcha_kind;
  std::set<std::string> radio_groups_done;
  bool submit_sent = false;
  for (const FormControl& c : form.controls) {
    if (c.type == "hidden") {
      filled.fields.push_back({c.name, c.value, c.type, "hidden, kept"});
    } else if (c.honeypot) {
      filled.fields.push_back({c.name, "", c.type, "honeypot, left empty"});
    } else if (c.type == "submit" || c.type == "image") {
      if (c.type == "submit" && !submit_sent) filled.fields.push_back({c.name, c.value, c.type, "button"});
      submit_sent = true;
    } else if (c.type == "checkbox") {
      if (c.required && !consent && filled.blocked.empty()) {
        filled.blocked = "consent: the required box '" + (c.label.empty() ? c.name : c.label) +
                         "' is ticked only with [probe] consent = true";
      }
      if (c.required) filled.fields.push_back({c.name, checked_value(c), c.type, "consent"});
      else if (c.checked) filled.fields.push_back({c.name, checked_value(c), c.type, "ticked by the page"});
    } else if (c.type == "radio") {
      if (radio_groups_done.contains(c.name)) continue;
      const FormControl* choice = nullptr;
      for (const FormControl& other : form.controls) {
        if (other.type == "radio" && other.name == c.name && other.checked) choice = &other;
      }
      if (choice == nullptr && c.required) choice = &c;
      if (choice != nullptr) {
        filled.fields.push_back({c.name, checked_value(*choice), c.type, "choice"});
        radio_groups_done.insert(c.name);
      }
    } else if (c.type == "select") {
      filled.fields.push_back({c.name, c.value, c.type, "first real option"});
    } else if (c.type == "file" || c.type == "reset" || c.type == "button") {
      if (c.type == "file" && c.required && filled.blocked.empty()) {
        filled.blocked = "a required file upload ('" + c.name + "')";
      }
    } else if (auto value = typed_value(c, words)) {
      filled.fields.push_back(*value);
    } else {
      filled.fields.push_back({c.name, c.value, c.type, "left as the page gives it"});
    }
  }
  return filled;
}

}  // namespace joignable::probe
