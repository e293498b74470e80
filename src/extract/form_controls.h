// What filling a form needs to know about each of its controls: the name it is sent under, its
// type, its value as the page gives it, its label, whether it is required, checked, a honeypot,
// and a select's choices. forms.h describes forms for the rules; this file describes them for the
// form probe (src/probe/), which fills and sends them. Pure functions over a parsed document;
// thread-safe.
#pragma once

#include <string>
#include <vector>

#include "extract/contact_points.h"
#include "extract/form_fields.h"
#include "extract/html_document.h"

namespace joignable::extract {

struct FormControl {
  std::string name;   // the name attribute as written; controls without one are not listed
  std::string type;   // folded input type ("text" when absent), or "select" / "textarea"
  std::string value;  // the value attribute; a textarea's text; a select's first real option
  std::string label;  // label, aria-label, title or placeholder text, collapsed; "" when none
  bool required = false;  // required attribute or aria-required="true"
  bool checked = false;   // a checkbox or radio that the page ticks already
  // A field meant for robots only: hidden or moved off screen (form_fields.h is_honeypot), or
  // named or labelled as a trap (honeypot, hp_, "leave empty", "ne pas remplir", "laisser vide").
  // Never a hidden input: those carry values the site needs back (CSRF tokens).
  bool honeypot = false;
  FieldPurpose purpose = FieldPurpose::none;  // name, email or tel
  bool free_text = false;                     // takes a message (CONTRACT.md "Free text")
  // A select's options that are real choices, in order: not disabled, with a non-empty value
  // that is not a placeholder ("", "0", "-", "choisir", "select"...).
  std::vector<std::string> options;
};

// A form as the probe sees it: its description (forms.h) and every named control, in document
// order, submit buttons included (their name and value are sent when they have one).
struct FillableForm {
  FormInfo info;
  std::vector<FormControl> controls;
};

// The named controls of `form`, in document order.
std::vector<FormControl> form_controls(HtmlNode form, const LabelIndex& labels);

}  // namespace joignable::extract
