// findings.csv: one row per finding, for a spreadsheet. RFC 4180 (comma separator, CRLF line
// ends, quotes where needed), UTF-8 without a byte-order mark; cells that a spreadsheet would run
// as a formula are neutralised (escape.h csv_field). Pure function; thread-safe.
#pragma once

#include <string>

#include "report/report.h"

namespace joignable::report {

// Header "rule,category,severity,url,message,evidence", then the findings in the Report's order.
std::string render_csv(const Report& report);

}  // namespace joignable::report
