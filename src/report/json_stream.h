// JsonStream: writes a JSON object or array one member or element at a time, exactly as
// nlohmann-json's dump(2) writes the whole: each value is built, written and freed before the
// next. Built whole, the report.json of a 20,000-page audit was held twice over, as a tree and
// as text (some 90 MB). With json_writer.cpp, the only nlohmann-json includer of report/.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace joignable::report {

// Keys keep the order they are added in, so that report.json reads like CONTRACT.md.
using Json = nlohmann::ordered_json;

// `json` indented by two spaces. Crawled text is often not valid UTF-8: it is written with U+FFFD
// in place of the bad bytes, where dump() would throw.
inline std::string dump_json(const Json& json) {
  return json.dump(2, ' ', false, Json::error_handler_t::replace);
}

class JsonStream {
 public:
  enum class Kind { object, array };
  // Nothing is written until the first member or element; close() writes the end.
  // `depth`: how many containers enclose this one, for the indentation.
  JsonStream(std::ostream& out, Kind kind, int depth) : out_(out), kind_(kind), depth_(depth) {}

  void member(std::string_view key, const Json& value) {
    start_member(key);
    write(value);
  }
  void element(const Json& value) {
    start_entry();
    write(value);
  }
  JsonStream nested(std::string_view key, Kind kind) {
    start_member(key);
    return JsonStream(out_, kind, depth_ + 1);
  }
  // Member `key`: an array of to_json(value) for each of `values`, one element at a time.
  template <class Range, class ToJson>
  void array_member(std::string_view key, const Range& values, ToJson to_json) {
    JsonStream array = nested(key, Kind::array);
    for (const auto& value : values) array.element(to_json(value));
    array.close();
  }
  void close() {
    const bool object = kind_ == Kind::object;
    if (empty_) {
      out_ << (object ? "{}" : "[]");
    } else {
      const std::string indent(2 * static_cast<std::size_t>(depth_), ' ');
      out_ << '\n' << indent << (object ? '}' : ']');
    }
  }

 private:
  void start_entry() {
    out_ << (!empty_ ? ",\n" : kind_ == Kind::object ? "{\n" : "[\n") << indent();
    empty_ = false;
  }
  void start_member(std::string_view key) {
    start_entry();
    out_ << Json(std::string(key)).dump() << ": ";
  }
  std::string indent() const { return std::string(2 * static_cast<std::size_t>(depth_ + 1), ' '); }
  // dump_json() indents from zero: each of its lines moves in to this container's entries.
  void write(const Json& value) {
    const std::string text = dump_json(value);
    const std::string newline = "\n" + indent();
    std::size_t start = 0;
    for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
      out_.write(text.data() + start, static_cast<std::streamsize>(end - start)) << newline;
    }
    out_.write(text.data() + start, static_cast<std::streamsize>(text.size() - start));
  }

  std::ostream& out_;
  Kind kind_;
  int depth_;
  bool empty_ = true;
};

}  // namespace joignable::report
