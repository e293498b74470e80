#include "report/visible_text.h"

#include <regex>

namespace joignable::report::testing {

std::string visible_text(const std::string& html) {
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
