// The HTML report's trend chart: the overall score and each category's score, run after run, as
// an inline SVG with no script, no style sheet and no external reference, so the report stays one
// self-contained file. Every text in it is escaped. Pure function; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "report/report.h"

namespace joignable::report {

// An <svg> element, or "" for fewer than two runs (no trend to draw). `categories` gives the
// lines' order and legend titles (the report's own, in its language); `overall_title` names the
// overall line; dates are in words of `lang`.
std::string trend_svg(const std::vector<TrendPoint>& trend,
                      const std::vector<CategorySummary>& categories,
                      const std::string& overall_title, std::string_view lang);

}  // namespace joignable::report
