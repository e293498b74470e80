#include "report/changes.h"

#include <fstream>

#include <catch2/catch.hpp>

#include "support/temp_dir.h"

namespace joignable::report {
namespace {

Report report_with(std::vector<FindingRef> refs, std::optional<int> score) {
  Report report;
  report.overall_score = score;
  for (auto& ref : refs) {
    ReportFinding finding;
    finding.rule = ref.rule;
    finding.key = ref.key;
    report.findings.push_back(finding);
  }
  return report;
}

void write(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("findings are new or fixed by rule and key; the score delta follows", "[report]") {
  Report report = report_with({{"link.broken_internal", "/b"},
                               {"phone.premium_rate", "+33892350149"},
                               {"link.broken_internal", "/b"}},
                              62);
  compare_with(report, {{{"phone.premium_rate", "+33892350149"}, {"phone.not_on_home", "+33465"}}, 70});
  CHECK(report.findings[0].is_new);
  CHECK_FALSE(report.findings[1].is_new);
  CHECK(report.findings[2].is_new);
  // One new entry for the two findings that share a key.
  CHECK(report.changes.new_findings == std::vector<FindingRef>{{"link.broken_internal", "/b"}});
  CHECK(report.changes.fixed == std::vector<FindingRef>{{"phone.not_on_home", "+33465"}});
  CHECK(report.changes.score_delta == -8);
}

TEST_CASE("without an earlier score there is no delta", "[report]") {
  Report report = report_with({}, 80);
  compare_with(report, {{}, std::nullopt});
  CHECK_FALSE(report.changes.score_delta);
  CHECK(report.changes.new_findings.empty());
}

TEST_CASE("a baseline report.json gives its findings' keys and its score", "[report]") {
  testing::TempDir dir;
  write(dir / "ok.json", R"({"schema": "joignable.report/1", "score": {"overall": 71},
    "findings": [{"rule": "link.broken_internal", "key": "/b"}, {"rule": "phone.missing", "key": ""}]})");
  auto baseline = read_baseline(dir / "ok.json");
  REQUIRE(baseline);
  CHECK(baseline->score == 71);
  CHECK(baseline->findings == std::vector<FindingRef>{{"link.broken_internal", "/b"},
                                                      {"phone.missing", ""}});
}

TEST_CASE("a bad baseline is one line naming the file and what is wrong", "[report]") {
  testing::TempDir dir;
  write(dir / "old.json", R"({"schema": "joignable.report/1", "findings": [{"rule": "x"}]})");
  write(dir / "other.json", R"({"findings": []})");
  write(dir / "broken.json", "{");
  const auto message = [](const std::filesystem::path& file) {
    auto read = read_baseline(file);
    REQUIRE_FALSE(read);
    return read.error().to_string();
  };
  CHECK(message(dir / "old.json") ==
        (dir / "old.json").string() +
            ": findings[0].key: no key (a report written before joignable kept finding keys)");
  CHECK(message(dir / "other.json") == (dir / "other.json").string() +
                                           ": schema: not a joignable report.json");
  CHECK(message(dir / "broken.json").starts_with((dir / "broken.json").string() + ": not a JSON file"));
  CHECK(message(dir / "missing.json") ==
        (dir / "missing.json").string() + ": cannot read the baseline report");
}

}  // namespace joignable::report
