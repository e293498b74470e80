// What changed between an earlier audit of a target (a stored run or a baseline report.json) and
// this one: which findings are new, which are fixed, how the score moved. Findings are matched by
// rule and key (rules/finding_key.h), never by wording. Pure functions; thread-safe.
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include "report/report.h"
#include "util/result.h"

namespace joignable::report {

// An earlier audit as the comparison needs it.
struct EarlierAudit {
  std::vector<FindingRef> findings;  // any order; repeats ignored
  std::optional<int> score;          // overall
};

// Fills report.changes' new_findings, fixed and score_delta from `earlier` and marks each
// finding of `report` new or not. report.changes.previous or .baseline say what `earlier` is and
// are left as they are.
void compare_with(Report& report, const EarlierAudit& earlier);

// The findings and score of a report.json written by joignable (--baseline). Fails, naming the
// file, when it cannot be read, is not JSON, is not a joignable report, or has findings without
// a key (written before keys existed).
[[nodiscard]] Result<EarlierAudit> read_baseline(const std::filesystem::path& file);

}  // namespace joignable::report
