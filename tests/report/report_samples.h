// Hand-built Reports for the writers' tests: a hostile one whose crawled strings hold markup,
// a javascript: URL, invalid UTF-8 and spreadsheet formulas, in either language.
#pragma once

#include <string>

#include "report/report.h"

namespace joignable::report::testing {

inline constexpr const char* kScript = "<script>alert(1)</script>";
inline constexpr const char* kJavascriptUrl = "javascript:alert(1)";
inline constexpr const char* kInvalidUtf8 = "Lien cass\xff\xfe";
inline constexpr const char* kFormula = "=cmd|' /C calc'!A0";

// Three findings (one error, two warnings of one rule), five rule summaries (fail, fail, pass,
// not applicable, error), three categories (one without a score), two phones, a fax, an e-mail,
// a form, two broken links, a contact page, an address, hours, and two listings: "google" read
// (hostile title and phone, another number, Saturday hours the site does not give, a holiday,
// temporarily closed) and "osm" unread (hostile error). Score 72, grade C.
Report hostile_report(const std::string& lang);

}  // namespace joignable::report::testing
