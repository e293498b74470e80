// report.html: the report a consultant hands to a client, rendered from the mustache template
// reports/report.html.mustache (the only kainjow mustache includer). The template gets a view
// of the Report in which every label is already in the report's language and every href has been
// through safe_href; mustache's {{ }} does the HTML escaping. Pure function of its inputs apart
// from reading the template file; thread-safe.
#pragma once

#include <filesystem>
#include <string>

#include "report/report.h"
#include "util/result.h"

namespace joignable::report {

inline constexpr const char* kHtmlTemplate = "report.html.mustache";
// What changed and the trend chart: a partial of its own ({{>changes_section}}).
inline constexpr const char* kChangesTemplate = "changes.html.mustache";

// Renders templates_dir/report.html.mustache with its partial changes.html.mustache. An Error
// (code io) when a file cannot be read, an Error (code input) naming the file when the template
// does not parse or render.
[[nodiscard]] Result<std::string> render_html(const Report& report,
                                              const std::filesystem::path& templates_dir);

}  // namespace joignable::report
