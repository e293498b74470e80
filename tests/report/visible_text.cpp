#include "report/visible_text.h"

#include <regex>

namespace joignable::report::testing {

namespace {

// Drops the bytes of data: URIs (the report's screenshots, 200 KB each): std::regex recurses
// once per character of a match, and a tag that long overflows the stack.
std::string without_data_uris(const std::string& html) {
  std::string out;
  std::size_t from = 0;
  for (auto at = html.find("\"data:"); at != std::string::npos; at = html.find("\"data:", from)) {
    const auto end = html.find('"', at + 1);
    if (end == std::string::npos) break;
    out.append(html, from, at + 1 - from);
    from = end;
  }
  out.append(html, from);
  return out;
}

}  // namespace

std::string visible_text(const std::string& raw_html) {
  const std::string html = without_data_uris(raw_html);
  static const std::regex kHidden(
      R"(<style[\s\S]*?</style>|<script[\s\S]*?</script>|<[a-z]+ class="rule-id">[^<]*</[a-z]+>)");
  static const std::regex kTag(R"(<[^>]*>)");
  std::string text = std::regex_replace(html, kHidden, " ");
  text = std::regex_replace(text, kTag, " ");
  for (const auto& [entity, character] :
       {std::pair{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&#x27;", "'"},
        {"&amp;", "&"}}) {
    text = std::regex_replace(text, std::regex(entity), character);
  }
  return std::regex_replace(text, std::regex(R"(\s+)"), " ");
}

std::string visible_markdown(const std::string& markdown) {
  std::string text = std::regex_replace(markdown, std::regex("`[^`]*`"), " ");
  return std::regex_replace(text, std::regex(R"(\\([!-/:-@\[-`{-~]))"), "$1");
}

}  // namespace joignable::report::testing
