#include "extract/html_document.h"

#include <array>

#include <gumbo.h>

#include "extract/html_bounds.h"

namespace joignable::extract {
namespace {

bool has_element_payload(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

// Gumbo's names of the elements it knows, measured once: tag() is asked of every element by
// every walk.
const std::string_view* known_tag_names() {
  static const auto names = [] {
    std::array<std::string_view, GUMBO_TAG_LAST> table;
    for (int tag = 0; tag < static_cast<int>(GUMBO_TAG_LAST); ++tag) {
      table[static_cast<std::size_t>(tag)] = gumbo_normalized_tagname(static_cast<GumboTag>(tag));
    }
    return table;
  }();
  return names.data();
}

}  // namespace

bool HtmlNode::is_element() const { return node_ != nullptr && has_element_payload(node_); }

bool HtmlNode::is_text() const {
  return node_ != nullptr && (node_->type == GUMBO_NODE_TEXT ||
                              node_->type == GUMBO_NODE_WHITESPACE ||
                              node_->type == GUMBO_NODE_CDATA);
}

std::string_view HtmlNode::tag() const {
  if (!is_element()) return {};
  const GumboElement& element = node_->v.element;
  if (const int tag = static_cast<int>(element.tag);
      tag >= 0 && tag < static_cast<int>(GUMBO_TAG_LAST) && element.tag != GUMBO_TAG_UNKNOWN) {
    return known_tag_names()[static_cast<std::size_t>(tag)];
  }
  // Gumbo names only the elements it knows; an unknown one is named by its start tag's source.
  GumboStringPiece name = element.original_tag;
  gumbo_tag_from_original_text(&name);
  return {name.data, name.length};
}

std::optional<std::string_view> HtmlNode::attribute(std::string_view name) const {
  if (!is_element()) return std::nullopt;
  const GumboVector& attributes = node_->v.element.attributes;
  for (unsigned int i = 0; i < attributes.length; ++i) {
    const auto* attribute = static_cast<const GumboAttribute*>(attributes.data[i]);
    // The first byte tells most names apart without measuring them.
    if (name.empty() ? attribute->name[0] != '\0' : attribute->name[0] != name[0]) continue;
    if (name == attribute->name) return std::string_view(attribute->value);
  }
  return std::nullopt;
}

std::string_view HtmlNode::text() const {
  if (!is_text()) return {};
  return node_->v.text.text;
}

std::size_t HtmlNode::child_count() const {
  if (!is_element()) return 0;
  return node_->v.element.children.length;
}

HtmlNode HtmlNode::child(std::size_t index) const {
  if (index >= child_count()) return HtmlNode();
  return HtmlNode(static_cast<const GumboNode*>(node_->v.element.children.data[index]));
}

HtmlNode HtmlNode::parent() const {
  if (node_ == nullptr || node_->parent == nullptr || !has_element_payload(node_->parent)) {
    return HtmlNode();
  }
  return HtmlNode(node_->parent);
}

HtmlDocument::HtmlDocument(std::string_view html) {
  BoundedHtml bounded = bound_html(html);
  html_ = std::move(bounded.html);
  bounded_ = bounded.size_capped || bounded.nesting_capped;
  GumboOptions options = kGumboDefaultOptions;
  // Gumbo records every parse error by default: 3.2 GB and 15 s on a 60 KB page of unclosed
  // tags. Nothing here reads them.
  options.max_errors = 0;
  // The tree lives in arena_ and goes with it: nothing is freed piece by piece.
  options.userdata = &arena_;
  options.allocator = [](void* arena, std::size_t size) {
    return static_cast<ParseArena*>(arena)->allocate(size);
  };
  options.deallocator = [](void*, void*) {};
  output_ = gumbo_parse_with_options(&options, html_.data(), html_.size());
}

HtmlDocument::~HtmlDocument() = default;

HtmlNode HtmlDocument::root() const { return HtmlNode(output_->root); }

HtmlNode find_first(HtmlNode root, std::string_view tag) {
  HtmlNode found;
  walk(root, [&](HtmlNode node) {
    if (found.valid()) return false;
    if (node.is_element() && node.tag() == tag) found = node;
    return !found.valid();
  });
  return found;
}

}  // namespace joignable::extract
