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

std::string display_time(const std::string& iso8601) {
  // Only the exact shape util::now_iso8601 writes: YYYY-MM-DDTHH:MM:SSZ.
  if (iso8601.size() != 20 || iso8601[10] != 'T' || iso8601.back() != 'Z') return iso8601;
  return iso8601.substr(0, 10) + " " + iso8601.substr(11, 5) + " UTC";
}

}  // namespace joignable::report
