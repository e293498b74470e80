#include "extract/form_controls.h"

#include "extract/text_fold.h"
#include "extract/visible_text.h"

namespace joignable::extract {
namespace {

std::string attribute_text(HtmlNode node, std::string_view name) {
  return collapse_spaces(node.attribute(name).value_or(""));
}

// The texts of <label for=ID> elements as a reader sees them, by ID.
LabelIndex display_labels(HtmlNode root) {
  LabelIndex labels;
  walk(root, [&](HtmlNode node) {
    if (!node.is_element()) return false;
    if (node.tag() == "label") {
      if (const auto target = node.attribute("for"); target && !target->empty()) {
        std::string& text = labels[std::string(*target)];
        text += (text.empty() ? "" : " ") + visible_text_line(node);
      }
    }
    return true;
  });
  return labels;
}

std::string label_of(HtmlNode field, HtmlNode form, const LabelIndex& labels) {
  if (const auto id = field.attribute("id"); id && !id->empty()) {
    if (const auto label = labels.find(*id); label != labels.end()) return label->second;
  }
  for (HtmlNode node = field.parent(); node.valid() && !(node == form); node = node.parent()) {
    if (node.tag() == "label") return visible_text_line(node);
  }
  for (std::string_view attribute : {"aria-label", "title", "placeholder"}) {
    if (std::string text = attribute_text(field, attribute); !text.empty()) return text;
  }
  return {};
}

std::string own_text(HtmlNode element) {
  std::string text;
  for (std::size_t i = 0; i < element.child_count(); ++i) {
    if (element.child(i).is_text()) text += element.child(i).text();
  }
  return text;
}

// "-- Choisissez --", "Select...", "0": an option that asks for a choice rather than being one.
bool is_placeholder_option(std::string_view value, std::string_view folded_text) {
  const std::string folded = fold(value);
  return folded.empty() || folded == "0" || folded.starts_with("-") ||
         contains_any(folded_text, {"choisi", "selectionne", "select", "choose", "veuillez",
                                    "please", "--"});
}

std::vector<std::string> real_options(HtmlNode select) {
  std::vector<std::string> options;
  walk(select, [&](HtmlNode node) {
    if (!node.is_element()) return false;
    if (node.tag() != "option") return true;
    const std::string text = collapse_spaces(own_text(node));
    const std::string value = node.attribute("value") ? std::string(*node.attribute("value")) : text;
    if (!node.has_attribute("disabled") && !is_placeholder_option(value, fold(text))) {
      options.push_back(value);
    }
    return false;
  });
  return options;
}

bool named_as_trap(std::string_view folded_words) {
  return contains_any(folded_words, {"honeypot", "honey pot", "hp_", "leave empty",
                                     "leave this empty", "leave blank", "ne pas remplir",
                                     "laisser vide", "laissez vide", "laissez ce champ vide"});
}

FormControl describe_control(HtmlNode field, HtmlNode form, const LabelIndex& folded_labels,
                             const LabelIndex& labels) {
  const FieldFacts facts = describe_field(field, form, folded_labels);
  FormControl control;
  control.name = std::string(field.attribute("name").value_or(""));
  control.type = facts.type;
  control.label = label_of(field, form, labels);
  control.required = facts.required;
  control.checked = field.has_attribute("checked");
  control.purpose = facts.purpose;
  control.free_text = facts.free_text;
  if (control.type == "textarea") {
    control.value = own_text(field);
  } else if (control.type == "select") {
    control.options = real_options(field);
    if (!control.options.empty()) control.value = control.options.front();
  } else {
    control.value = std::string(field.attribute("value").value_or(""));
  }
  control.honeypot = control.type != "hidden" &&
                     (is_honeypot(field, form) || named_as_trap(facts.words + " " +
                                                                fold(control.label)));
  return control;
}

}  // namespace

std::vector<FormControl> form_controls(HtmlNode form, const LabelIndex& labels) {
  HtmlNode root = form;
  while (root.parent().valid()) root = root.parent();
  const LabelIndex display = display_labels(root);
  std::vector<FormControl> controls;
  walk(form, [&](HtmlNode node) {
    if (!node.is_element() || node.tag() == "template") return false;
    if (node.tag() == "button") {
      const std::string type = fold(attribute_text(node, "type"));
      if ((type.empty() || type == "submit") && node.has_attribute("name")) {
        FormControl button;
        button.name = std::string(*node.attribute("name"));
        button.type = "submit";
        button.value = std::string(node.attribute("value").value_or(""));
        controls.push_back(std::move(button));
      }
      return true;
    }
    if (!is_field(node) || !node.has_attribute("name")) return true;
    if (node.attribute("name")->empty() || node.has_attribute("disabled")) return false;
    controls.push_back(describe_control(node, form, labels, display));
    return node.tag() != "select" && node.tag() != "textarea";
  });
  return controls;
}

}  // namespace joignable::extract
