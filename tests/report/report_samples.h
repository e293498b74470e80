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
// a form, two broken links and a contact page. Score 72, grade C.
Report hostile_report(const std::string& lang);

}  // namespace joignable::report::testing
