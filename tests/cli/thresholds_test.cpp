#include "cli/thresholds.h"

#include <catch2/catch.hpp>

namespace joignable::cli {
namespace {

const std::vector<std::string> kCategories = {"phone", "hours", "forms", "links", "listings",
                                              "navigation"};

report::Report scored(int overall) {
  report::Report report;
  report.overall_score = overall;
  report.categories = {{"phone", "Phone", 60}, {"forms", "Forms", 90}, {"hours", "Hours", std::nullopt}};
  report::ReportFinding error;
  error.rule = "phone.premium_rate";
  error.severity = rules::Severity::error;
  error.key = "+33892350149";
  report::ReportFinding warning;
  warning.rule = "form.unlabelled_field";
  report.findings = {error, warning};
  return report;
}

}  // namespace

TEST_CASE("category thresholds parse, with errors naming the option", "[cli]") {
  auto parsed = parse_category_thresholds("phone=80,forms=70", kCategories);
  REQUIRE(parsed);
  CHECK(*parsed == std::vector<std::pair<std::string, int>>{{"phone", 80}, {"forms", 70}});
  const auto error = [](const std::string& text) {
    auto result = parse_category_thresholds(text, kCategories);
    REQUIRE_FALSE(result);
    return result.error().to_string();
  };
  CHECK(error("phon=80") ==
        "--fail-under-category: unknown category 'phon' (did you mean 'phone'?)");
  CHECK(error("phone") == "--fail-under-category: expected CATEGORY=SCORE, got 'phone'");
  CHECK(error("phone=101") ==
        "--fail-under-category: expected a score from 0 to 100 for phone, got '101'");
}

TEST_CASE("every threshold that trips gives its own line; the others stay silent", "[cli]") {
  report::Report report = scored(55);
  report.changes.previous = report::PreviousRun{4, "2026-12-01T10:00:00Z", 60};
  report.changes.new_findings = {{"link.broken_internal", "/b"}};
  const Thresholds all{50, {{"phone", 80}, {"forms", 70}, {"hours", 50}}, true, true};
  // --fail-under 50 holds (55); forms and hours (no score) hold.
  CHECK(tripped_thresholds(report, all) ==
        std::vector<std::string>{
            "--fail-under-category phone=80: the phone score is 60, under 80",
            "--fail-on new: 1 new finding since run 4: link.broken_internal /b",
            "--strict: 1 finding of severity error: phone.premium_rate +33892350149"});
  const Thresholds under{80, {}, false, false};
  CHECK(tripped_thresholds(report, under) ==
        std::vector<std::string>{"--fail-under 80: the overall score is 55, under 80"});
  CHECK(tripped_thresholds(report, Thresholds{}).empty());
}

TEST_CASE("strict and fail-under combine: a passing score does not hide errors", "[cli]") {
  const report::Report report = scored(90);
  CHECK(tripped_thresholds(report, Thresholds{50, {}, false, true}).size() == 1);
}

TEST_CASE("fail-on new says the baseline it compared with", "[cli]") {
  report::Report report = scored(90);
  report.changes.baseline = "previous/report.json";
  report.changes.new_findings = {{"phone.missing", ""}, {"a", "1"}, {"b", "2"}, {"c", "3"}};
  CHECK(tripped_thresholds(report, Thresholds{std::nullopt, {}, true, false}) ==
        std::vector<std::string>{"--fail-on new: 4 new findings since the baseline "
                                 "previous/report.json: phone.missing, a 1, b 2, +1 more"});
}

}  // namespace joignable::cli
