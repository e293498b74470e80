#include "report/summary.h"


namespace joignable::report {

std::vector<Priority> top_priorities(const Report& report, std::size_t limit) {
  std::vector<Priority> priorities;
  for (const ReportFinding& finding : report.findings) {
    if (priorities.size() == limit) break;
    if (finding.points > 0) priorities.push_back({&finding, find_rule(report, finding.rule)});
  }
  return priorities;
}

const RuleSummary* find_rule(const Report& report, const std::string& id) {
  for (const RuleSummary& rule : report.rules) {
    if (rule.id == id) return &rule;
  }
  return nullptr;
}

SeverityCounts count_by_severity(const std::vector<ReportFinding>& findings) {
  SeverityCounts counts;
  for (const ReportFinding& finding : findings) {
    switch (finding.severity) {
      case rules::Severity::error: ++counts.error; break;
      case rules::Severity::warning: ++counts.warning; break;
      case rules::Severity::info: ++counts.info; break;
    }
  }
  return counts;
}

}  // namespace joignable::report
