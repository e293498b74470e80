// report.md: a short summary for a CI step summary or a pull-request comment (GitHub-flavoured
// Markdown): score and grade, category scores, the rules to fix first, counts. Labels in the
// report's language; every crawled string escaped. Pure function; thread-safe.
#pragma once

#include <string>

#include "report/report.h"

namespace joignable::report {

std::string render_markdown(const Report& report);

}  // namespace joignable::report
