#include "extract/microdata.h"

#include <string>
#include <vector>

#include "extract/text_fold.h"
#include "extract/visible_text.h"

namespace joignable::extract {
namespace {

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// Every text node below `node`, one space between blocks: what the element says even when a
// style hides it (structured data is for machines).
std::string all_text(HtmlNode node) {
  std::string text = visible_text_line(node);
  if (!text.empty()) return text;
  walk(node, [&](HtmlNode child) {
    if (child.is_text()) text += std::string(child.text()) + " ";
    return true;
  });
  return collapse_spaces(text);
}

std::string attribute_or_empty(HtmlNode node, std::string_view name) {
  const auto value = node.attribute(name);
  return value ? std::string(*value) : std::string();
}

std::string property_text(HtmlNode node) {
  const std::string_view tag = node.tag();
  if (tag == "meta") return attribute_or_empty(node, "content");
  if (tag == "a" || tag == "area" || tag == "link") return attribute_or_empty(node, "href");
  if (tag == "img" || tag == "audio" || tag == "video" || tag == "source" || tag == "iframe" ||
      tag == "embed" || tag == "track") {
    return attribute_or_empty(node, "src");
  }
  if (tag == "object") return attribute_or_empty(node, "data");
  if (tag == "data" || tag == "meter") return attribute_or_empty(node, "value");
  if (tag == "time" && node.has_attribute("datetime")) return attribute_or_empty(node, "datetime");
  return all_text(node);
}

class MicrodataReader {
 public:
  explicit MicrodataReader(StructuredData& data) : data_(data) {}

  // Looks for items outside any item: those are top-level ones.
  void find_top(HtmlNode node) {
    walk(node, [&](HtmlNode element) {
      if (!element.is_element() || !element.has_attribute("itemscope")) return true;
      read_item(element, std::nullopt, 1);
      return false;
    });
  }

 private:
  std::size_t read_item(HtmlNode element, std::optional<std::size_t> parent, int depth) {
    const std::size_t index = data_.items.size();
    data_.items.emplace_back();
    StructuredItem& item = data_.items[index];
    item.syntax = StructuredSyntax::microdata;
    item.parent = parent;
    item.id = attribute_or_empty(element, "itemid");
    for (const std::string& type : split_words(attribute_or_empty(element, "itemtype"))) {
      item.types.emplace_back(schema_org_name(type));
    }
    for (std::size_t i = 0; i < element.child_count(); ++i) {
      read_properties(element.child(i), index, depth);
    }
    return index;
  }

  // The properties of item `index` under `node`: an element with itemprop is one; an element
  // with itemscope starts another item, whose own properties are not ours.
  void read_properties(HtmlNode node, std::size_t index, int depth) {
    if (!node.is_element()) return;
    const auto names = split_words(attribute_or_empty(node, "itemprop"));
    const bool scope = node.has_attribute("itemscope");
    if (scope) {
      if (depth >= kMaxStructuredDepth) return;
      if (names.empty()) {
        read_item(node, std::nullopt, depth + 1);  // an unrelated item inside ours
        return;
      }
      const std::size_t nested = read_item(node, index, depth + 1);
      for (const std::string& name : names) {
        data_.items[index].properties[std::string(schema_org_name(name))].push_back(
            {data_.items[nested].id, nested});
      }
      return;
    }
    if (!names.empty()) {
      const std::string text = property_text(node);
      for (const std::string& name : names) {
        data_.items[index].properties[std::string(schema_org_name(name))].push_back(
            {text, std::nullopt});
      }
    }
    for (std::size_t i = 0; i < node.child_count(); ++i) {
      read_properties(node.child(i), index, depth);
    }
  }

  StructuredData& data_;
};

}  // namespace

void read_microdata(HtmlNode root, StructuredData& data) { MicrodataReader(data).find_top(root); }

}  // namespace joignable::extract
