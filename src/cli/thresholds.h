// The thresholds a CI job sets on an audit (--fail-under, --fail-under-category, --fail-on new,
// --strict) and how they are judged: any that trips makes the audit exit 1, and each one that
// trips gives one line saying which and why. Plain values and pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "report/report.h"
#include "util/result.h"

namespace joignable::cli {

struct Thresholds {
  std::optional<int> fail_under;                           // overall score, 0-100
  std::vector<std::pair<std::string, int>> fail_under_category;  // category id -> minimum
  bool fail_on_new = false;  // any finding new since the previous run or the baseline
  bool strict = false;       // any finding of severity error
};

// "phone=80,forms=70" as (category, minimum) pairs. Fails, naming --fail-under-category, on a
// malformed pair, a score outside 0-100 or a category not in `categories` (with a suggestion).
[[nodiscard]] Result<std::vector<std::pair<std::string, int>>> parse_category_thresholds(
    const std::string& text, const std::vector<std::string>& categories);

// One line per threshold that `report` trips, in the order of Thresholds' fields; empty when
// none trips. A category without a score (nothing to judge) trips nothing.
std::vector<std::string> tripped_thresholds(const report::Report& report,
                                            const Thresholds& thresholds);

}  // namespace joignable::cli
