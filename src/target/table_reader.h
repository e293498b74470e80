// TableReader: reads one TOML table of a target file, knowing the keys it accepts. Every problem
// (unknown key, wrong type, value out of range) becomes an Error with the file, the line and the
// dotted key. Used only by target_loader.cpp; thread-compatible.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "util/edit_distance.h"
#include "util/result.h"

namespace joignable::target {

class TableReader {
 public:
  TableReader(const toml::table& table, std::string path, std::string file,
              std::vector<std::string> allowed)
      : table_(table), path_(std::move(path)), file_(std::move(file)),
        allowed_(std::move(allowed)) {}

  // An unknown key is an error, with the closest allowed key as a suggestion.
  Result<void> check_keys() const {
    for (const auto& [key, node] : table_) {
      const std::string name(key.str());
      if (std::find(allowed_.begin(), allowed_.end(), name) != allowed_.end()) continue;
      return error_at(key.source(), name, util::with_suggestion("unknown key", name, allowed_));
    }
    return {};
  }

  Result<std::optional<std::string>> string(const std::string& key) const {
    return value<std::string>(key, "a string");
  }
  Result<std::optional<bool>> boolean(const std::string& key) const {
    return value<bool>(key, "true or false");
  }
  // An array of strings.
  Result<std::optional<std::vector<std::string>>> strings(const std::string& key) const {
    const toml::node* node = table_.get(key);
    if (node == nullptr) return std::optional<std::vector<std::string>>{};
    const toml::array* array = node->as_array();
    std::vector<std::string> items;
    for (std::size_t i = 0; array != nullptr && i < array->size(); ++i) {
      const auto item = array->get(i)->value_exact<std::string>();
      if (!item) break;
      items.push_back(*item);
    }
    if (array == nullptr || items.size() != array->size()) {
      return error_at(node->source(), key,
                      "expected an array of strings, got " +
                          (array == nullptr ? type_name(*node) : std::string("other values")));
    }
    return std::optional<std::vector<std::string>>(std::move(items));
  }
  // An integer within [min, max].
  Result<std::optional<long long>> integer(const std::string& key, long long min,
                                           long long max) const {
    auto number = value<int64_t>(key, "an integer");
    if (!number || !number->has_value()) return number;
    if (**number < min || **number > max) {
      return error_at(table_.get(key)->source(), key,
                      "must be between " + std::to_string(min) + " and " + std::to_string(max));
    }
    return number;
  }

  // A number within [min, max], written as an integer or with a fraction.
  Result<std::optional<double>> number(const std::string& key, double min, double max) const {
    const toml::node* node = table_.get(key);
    if (node == nullptr) return std::optional<double>{};
    std::optional<double> number = node->value_exact<double>();
    if (auto integer = node->value_exact<int64_t>()) number = static_cast<double>(*integer);
    if (!number) {
      return error_at(node->source(), key, "expected a number, got " + type_name(*node));
    }
    if (*number < min || *number > max) {
      std::ostringstream range;
      range << "must be between " << min << " and " << max;
      return error_at(node->source(), key, range.str());
    }
    return number;
  }

  tl::unexpected<Error> error_at(const toml::source_region& where, const std::string& key,
                                 const std::string& message) const {
    return make_error(Error::Code::input, message, file_, static_cast<int>(where.begin.line),
                      qualified(key));
  }
  tl::unexpected<Error> error_at(const std::string& key, const std::string& message) const {
    const toml::node* node = table_.get(key);
    return error_at(node != nullptr ? node->source() : table_.source(), key, message);
  }

  std::string qualified(const std::string& key) const {
    return path_.empty() ? key : path_ + "." + key;
  }
  const toml::table& table() const { return table_; }
  const std::string& file() const { return file_; }

 private:
  template <class T>
  Result<std::optional<T>> value(const std::string& key, const char* expected) const {
    const toml::node* node = table_.get(key);
    if (node == nullptr) return std::optional<T>{};
    if (auto typed = node->value_exact<T>()) return typed;
    return error_at(node->source(), key,
                    std::string("expected ") + expected + ", got " + type_name(*node));
  }

  static std::string type_name(const toml::node& node) {
    switch (node.type()) {
      case toml::node_type::string: return "a string";
      case toml::node_type::integer: return "an integer";
      case toml::node_type::floating_point: return "a number";
      case toml::node_type::boolean: return "a boolean";
      case toml::node_type::table: return "a table";
      case toml::node_type::array: return "an array";
      default: return "a date or time";
    }
  }

  const toml::table& table_;
  std::string path_;
  std::string file_;
  std::vector<std::string> allowed_;
};

}  // namespace joignable::target
