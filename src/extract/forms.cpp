#include "extract/forms.h"

#include <map>
#include <optional>

#include "extract/text_fold.h"
#include "extract/visible_text.h"
#include "util/url.h"

namespace joignable::extract {
namespace {

// What the page as a whole tells about its forms.
struct PageContext {
  std::map<std::string, std::string, std::less<>> label_for;  // id -> folded text of its labels
  bool captcha_script = false;
};

struct FieldFacts {
  std::string type;   // folded input type ("text" when absent), or "select" / "textarea"
  std::string words;  // folded name, id, label texts and placeholder, space separated
  std::string name;   // folded name attribute
  bool labelled = false;
  bool free_text = false;
};

std::string folded_attribute(HtmlNode node, std::string_view name) {
  return fold(collapse_spaces(node.attribute(name).value_or("")));
}

bool is_captcha_script(HtmlNode node) {
  return node.tag() == "script" &&
         contains_any(folded_attribute(node, "src"), {"recaptcha", "hcaptcha", "turnstile"});
}

bool is_captcha_widget(HtmlNode node) {
  return node.has_attribute("data-sitekey") || is_captcha_script(node) ||
         contains_any(folded_attribute(node, "class"),
                      {"g-recaptcha", "h-captcha", "cf-turnstile"});
}

PageContext page_context(const HtmlDocument& document) {
  PageContext page;
  walk(document.root(), [&](HtmlNode node) {
    if (!node.is_element()) return false;
    page.captcha_script = page.captcha_script || is_captcha_script(node);
    if (node.tag() == "label") {
      if (const auto target = node.attribute("for"); target && !target->empty()) {
        page.label_for[std::string(*target)] += fold(visible_text_line(node)) + " ";
      }
    }
    return true;
  });
  return page;
}

bool is_field(HtmlNode node) {
  const std::string_view tag = node.tag();
  return tag == "input" || tag == "select" || tag == "textarea";
}

std::string field_type(HtmlNode field) {
  if (field.tag() != "input") return std::string(field.tag());
  const std::string type = folded_attribute(field, "type");
  return type.empty() ? "text" : type;
}

bool is_control_type(std::string_view type) {
  return type == "hidden" || type == "submit" || type == "button" || type == "reset" ||
         type == "image";
}

// An inline position far off screen ("left:-9999px"), the usual way to hide a honeypot.
bool style_offscreen(std::string_view style) {
  std::string compact;
  for (char c : fold(style)) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') compact += c;
  }
  for (std::string_view property : {"left:-", "top:-", "text-indent:-"}) {
    const std::size_t pos = compact.find(property);
    if (pos == std::string::npos) continue;
    std::size_t digits = 0;
    for (std::size_t i = pos + property.size(); i < compact.size() && compact[i] >= '0' &&
                                                compact[i] <= '9';
         ++i) {
      ++digits;
    }
    if (digits >= 3) return true;
  }
  return false;
}

bool is_honeypot(HtmlNode field, HtmlNode form) {
  if (field.attribute("tabindex") == "-1" && folded_attribute(field, "autocomplete") == "off") {
    return true;
  }
  for (HtmlNode node = field; node.valid() && !(node == form); node = node.parent()) {
    if (is_hidden(node) || style_offscreen(node.attribute("style").value_or(""))) return true;
  }
  return false;
}

bool is_text_type(std::string_view type) { return type == "text" || type == "search"; }

FieldFacts describe_field(HtmlNode field, HtmlNode form, const PageContext& page) {
  FieldFacts facts;
  facts.type = field_type(field);
  facts.name = folded_attribute(field, "name");
  facts.words = facts.name + " " + folded_attribute(field, "id") + " ";
  if (const auto id = field.attribute("id"); id && !id->empty()) {
    if (const auto label = page.label_for.find(*id); label != page.label_for.end()) {
      facts.labelled = true;
      facts.words += label->second;
    }
  }
  for (HtmlNode node = field.parent(); node.valid() && !(node == form); node = node.parent()) {
    if (node.tag() == "label") {
      facts.labelled = true;
      facts.words += fold(visible_text_line(node)) + " ";
    }
  }
  for (std::string_view attribute : {"aria-label", "aria-labelledby", "title"}) {
    const std::string value = folded_attribute(field, attribute);
    facts.labelled = facts.labelled || !value.empty();
    if (attribute != "aria-labelledby") facts.words += value + " ";
  }
  const bool says_message = contains_any(
      facts.words, {"message", "comment", "demande", "question", "remarque", "precision",
                    "description", "nachricht", "bericht", "anfrage", "mensaje", "messaggio",
                    "enquiry", "inquiry"});
  facts.free_text = facts.type == "textarea" || (is_text_type(facts.type) && says_message);
  facts.words += folded_attribute(field, "placeholder");
  return facts;
}

struct FormFacts {
  std::vector<FieldFacts> fields;
  std::string text;  // folded text, attributes and button values of the form
  bool captcha = false;
};

FormFacts gather(HtmlNode form, const PageContext& page) {
  FormFacts facts;
  facts.text = fold(visible_text_line(form)) + " ";
  for (std::string_view attribute : {"id", "class", "name", "action"}) {
    facts.text += folded_attribute(form, attribute) + " ";
  }
  walk(form, [&](HtmlNode node) {
    if (!node.is_element() || node.tag() == "template") return false;
    facts.captcha = facts.captcha || is_captcha_widget(node);
    if (!is_field(node)) return true;
    const std::string type = field_type(node);
    if (type == "submit" || type == "button") facts.text += folded_attribute(node, "value") + " ";
    if (!is_control_type(type) && !is_honeypot(node, form)) {
      facts.fields.push_back(describe_field(node, form, page));
    }
    return true;
  });
  return facts;
}

bool in_search_landmark(HtmlNode form) {
  for (HtmlNode node = form; node.valid(); node = node.parent()) {
    if (node.tag() == "search" || folded_attribute(node, "role") == "search") return true;
  }
  return false;
}

bool is_search(HtmlNode form, const FormFacts& facts) {
  if (in_search_landmark(form)) return true;
  int text_fields = 0;
  bool search_name = false;
  for (const FieldFacts& field : facts.fields) {
    if (field.type == "search") return true;
    if (!is_text_type(field.type) && field.type != "textarea") continue;
    ++text_fields;
    for (std::string_view name : {"q", "s", "search", "recherche", "query", "keywords"}) {
      search_name = search_name || field.name == name;
    }
  }
  return text_fields == 1 && search_name;
}

bool is_newsletter(const FormFacts& facts) {
  int email_fields = 0;
  for (const FieldFacts& field : facts.fields) {
    if (field.type == "textarea") return false;
    if (field.type == "email" || contains_any(field.name, {"mail"})) ++email_fields;
  }
  return email_fields == 1 &&
         contains_any(facts.text, {"newsletter", "inscri", "subscribe", "abonn"});
}

bool is_contact(const FormFacts& facts) {
  bool contact_field = false;
  for (const FieldFacts& field : facts.fields) {
    if (field.type == "textarea") return true;
    contact_field = contact_field || field.type == "email" || field.type == "tel" ||
                    contains_any(field.words, {"message", "mail", "tel", "phone", "nom", "name",
                                               "prenom", "sujet", "objet", "subject", "societe"});
  }
  return facts.fields.size() > 1 && contact_field;
}

FormKind classify(HtmlNode form, const FormFacts& facts) {
  for (const FieldFacts& field : facts.fields) {
    if (field.type == "password") return FormKind::login;
  }
  if (is_search(form, facts)) return FormKind::search;
  if (is_newsletter(facts)) return FormKind::newsletter;
  if (is_contact(facts)) return FormKind::contact;
  return FormKind::other;
}

std::string form_action(HtmlNode form, const std::string& page_url, const std::string& base) {
  const std::string action = collapse_spaces(form.attribute("action").value_or(""));
  if (action.empty()) return util::resolve(page_url, "").value_or(page_url);
  return util::resolve(base, action).value_or(action);
}

FormInfo describe_form(HtmlNode form, const PageContext& page, const std::string& page_url,
                       const std::string& base) {
  const FormFacts facts = gather(form, page);
  FormInfo info;
  info.kind = classify(form, facts);
  info.action = form_action(form, page_url, base);
  info.method = folded_attribute(form, "method") == "post" ? "post" : "get";
  info.fields = static_cast<int>(facts.fields.size());
  info.captcha = facts.captcha || (page.captcha_script && info.method == "post");
  for (const FieldFacts& field : facts.fields) {
    info.has_textarea = info.has_textarea || field.type == "textarea";
    info.has_free_text = info.has_free_text || field.free_text;
    if (!field.labelled) ++info.unlabelled_fields;
  }
  return info;
}

}  // namespace

std::vector<FormInfo> find_forms(const HtmlDocument& document, const std::string& page_url,
                                 const std::string& base) {
  const PageContext page = page_context(document);
  std::vector<FormInfo> forms;
  walk(document.root(), [&](HtmlNode node) {
    if (!node.is_element() || node.tag() == "template") return false;
    if (node.tag() == "form") forms.push_back(describe_form(node, page, page_url, base));
    return true;
  });
  return forms;
}

}  // namespace joignable::extract
