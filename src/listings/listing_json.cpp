#include "listings/listing_json.h"

namespace joignable::listings {
namespace {

// "[json.exception.parse_error.101] parse error at line 1, column 2: ..." without the bracket.
std::string without_exception_id(const char* what) {
  std::string message = what;
  if (!message.empty() && message.front() == '[') {
    if (const auto end = message.find("] "); end != std::string::npos) message.erase(0, end + 2);
  }
  return message;
}

// Parses `text` into `value`; the parse error, or "" when it parses.
std::string parse(std::string_view text, Json& value) {
  try {
    value = Json::parse(text.begin(), text.end());
    return {};
  } catch (const Json::exception& error) {
    return without_exception_id(error.what());
  }
}

}  // namespace

Result<Json> parse_json(std::string_view text) {
  Json value;
  if (std::string error = parse(text, value); !error.empty()) {
    return make_error(Error::Code::input, "not JSON: " + error);
  }
  return value;
}

std::string json_error(std::string_view text) {
  Json value;
  return parse(text, value);
}

const Json* member(const Json& value, std::string_view key) {
  if (!value.is_object()) return nullptr;
  const auto it = value.find(key);
  return it == value.end() ? nullptr : &*it;
}

std::string string_at(const Json& value, std::string_view key) {
  const Json* found = member(value, key);
  return found != nullptr && found->is_string() ? found->get<std::string>() : std::string();
}

std::optional<long long> int_at(const Json& value, std::string_view key) {
  const Json* found = member(value, key);
  if (found == nullptr) return std::nullopt;
  if (found->is_number_integer()) return found->get<long long>();
  if (found->is_number_float()) {
    // Outside this range (or NaN) the conversion would be undefined.
    const double number = found->get<double>();
    if (!(number > -1e15 && number < 1e15)) return std::nullopt;
    return static_cast<long long>(number);
  }
  return std::nullopt;
}

const Json* array_at(const Json& value, std::string_view key) {
  const Json* found = member(value, key);
  return found != nullptr && found->is_array() ? found : nullptr;
}

bool has_any(const Json& value, std::initializer_list<std::string_view> keys) {
  for (std::string_view key : keys) {
    if (member(value, key) != nullptr) return true;
  }
  return false;
}

const Json* item_of_answer(const Json& answer, std::string_view list_key) {
  const Json* list = array_at(answer, list_key);
  if (list == nullptr) return &answer;
  return list->empty() ? nullptr : &list->front();
}

}  // namespace joignable::listings
