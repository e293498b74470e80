#include "report/history_writer.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace joignable::report {
namespace {

std::vector<RunRecord> two_runs() {
  RunRecord first;
  first.id = 3;
  first.started_at = "2026-12-01T10:00:00Z";
  first.finished_at = "2026-12-01T10:01:05Z";
  first.duration_s = 65;
  first.overall_score = 62;
  first.grade = "C";
  first.categories = {{"phone", "Phone", 50}, {"forms", "Forms", std::nullopt}};
  first.pages = 12;
  first.findings = 7;
  RunRecord second = first;
  second.id = 5;
  second.finished_at = "2026-12-08T09:00:09Z";
  second.duration_s = 9;
  second.overall_score = 70;
  second.categories[0].score = 75;
  second.findings = 5;
  second.new_findings = 1;
  second.fixed_findings = 3;
  return {first, second};
}

}  // namespace

TEST_CASE("history as a table: one aligned row per run", "[report]") {
  CHECK(render_history_table(two_runs()) ==
        "run  date              score  grade  phone  forms  findings  new  fixed  pages  duration\n"
        "  3  2026-12-01 10:01     62  C         50      -         7    -      -     12     1m05s\n"
        "  5  2026-12-08 09:00     70  C         75      -         5    1      3     12        9s\n");
}

TEST_CASE("history as CSV keeps raw values", "[report]") {
  CHECK(render_history_csv(two_runs()) ==
        "run,finished_at,score,grade,phone,forms,findings,new,fixed,pages,duration_s\r\n"
        "3,2026-12-01T10:01:05Z,62,C,50,,7,,,12,65\r\n"
        "5,2026-12-08T09:00:09Z,70,C,75,,5,1,3,12,9\r\n");
}

TEST_CASE("history as JSON: nulls for what a run does not have", "[report]") {
  const auto json = nlohmann::json::parse(render_history_json("Acme", "https://acme.fr/", two_runs()));
  CHECK(json["target"]["name"] == "Acme");
  REQUIRE(json["runs"].size() == 2);
  CHECK(json["runs"][0]["run"] == 3);
  CHECK(json["runs"][0]["new"].is_null());
  CHECK(json["runs"][0]["categories"]["forms"].is_null());
  CHECK(json["runs"][1]["categories"]["phone"] == 75);
  CHECK(json["runs"][1]["fixed"] == 3);
  CHECK(json["runs"][1]["duration_s"] == 9);
}

}  // namespace joignable::report
