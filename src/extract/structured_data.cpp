#include "extract/structured_data.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "extract/microdata.h"
#include "extract/text_fold.h"

namespace joignable::extract {
namespace {

using Json = nlohmann::json;

// The deepest bracket nesting of a JSON text, strings skipped. Measured before parsing so that
// a hostile "[[[[..." never reaches the parser's or our recursion.
int json_depth(std::string_view json) {
  int depth = 0;
  int deepest = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
      continue;
    }
    if (c == '"')
      in_string = true;
    else if (c == '{' || c == '[')
      deepest = std::max(deepest, ++depth);
    else if (c == '}' || c == ']')
      --depth;
  }
  return deepest;
}

// Sites wrap JSON-LD in HTML comments or CDATA markers, remnants of old XHTML habits.
std::string_view unwrap(std::string_view json) {
  auto trim = [](std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return std::string_view();
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
  };
  json = trim(json);
  for (std::string_view prefix : {"<!--", "//<![CDATA[", "<![CDATA["}) {
    if (json.starts_with(prefix)) json = trim(json.substr(prefix.size()));
  }
  for (std::string_view suffix : {"-->", "//]]>", "]]>"}) {
    if (json.ends_with(suffix)) json = trim(json.substr(0, json.size() - suffix.size()));
  }
  return json;
}

class JsonLdReader {
 public:
  explicit JsonLdReader(StructuredData& data) : data_(data) {}

  // A top-level value: an item, an array of items, or an object holding @graph.
  void read_top(const Json& value) {
    if (value.is_array()) {
      for (const Json& element : value) read_top(element);
    } else if (value.is_object()) {
      const auto graph = value.find("@graph");
      if (graph != value.end()) {
        read_top(*graph);
        // An object with @graph and a type of its own is an item too.
        if (value.contains("@type")) read_item(value, std::nullopt);
      } else {
        read_item(value, std::nullopt);
      }
    }
  }

 private:
  std::size_t read_item(const Json& object, std::optional<std::size_t> parent) {
    const std::size_t index = data_.items.size();
    data_.items.emplace_back();
    data_.items[index].syntax = StructuredSyntax::json_ld;
    data_.items[index].parent = parent;
    for (const auto& [key, value] : object.items()) {
      if (key == "@type") {
        for_each_element(value, [&](const Json& type) {
          if (type.is_string()) {
            data_.items[index].types.emplace_back(
                schema_org_name(type.get_ref<const std::string&>()));
          }
        });
      } else if (key == "@id" && value.is_string()) {
        data_.items[index].id = value.get<std::string>();
      } else if (!key.starts_with("@")) {
        std::string name(schema_org_name(key));
        for_each_element(value, [&](const Json& element) { add_value(index, name, element); });
      }
    }
    return index;
  }

  void add_value(std::size_t index, const std::string& name, const Json& value) {
    StructuredValue out;
    if (value.is_object()) {
      // {"@value": "..."} is a literal with a language or a datatype, not an item.
      if (const auto literal = value.find("@value"); literal != value.end()) {
        out.text = scalar_text(*literal);
      } else {
        const std::size_t nested = read_item(value, index);
        out.item = nested;
        out.text = data_.items[nested].id;
      }
    } else if (value.is_null()) {
      return;
    } else {
      out.text = scalar_text(value);
    }
    data_.items[index].properties[name].push_back(std::move(out));
  }

  static std::string scalar_text(const Json& value) {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_number() || value.is_boolean()) return value.dump();
    return {};
  }

  template <class Visit>
  static void for_each_element(const Json& value, Visit&& visit) {
    if (!value.is_array()) {
      visit(value);
      return;
    }
    for (const Json& element : value) {
      // Arrays of arrays mean nothing in JSON-LD; their content is read as if flat.
      if (element.is_array())
        for_each_element(element, visit);
      else
        visit(element);
    }
  }

  StructuredData& data_;
};

bool is_json_ld_script(HtmlNode node) {
  if (!node.is_element() || node.tag() != "script") return false;
  const auto type = node.attribute("type");
  return type && collapse_spaces(fold(*type)).starts_with("application/ld+json");
}

}  // namespace

bool StructuredItem::has_type(std::string_view type) const {
  return std::find(types.begin(), types.end(), type) != types.end();
}

const std::vector<StructuredValue>& StructuredItem::values(std::string_view property) const {
  static const std::vector<StructuredValue> kNone;
  const auto found = properties.find(std::string(property));
  return found != properties.end() ? found->second : kNone;
}

std::vector<std::size_t> StructuredData::items_of_type(std::string_view type) const {
  std::vector<std::size_t> found;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].has_type(type)) found.push_back(i);
  }
  return found;
}

std::string_view schema_org_name(std::string_view name) {
  for (std::string_view prefix : {"https://schema.org/", "http://schema.org/",
                                  "https://www.schema.org/", "http://www.schema.org/", "schema:"}) {
    if (name.starts_with(prefix)) return name.substr(prefix.size());
  }
  return name;
}

bool read_json_ld(std::string_view json, StructuredData& data) {
  json = unwrap(json);
  if (json.empty() || json_depth(json) > kMaxStructuredDepth) return false;
  // Without exceptions: invalid JSON yields a "discarded" value. Comments are tolerated, as
  // browsers' and search engines' readers do.
  const Json parsed = Json::parse(json.begin(), json.end(), nullptr, /*allow_exceptions=*/false,
                                  /*ignore_comments=*/true);
  if (parsed.is_discarded()) return false;
  JsonLdReader(data).read_top(parsed);
  return true;
}

StructuredData read_structured_data(const HtmlDocument& document) {
  StructuredData data;
  walk(document.root(), [&](HtmlNode node) {
    if (!is_json_ld_script(node)) return true;
    std::string text;
    for (std::size_t i = 0; i < node.child_count(); ++i) text += node.child(i).text();
    if (!read_json_ld(text, data)) ++data.broken_blocks;
    return false;
  });
  read_microdata(document.root(), data);
  return data;
}

}  // namespace joignable::extract
