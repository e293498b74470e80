// HtmlDocument: one parsed HTML page, and HtmlNode, a read-only handle on one of its nodes. This
// is the only door to Gumbo: the other extract files walk the tree through these two classes and
// never include gumbo.h. The input is bounded first (html_bounds.h) and parse errors are not
// recorded, so any byte string parses in bounded time and memory. The document owns the tree
// (freed by the destructor); a node handle is valid while its document lives. Parsing and
// reading are thread-safe: nothing is shared between documents, and a document is never
// modified after construction.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "extract/parse_arena.h"

struct GumboInternalNode;
struct GumboInternalOutput;

namespace joignable::extract {

class HtmlNode {
 public:
  HtmlNode() = default;

  bool valid() const { return node_ != nullptr; }
  bool is_element() const;
  // A text node: text, white space or CDATA.
  bool is_text() const;
  // An element's name: lower case for known elements ("div"), as written in the source for
  // unknown ones ("my-widget"); "" for other nodes.
  std::string_view tag() const;
  // The value of an attribute (name in lower case), entities decoded; nullopt when absent.
  std::optional<std::string_view> attribute(std::string_view name) const;
  bool has_attribute(std::string_view name) const { return attribute(name).has_value(); }
  // A text node's text, entities decoded, in UTF-8; "" for other nodes.
  std::string_view text() const;
  // Children of an element (a <template>'s content included); 0 for other nodes.
  std::size_t child_count() const;
  HtmlNode child(std::size_t index) const;
  // The parent element; an invalid node for the root element.
  HtmlNode parent() const;

  friend bool operator==(const HtmlNode& a, const HtmlNode& b) { return a.node_ == b.node_; }

 private:
  friend class HtmlDocument;
  explicit HtmlNode(const GumboInternalNode* node) : node_(node) {}

  const GumboInternalNode* node_ = nullptr;
};

class HtmlDocument {
 public:
  // Parses `html` (any bytes; invalid UTF-8 becomes U+FFFD). Never fails.
  explicit HtmlDocument(std::string_view html);
  ~HtmlDocument();
  HtmlDocument(const HtmlDocument&) = delete;
  HtmlDocument& operator=(const HtmlDocument&) = delete;

  // The <html> element, which the parser always creates.
  HtmlNode root() const;
  // Whether bounding changed the input (too long, too deeply nested, too many attributes).
  bool bounded() const { return bounded_; }

 private:
  std::string html_;  // the parse tree points into it (names of unknown elements)
  ParseArena arena_;  // holds the parse tree: declared before output_, so it outlives it
  GumboInternalOutput* output_ = nullptr;
  bool bounded_ = false;
};

// Calls visit(node) on `root` and its descendants in document order; when visit returns false
// the node's children are skipped. Recursive: the depth is bounded by html_bounds.h.
template <class Visit>
void walk(HtmlNode root, Visit&& visit) {
  if (!visit(root)) return;
  const std::size_t count = root.child_count();
  for (std::size_t i = 0; i < count; ++i) walk(root.child(i), visit);
}

// The first element named `tag` under `root` (root included), or an invalid node.
HtmlNode find_first(HtmlNode root, std::string_view tag);

}  // namespace joignable::extract
