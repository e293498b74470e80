// The three renderings of a Comparison: compare.json (for scripts), compare.md (for a chat or a
// pull request) and compare.html (self-contained, with an inline-SVG bar chart). Every company
// name, URL and title is escaped for its format. Pure functions; thread-safe.
#pragma once

#include <filesystem>
#include <string>

#include "report/comparison.h"
#include "util/result.h"

namespace joignable::report {

std::string render_compare_json(const Comparison& comparison);
std::string render_compare_markdown(const Comparison& comparison);
// Fails when the template (templates_dir/compare.html.mustache) cannot be read or rendered.
[[nodiscard]] Result<std::string> render_compare_html(const Comparison& comparison,
                                                      const std::filesystem::path& templates_dir);

// The grouped horizontal bar chart of the overall and category scores, as an <svg> element:
// one group per score, one bar per company. Exposed for its test.
std::string score_chart_svg(const Comparison& comparison);

}  // namespace joignable::report
