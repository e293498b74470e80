#include "extract/form_fields.h"

#include "extract/text_fold.h"
#include "extract/visible_text.h"

namespace joignable::extract {
namespace {

std::string folded_attribute(HtmlNode node, std::string_view name) {
  return fold(collapse_spaces(node.attribute(name).value_or("")));
}

std::string without_spaces(std::string_view text) {
  std::string compact;
  for (char c : fold(text)) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') compact += c;
  }
  return compact;
}

// An inline position far off screen ("left:-9999px"), the usual way to hide a honeypot.
bool style_offscreen(std::string_view style) {
  const std::string compact = without_spaces(style);
  for (std::string_view property : {"left:-", "top:-", "text-indent:-"}) {
    const std::size_t pos = compact.find(property);
    if (pos == std::string::npos) continue;
    std::size_t digits = 0;
    for (std::size_t i = pos + property.size();
         i < compact.size() && compact[i] >= '0' && compact[i] <= '9'; ++i) {
      ++digits;
    }
    if (digits >= 3) return true;
  }
  return false;
}

bool is_text_type(std::string_view type) { return type == "text" || type == "search"; }

FieldPurpose purpose_of(const FieldFacts& facts) {
  if (facts.type == "email" || (is_text_type(facts.type) && contains_any(facts.words, {"mail"}))) {
    return FieldPurpose::email;
  }
  if (facts.type == "tel" ||
      (is_text_type(facts.type) && contains_any(facts.words, {"tel", "phone", "portable"}))) {
    return FieldPurpose::tel;
  }
  if (is_text_type(facts.type) &&
      contains_any(facts.words, {"nom", "name", "prenom", "vorname", "nombre", "nome"}) &&
      !contains_any(facts.words, {"user", "societe", "company", "entreprise", "firma",
                                  "empresa", "azienda", "login"})) {
    return FieldPurpose::name;
  }
  return FieldPurpose::none;
}

bool autocomplete_names(std::string_view autocomplete, FieldPurpose purpose) {
  switch (purpose) {
    case FieldPurpose::email: return contains_any(autocomplete, {"email"});
    case FieldPurpose::tel: return contains_any(autocomplete, {"tel"});
    case FieldPurpose::name:
      return contains_any(autocomplete, {"name"}) &&
             !contains_any(autocomplete, {"username", "organization"});
    case FieldPurpose::none: return false;
  }
  return false;
}

}  // namespace

LabelIndex index_labels(const HtmlDocument& document) {
  LabelIndex labels;
  walk(document.root(), [&](HtmlNode node) {
    if (!node.is_element()) return false;
    if (node.tag() == "label") {
      if (const auto target = node.attribute("for"); target && !target->empty()) {
        labels[std::string(*target)] += fold(visible_text_line(node)) + " ";
      }
    }
    return true;
  });
  return labels;
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

bool is_honeypot(HtmlNode field, HtmlNode form) {
  if (field.attribute("tabindex") == "-1" && folded_attribute(field, "autocomplete") == "off") {
    return true;
  }
  for (HtmlNode node = field; node.valid() && !(node == form); node = node.parent()) {
    // A field kept from screen readers is not for people to fill either.
    if (is_hidden(node) || is_aria_hidden(node) ||
        style_offscreen(node.attribute("style").value_or(""))) {
      return true;
    }
  }
  return false;
}

FieldFacts describe_field(HtmlNode field, HtmlNode form, const LabelIndex& labels) {
  FieldFacts facts;
  facts.type = field_type(field);
  facts.name = folded_attribute(field, "name");
  facts.words = facts.name + " " + folded_attribute(field, "id") + " ";
  if (const auto id = field.attribute("id"); id && !id->empty()) {
    if (const auto label = labels.find(*id); label != labels.end()) {
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
  facts.required =
      field.has_attribute("required") || folded_attribute(field, "aria-required") == "true";
  facts.words += folded_attribute(field, "placeholder");
  facts.purpose = purpose_of(facts);
  facts.autocomplete_matches =
      autocomplete_names(folded_attribute(field, "autocomplete"), facts.purpose);
  return facts;
}

}  // namespace joignable::extract
