// What the human-readable writers (HTML, Markdown) put first: the few rules to fix first, the
// findings counted by severity, times shown to a person. Derived from a Report only, so both
// writers agree. Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "report/report.h"

namespace joignable::report {

// One finding to fix first, with its rule.
struct Priority {
  const ReportFinding* finding = nullptr;  // points into the Report
  const RuleSummary* rule = nullptr;       // null when the Report has no summary for that rule
};

// The `limit` findings that give the most points back (the Report's order), leaving out those
// that give none (rules of weight 0).
std::vector<Priority> top_priorities(const Report& report, std::size_t limit);

// The summary of a rule by id, or null.
const RuleSummary* find_rule(const Report& report, const std::string& id);

struct SeverityCounts {
  int error = 0, warning = 0, info = 0;
};
SeverityCounts count_by_severity(const std::vector<ReportFinding>& findings);


}  // namespace joignable::report
