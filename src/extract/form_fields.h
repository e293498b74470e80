// The fields of a form, one at a time: whether an element is a field a customer fills in, a
// honeypot, labelled, required, and what it asks for. forms.cpp builds on these to describe and
// classify whole forms. Pure functions over a parsed document; thread-safe.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "extract/html_document.h"

namespace joignable::extract {

// The texts of the page's <label for=ID> elements, folded, by ID (several labels concatenate).
using LabelIndex = std::map<std::string, std::string, std::less<>>;

LabelIndex index_labels(const HtmlDocument& document);

// What a field asks for, as far as autocomplete is concerned (WCAG 1.3.5 Identify Input Purpose).
enum class FieldPurpose { none, name, email, tel };

struct FieldFacts {
  std::string type;   // folded input type ("text" when absent), or "select" / "textarea"
  std::string words;  // folded name, id, label texts and placeholder, space separated
  std::string name;   // folded name attribute
  bool labelled = false;
  bool free_text = false;
  bool required = false;  // required attribute or aria-required="true"
  FieldPurpose purpose = FieldPurpose::none;
  bool autocomplete_matches = false;  // its autocomplete token names its purpose
};

// input, select or textarea.
bool is_field(HtmlNode node);

// "select", "textarea", or an input's folded type ("text" when absent).
std::string field_type(HtmlNode field);

// Inputs that take no typing: hidden, submit, button, reset, image.
bool is_control_type(std::string_view type);

// A field meant for robots only: hidden between itself and its form (hidden attribute,
// aria-hidden, inline display:none or visibility:hidden, an inline off-screen position such as
// left:-9999px), or tabindex="-1" with autocomplete="off".
bool is_honeypot(HtmlNode field, HtmlNode form);

// A visible field described (see FieldFacts); `form` bounds the search for a wrapping label.
// Labelled means <label for>, a wrapping <label>, or a non-empty aria-label, aria-labelledby
// or title; a placeholder alone is no label. Purpose: type email or a name/label saying mail is
// email; type tel or tel/phone/telefon is tel; nom/name/prénom/Vorname/nombre/nome (not user
// name, company) is name.
FieldFacts describe_field(HtmlNode field, HtmlNode form, const LabelIndex& labels);

}  // namespace joignable::extract
