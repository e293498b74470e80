#include "report/visible_text.h"

#include <algorithm>
#include <regex>

namespace joignable::report::testing {

namespace {

// Plain string scanning, not std::regex: libstdc++'s matcher recurses once per character of a
// match, and the report's style sheet and its screenshots' data: URIs (200 KB each) overflow
// the stack, under AddressSanitizer first.

// `text` without every run from `open` to the end of the next `close` (both included).
std::string without_runs(const std::string& text, const std::string& open,
                         const std::string& close) {
  std::string out;
  std::size_t from = 0;
  for (auto at = text.find(open); at != std::string::npos; at = text.find(open, from)) {
    const auto end = text.find(close, at + open.size());
    out.append(text, from, at - from);
    out += ' ';
    from = end == std::string::npos ? text.size() : end + close.size();
  }
  out.append(text, std::min(from, text.size()));
  return out;
}

// `html` without the elements whose start tag ends with ` class="rule-id">` (text and end tag).
std::string without_rule_ids(const std::string& html) {
  const std::string marker = " class=\"rule-id\">";
  std::string out;
  std::size_t from = 0;
  for (auto at = html.find(marker); at != std::string::npos; at = html.find(marker, from)) {
    const auto tag = html.rfind('<', at);
    const auto text_end = html.find('<', at + marker.size());
    const auto end = text_end == std::string::npos ? std::string::npos : html.find('>', text_end);
    out.append(html, from, tag - from);
    out += ' ';
    from = end == std::string::npos ? html.size() : end + 1;
  }
  out.append(html, std::min(from, html.size()));
  return out;
}

void replace_all(std::string& text, const std::string& from, const std::string& to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

std::string collapse_spaces(const std::string& text) {
  std::string out;
  bool space = false;
  for (const char c : text) {
    const bool is_space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
    if (is_space) {
      if (!space) out += ' ';
    } else {
      out += c;
    }
    space = is_space;
  }
  return out;
}

}  // namespace

std::string visible_text(const std::string& html) {
  std::string text = without_runs(html, "<style", "</style>");
  text = without_runs(text, "<script", "</script>");
  text = without_rule_ids(text);
  text = without_runs(text, "<", ">");
  for (const auto& [entity, character] :
       {std::pair{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&#x27;", "'"},
        {"&amp;", "&"}}) {
    replace_all(text, entity, character);
  }
  return collapse_spaces(text);
}

std::string visible_markdown(const std::string& markdown) {
  std::string text = std::regex_replace(markdown, std::regex("`[^`]*`"), " ");
  return std::regex_replace(text, std::regex(R"(\\([!-/:-@\[-`{-~]))"), "$1");
}

}  // namespace joignable::report::testing
