#include "extract/visible_text.h"

#include <algorithm>
#include <iterator>
#include <unordered_set>

#include "extract/text_fold.h"

namespace joignable::extract {
namespace {

// Elements never rendered, with everything in them.
constexpr std::string_view kNeverShown[] = {
    "script", "style", "noscript", "template", "head", "title", "datalist", "noembed", "noframes",
};
// Elements that are shown but whose content is no page text: a field's value or options, an
// embedded document's fallback.
constexpr std::string_view kNoText[] = {
    "select", "textarea", "iframe", "object", "embed", "audio", "video", "canvas",
};

constexpr std::string_view kBlocks[] = {
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
    "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "ul",
};

// The three lists as hash sets, built once: every walk asks them of every element.
struct TagSets {
  std::unordered_set<std::string_view> never_shown{std::begin(kNeverShown), std::end(kNeverShown)};
  std::unordered_set<std::string_view> no_text{std::begin(kNoText), std::end(kNoText)};
  std::unordered_set<std::string_view> blocks{std::begin(kBlocks), std::end(kBlocks)};
};

const TagSets& tag_sets() {
  static const TagSets sets;
  return sets;
}

// Whether space_at() can find something at a byte: ASCII white space, or the lead byte of one
// of the Unicode spaces and invisible characters it knows (all start with C2, E2, E3 or EF).
bool may_start_space(char c) {
  switch (static_cast<unsigned char>(c)) {
    case ' ': case '\t': case '\n': case '\r': case '\f': case '\v':
    case 0xC2: case 0xE2: case 0xE3: case 0xEF: return true;
    default: return false;
  }
}

class TextBuilder {
 public:
  void add(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
      bool invisible = false;
      if (const std::size_t length = space_at(text, i, invisible); length > 0) {
        pending_space_ = pending_space_ || (!invisible && !out_.empty() && out_.back() != '\n');
        i += length;
        continue;
      }
      if (pending_space_) out_ += ' ';
      pending_space_ = false;
      // Every page's text passes here: copy the run of bytes that cannot start a space or an
      // invisible character at once rather than byte by byte.
      std::size_t end = i + 1;
      while (end < text.size() && !may_start_space(text[end])) ++end;
      out_.append(text, i, end - i);
      i = end;
    }
  }

  void line_break() {
    pending_space_ = false;
    if (!out_.empty() && out_.back() != '\n') out_ += '\n';
  }

  std::string finish() {
    if (!out_.empty() && out_.back() == '\n') out_.pop_back();
    return std::move(out_);
  }

 private:
  std::string out_;
  bool pending_space_ = false;
};

void collect(HtmlNode node, TextBuilder& builder, const std::vector<HtmlNode>& skip) {
  if (node.is_text()) {
    builder.add(node.text());
    return;
  }
  if (!node.is_element() || is_hidden(node)) return;
  if (!skip.empty() && std::find(skip.begin(), skip.end(), node) != skip.end()) {
    builder.line_break();  // what came before and after must not run together
    return;
  }
  const std::string_view tag = node.tag();
  const TagSets& sets = tag_sets();
  if (sets.no_text.contains(tag)) return;
  const bool block = sets.blocks.contains(tag);
  if (block || tag == "br") builder.line_break();
  const std::size_t count = node.child_count();
  for (std::size_t i = 0; i < count; ++i) collect(node.child(i), builder, skip);
  if (block) builder.line_break();
}

}  // namespace

bool style_hides(std::string_view style) {
  std::string compact;
  for (char c : fold(style)) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') compact += c;
  }
  return contains_any(compact, {"display:none", "visibility:hidden"});
}

bool is_hidden(HtmlNode element) {
  if (!element.is_element()) return false;
  if (tag_sets().never_shown.contains(element.tag()) || element.has_attribute("hidden")) {
    return true;
  }
  const auto style = element.attribute("style");
  return style && style_hides(*style);
}

bool is_aria_hidden(HtmlNode element) {
  const auto aria = element.is_element() ? element.attribute("aria-hidden") : std::nullopt;
  return aria && fold(*aria) == "true";
}

bool is_within_hidden(HtmlNode node, HtmlNode stop) {
  for (HtmlNode current = node; current.valid() && !(current == stop);
       current = current.parent()) {
    if (is_hidden(current)) return true;
  }
  return false;
}

std::string visible_text(HtmlNode root, const std::vector<HtmlNode>& skip) {
  TextBuilder builder;
  collect(root, builder, skip);
  return builder.finish();
}

std::string visible_text_line(HtmlNode root) {
  std::string text = visible_text(root);
  for (char& c : text) {
    if (c == '\n') c = ' ';
  }
  return text;
}

}  // namespace joignable::extract
