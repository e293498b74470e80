#include "rules/message.h"

#include <algorithm>
#include <optional>
#include <string_view>

namespace joignable::rules {
namespace {

bool is_name_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

// The placeholder name starting at tmpl[open] ('{'), if that brace opens one.
std::optional<std::string_view> placeholder_at(std::string_view tmpl, size_t open) {
  size_t end = open + 1;
  while (end < tmpl.size() && is_name_char(tmpl[end])) ++end;
  if (end == open + 1 || end >= tmpl.size() || tmpl[end] != '}') return std::nullopt;
  return tmpl.substr(open + 1, end - open - 1);
}

}  // namespace

std::string format_message(const std::string& tmpl,
                           const std::map<std::string, std::string>& fields) {
  std::string out;
  out.reserve(tmpl.size());
  size_t i = 0;
  while (i < tmpl.size()) {
    if (tmpl[i] == '{') {
      if (auto name = placeholder_at(tmpl, i)) {
        auto field = fields.find(std::string(*name));
        if (field != fields.end()) {
          out += field->second;
          i += name->size() + 2;
          continue;
        }
      }
    }
    out += tmpl[i++];
  }
  return out;
}

std::string list_field(const std::vector<std::string>& items, std::size_t shown) {
  std::string raw;
  for (std::size_t i = 0; i < items.size() && i < shown; ++i) {
    if (i > 0) raw += '\n';
    raw += items[i];
  }
  if (items.size() > shown) raw += "\n+" + std::to_string(items.size() - shown);
  return raw;
}

std::vector<std::string> placeholders(const std::string& tmpl) {
  std::vector<std::string> names;
  for (size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] != '{') continue;
    if (auto name = placeholder_at(tmpl, i)) {
      if (std::find(names.begin(), names.end(), *name) == names.end()) names.emplace_back(*name);
      i += name->size() + 1;
    }
  }
  return names;
}

}  // namespace joignable::rules
