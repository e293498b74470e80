#include "report/changes.h"

#include <algorithm>
#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

namespace joignable::report {

void compare_with(Report& report, const EarlierAudit& earlier) {
  const std::set<FindingRef> before(earlier.findings.begin(), earlier.findings.end());
  std::set<FindingRef> now;
  Changes& changes = report.changes;
  changes.new_findings.clear();
  for (ReportFinding& finding : report.findings) {
    FindingRef ref{finding.rule, finding.key};
    finding.is_new = !before.contains(ref);
    // Two findings with one key (a rule that repeats itself) count once.
    if (finding.is_new && !now.contains(ref)) changes.new_findings.push_back(ref);
    now.insert(std::move(ref));
  }
  changes.fixed.clear();
  std::set_difference(before.begin(), before.end(), now.begin(), now.end(),
                      std::back_inserter(changes.fixed));
  changes.score_delta.reset();
  if (report.overall_score && earlier.score) {
    changes.score_delta = *report.overall_score - *earlier.score;
  }
}

Result<EarlierAudit> read_baseline(const std::filesystem::path& file) {
  const std::string name = file.string();
  std::ifstream in(file, std::ios::binary);
  if (!in) return make_error(Error::Code::input, "cannot read the baseline report", name);
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    return make_error(Error::Code::input, std::string("not a JSON file: ") + e.what(), name);
  }
  if (!json.is_object() || json.value("schema", "") != "joignable.report/1" ||
      !json.contains("findings") || !json["findings"].is_array()) {
    return make_error(Error::Code::input, "not a joignable report.json", name, 0, "schema");
  }
  EarlierAudit earlier;
  const auto& score = json["score"];
  if (score.is_object() && score.contains("overall") && score["overall"].is_number_integer()) {
    earlier.score = score["overall"].get<int>();
  }
  const auto& findings = json["findings"];
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const auto& finding = findings[i];
    const std::string where = "findings[" + std::to_string(i) + "]";
    if (!finding.is_object() || !finding.contains("rule") || !finding["rule"].is_string()) {
      return make_error(Error::Code::input, "expected an object with a rule", name, 0, where);
    }
    if (!finding.contains("key") || !finding["key"].is_string()) {
      return make_error(Error::Code::input,
                        "no key (a report written before joignable kept finding keys)", name, 0,
                        where + ".key");
    }
    earlier.findings.push_back(
        {finding["rule"].get<std::string>(), finding["key"].get<std::string>()});
  }
  return earlier;
}

}  // namespace joignable::report
