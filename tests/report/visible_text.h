// What a reader sees of a rendered report, for tests that judge its wording: the text of an HTML
// page (no style, no markup, rule ids left out, entities decoded) or of a Markdown one (no code
// spans, escapes undone).
#pragma once

#include <string>

namespace joignable::report::testing {

// The text of `html` between its tags, without <style> and <script> contents nor elements of
// class "rule-id" (stable ids shown to the consultant on purpose); entities decoded.
std::string visible_text(const std::string& html);

// `markdown` without its `code spans` and with its backslash escapes undone.
std::string visible_markdown(const std::string& markdown);

}  // namespace joignable::report::testing
