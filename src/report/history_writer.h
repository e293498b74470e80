// `joignable history`: the finished runs of one target, one row each, as a table for a terminal,
// JSON for scripts or CSV for a spreadsheet. RunRecord is what the store gives back for a run;
// the writers read nothing else. Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "report/report.h"

namespace joignable::report {

// A finished run as `history`, `compare` and the trend chart list it.
struct RunRecord {
  long long id = 0;
  std::string target_name, site;
  std::string started_at, finished_at;  // ISO-8601, UTC
  std::optional<long long> duration_s;  // finished_at - started_at
  std::optional<int> overall_score;
  std::string grade;
  std::vector<CategorySummary> categories;  // display order, titles in the run's language
  long long pages = 0;
  int findings = 0;
  std::optional<int> new_findings, fixed_findings;  // nullopt: stored before they were counted
};

// Aligned columns: run, date, score, grade, each category, findings, new, fixed, pages,
// duration; "-" for what a run does not have.
std::string render_history_table(const std::vector<RunRecord>& runs);

// {"target": {"name", "site"}, "runs": [{"run", "started_at", "finished_at", "duration_s",
// "score", "grade", "categories": {id: n|null}, "findings", "new", "fixed", "pages"}]}.
std::string render_history_json(const std::string& name, const std::string& site,
                                const std::vector<RunRecord>& runs);

// One header line, then one line per run: the table's columns, durations in seconds.
std::string render_history_csv(const std::vector<RunRecord>& runs);

}  // namespace joignable::report
