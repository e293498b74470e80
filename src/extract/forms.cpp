#include "extract/forms.h"

#include <optional>
#include <regex>

#include "extract/form_controls.h"
#include "extract/form_fields.h"
#include "extract/text_fold.h"
#include "extract/visible_text.h"
#include "util/url.h"

namespace joignable::extract {
namespace {

// What the page as a whole tells about its forms.
struct PageContext {
  LabelIndex labels;
  std::string captcha_script;  // the kind of a captcha script anywhere on the page, or ""
};

std::string folded_attribute(HtmlNode node, std::string_view name) {
  return fold(collapse_spaces(node.attribute(name).value_or("")));
}

std::string captcha_kind_of_text(std::string_view folded) {
  if (contains_any(folded, {"recaptcha"})) return "recaptcha";
  if (contains_any(folded, {"hcaptcha", "h-captcha"})) return "hcaptcha";
  if (contains_any(folded, {"turnstile"})) return "turnstile";
  if (contains_any(folded, {"friendlycaptcha", "friendly-challenge"})) return "friendly-captcha";
  return {};
}

std::string captcha_script_kind(HtmlNode node) {
  if (node.tag() != "script") return {};
  return captcha_kind_of_text(folded_attribute(node, "src"));
}

// The kind of captcha `node` is part of, or "".
std::string captcha_widget_kind(HtmlNode node) {
  if (std::string kind = captcha_script_kind(node); !kind.empty()) return kind;
  const std::string classes = folded_attribute(node, "class");
  if (contains_any(classes, {"g-recaptcha"})) return "recaptcha";
  if (contains_any(classes, {"h-captcha"})) return "hcaptcha";
  if (contains_any(classes, {"cf-turnstile"})) return "turnstile";
  if (contains_any(classes, {"frc-captcha"})) return "friendly-captcha";
  if (node.has_attribute("data-sitekey")) return "other";
  return {};
}

PageContext page_context(const HtmlDocument& document) {
  PageContext page;
  page.labels = index_labels(document);
  walk(document.root(), [&](HtmlNode node) {
    if (!node.is_element()) return false;
    if (page.captcha_script.empty()) page.captcha_script = captcha_script_kind(node);
    return true;
  });
  return page;
}

struct FormFacts {
  std::vector<FieldFacts> fields;
  std::string text;  // folded text, attributes and button values of the form
  std::string captcha_kind;
};

// A question only a person answers, asked in a field's label: "Combien font 3 + 4 ?",
// "What is 2 x 5?", "Anti-spam : 7 - 3 =".
bool asks_arithmetic(const FieldFacts& field) {
  static const std::regex sum(R"((^|[^0-9])[0-9]{1,3} ?[-+x*] ?[0-9]{1,3}([^0-9]|$))");
  return contains_any(field.words, {"combien", "how much", "what is", "resultat", "result",
                                    "calcul", "captcha", "anti-spam", "antispam", "="}) &&
         std::regex_search(field.words, sum);
}

FormFacts gather(HtmlNode form, const PageContext& page) {
  FormFacts facts;
  facts.text = fold(visible_text_line(form)) + " ";
  for (std::string_view attribute : {"id", "class", "name", "action"}) {
    facts.text += folded_attribute(form, attribute) + " ";
  }
  walk(form, [&](HtmlNode node) {
    if (!node.is_element() || node.tag() == "template") return false;
    if (facts.captcha_kind.empty()) facts.captcha_kind = captcha_widget_kind(node);
    if (!is_field(node)) return true;
    const std::string type = field_type(node);
    if (type == "submit" || type == "button") facts.text += folded_attribute(node, "value") + " ";
    if (!is_control_type(type) && !is_honeypot(node, form)) {
      facts.fields.push_back(describe_field(node, form, page.labels));
      if (facts.captcha_kind.empty() && asks_arithmetic(facts.fields.back())) {
        facts.captcha_kind = "question";
      }
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

bool is_text_type(std::string_view type) { return type == "text" || type == "search"; }

bool is_search(HtmlNode form, const FormFacts& facts) {
  if (in_search_landmark(form)) return true;
  int text_fields = 0;
  bool search_name = false;
  for (const FieldFacts& field : facts.fields) {
    if (field.type == "search") return true;
    if (!is_text_type(field.type) && field.type != "textarea") continue;
    ++text_fields;
    for (std::string_view name : {"q", "s", "search", "recherche", "query", "keywords", "suche",
                                  "buscar", "cerca", "zoeken", "search_query"}) {
      search_name = search_name || field.name == name;
    }
  }
  const std::string action = folded_attribute(form, "action");
  const bool search_action =
      contains_any(action, {"search", "recherche", "suche", "buscar", "cerca", "zoeken"});
  return text_fields == 1 && facts.fields.size() <= 2 && (search_name || search_action);
}

bool is_newsletter(const FormFacts& facts) {
  int email_fields = 0;
  for (const FieldFacts& field : facts.fields) {
    if (field.type == "textarea") return false;
    if (field.type == "email" || contains_any(field.name, {"mail"})) ++email_fields;
  }
  return email_fields == 1 &&
         contains_any(facts.text, {"newsletter", "inscri", "subscribe", "abonn", "nieuwsbrief",
                                   "suscrib", "iscriviti", "iscrizione", "anmelden"});
}

// A blog's comment form has a textarea and asks for a name and an e-mail, yet it writes to
// the public, not to the company.
bool is_comment_form(const FormFacts& facts) {
  return contains_any(facts.text, {"wp-comments-post", "commentform", "comment-form"});
}

bool is_contact(const FormFacts& facts) {
  bool contact_field = false;
  for (const FieldFacts& field : facts.fields) {
    if (field.type == "textarea") return true;
    contact_field = contact_field || field.type == "email" || field.type == "tel" ||
                    field.free_text ||
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
  if (is_comment_form(facts)) return FormKind::other;
  if (is_contact(facts)) return FormKind::contact;
  return FormKind::other;
}

std::string form_action(HtmlNode form, const std::string& page_url, const std::string& base) {
  const std::string action = collapse_spaces(form.attribute("action").value_or(""));
  if (action.empty()) return util::resolve(page_url, "").value_or(page_url);
  return util::resolve(base, action).value_or(action);
}

// nullopt when no field has `purpose`; otherwise whether every such field names it.
std::optional<bool> autocomplete_for(const FormFacts& facts, FieldPurpose purpose) {
  std::optional<bool> all;
  for (const FieldFacts& field : facts.fields) {
    if (field.purpose != purpose) continue;
    all = all.value_or(true) && field.autocomplete_matches;
  }
  return all;
}

FormInfo describe_form(HtmlNode form, const PageContext& page, const std::string& page_url,
                       const std::string& base) {
  const FormFacts facts = gather(form, page);
  FormInfo info;
  info.kind = classify(form, facts);
  info.action = form_action(form, page_url, base);
  info.method = folded_attribute(form, "method") == "post" ? "post" : "get";
  const std::string enctype = folded_attribute(form, "enctype");
  info.enctype = enctype.empty() ? "application/x-www-form-urlencoded" : enctype;
  info.fields = static_cast<int>(facts.fields.size());
  info.captcha_kind = facts.captcha_kind;
  // Invisible captchas bind to a form by script, from anywhere on the page.
  if (info.captcha_kind.empty() && info.method == "post") info.captcha_kind = page.captcha_script;
  info.captcha = !info.captcha_kind.empty();
  for (const FieldFacts& field : facts.fields) {
    info.has_textarea = info.has_textarea || field.type == "textarea";
    info.has_free_text = info.has_free_text || field.free_text;
    if (!field.labelled) ++info.unlabelled_fields;
    if (field.required) ++info.required_fields;
  }
  info.autocomplete_name = autocomplete_for(facts, FieldPurpose::name);
  info.autocomplete_email = autocomplete_for(facts, FieldPurpose::email);
  info.autocomplete_tel = autocomplete_for(facts, FieldPurpose::tel);
  return info;
}

}  // namespace

std::vector<FillableForm> find_fillable_forms(const HtmlDocument& document,
                                              const std::string& page_url,
                                              const std::string& base) {
  const PageContext page = page_context(document);
  std::vector<FillableForm> forms;
  walk(document.root(), [&](HtmlNode node) {
    if (!node.is_element() || node.tag() == "template") return false;
    if (node.tag() == "form") {
      forms.push_back({describe_form(node, page, page_url, base), form_controls(node, page.labels)});
    }
    return true;
  });
  return forms;
}

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
