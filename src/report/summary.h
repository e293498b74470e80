// What the human-readable writers (HTML, Markdown) put first: the few rules to fix first, the
// findings counted by severity, times shown to a person. Derived from a Report only, so both
// writers agree. Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "report/report.h"

namespace joignable::report {

// One rule to fix, with its most urgent finding and how many findings it has.
struct Priority {
  const ReportFinding* first = nullptr;  // points into the Report
  const RuleSummary* rule = nullptr;     // null when the Report has no summary for that rule
  int count = 0;
};

// The first `limit` distinct failed rules in the findings' order (most urgent first): five
// broken links are one thing to fix, not five.
std::vector<Priority> top_priorities(const Report& report, std::size_t limit);

// The summary of a rule by id, or null.
const RuleSummary* find_rule(const Report& report, const std::string& id);

struct SeverityCounts {
  int error = 0, warning = 0, info = 0;
};
SeverityCounts count_by_severity(const std::vector<ReportFinding>& findings);

// "2026-11-23T09:58:00Z" shown as "2026-11-23 09:58 UTC"; any other text unchanged.
std::string display_time(const std::string& iso8601);

}  // namespace joignable::report
