// The call log through the real catalogue, report builder and writers: the findings' words in
// each language, report.json's calls[], and the HTML section with its week grids, escaped.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "report/build_report.h"
#include "report/html_writer.h"
#include "report/json_writer.h"
#include "rules/checks/check_test_support.h"
#include "rules/evaluate.h"
#include "score/score.h"
#include "support/call_log.h"
#include "support/model_builder.h"

namespace joignable::report {
namespace {

using namespace joignable::testing;

const std::filesystem::path kTemplates =
    std::filesystem::path(JOIGNABLE_TEST_FIXTURES) / ".." / ".." / "reports";

Report report_in(const std::string& lang) {
  const model::SiteModel site =
      ModelBuilder()
          .add_phone(kCompanyE164, extract::PhoneType::fixed_line, {kHome})
          .add_hours(site_hours(extract::HoursOrigin::text, "Mo-Fr 09:00-12:00,14:00-18:00"))
          .add_call_log(call_log(
              "2026-03-31T12:30,01 42 68 53 00,closed_message,5,no,,\n"
              "2026-03-31T15:30,01 42 68 53 00,closed_message,20,yes,,<script>alert(1)</script>\n"
              "2026-04-01T10:00,01 42 68 53 00,answered,30,no,,\n"))
          .build();
  target::Target target;
  target.site = kHome;
  target.lang = lang;
  const rules::Catalogue& catalogue = rules::testing::real_catalogue();
  const auto results = rules::evaluate(catalogue, site, target);
  return build_report(target, site, catalogue, results, score::compute(catalogue, results),
                      {"2026-04-02T10:00:00Z", "2026-04-02T10:01:00Z"});
}

const ReportFinding& finding_of(const Report& report, const std::string& rule) {
  const auto it = std::find_if(report.findings.begin(), report.findings.end(),
                               [&](const ReportFinding& f) { return f.rule == rule; });
  REQUIRE(it != report.findings.end());
  return *it;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// `text` with its no-break spaces (times, numbers) as plain ones, to compare with a literal.
std::string spaced(std::string text) {
  for (std::size_t at = text.find("\u00a0"); at != std::string::npos; at = text.find("\u00a0", at)) {
    text.replace(at, 2, " ");
  }
  return text;
}

}  // namespace

TEST_CASE("a call-log finding names the day, the outcome and the source in words", "[report]") {
  CHECK(spaced(finding_of(report_in("fr"), "hours.not_honoured").message) ==
        "Le mardi 31 mars 2026 à 15 h 30, répondeur « fermé » au 01 42 68 53 00, alors que le "
        "site annonce 9 h–12 h, 14 h–18 h ce jour-là");
  CHECK(spaced(finding_of(report_in("en"), "hours.not_honoured").message) ==
        "On Tuesday 31 March 2026 at 3:30 pm, “closed” message on 01 42 68 53 00, while the "
        "site gives 9:00 am–12:00 pm, 2:00 pm–6:00 pm that day");
  CHECK(spaced(finding_of(report_in("en"), "phone.callback_missed").message) ==
        "Call on Tuesday 31 March 2026 at 3:30 pm to 01 42 68 53 00: callback promised, never "
        "came (at most 24 h)");
}

TEST_CASE("report.json lists each call with what each source said then", "[report]") {
  const auto json = nlohmann::json::parse(render_json(report_in("fr")));
  REQUIRE(json["calls"].size() == 3);
  const auto& call = json["calls"][1];
  CHECK(call["at"] == "2026-03-31T15:30:00+02:00");
  CHECK(call["number"] == "01 42 68 53 00");
  CHECK(call["e164"] == "+33142685300");
  CHECK(call["outcome"] == "closed_message");
  CHECK(call["wait_s"] == 20);
  CHECK(call["open_according_to"] == nlohmann::json{{"site", true}});
  CHECK(call["callback"] ==
        nlohmann::json{{"promised", true}, {"at", nullptr}, {"after_s", nullptr}});
  CHECK(json["calls"][0]["open_according_to"] == nlohmann::json{{"site", false}});
  CHECK(json["calls"][0]["callback"].is_null());
}

TEST_CASE("the html report shows the calls on a week grid, notes escaped", "[report]") {
  for (const std::string lang : {"fr", "en"}) {
    const auto html = render_html(report_in(lang), kTemplates);
    REQUIRE(html.has_value());
    CHECK(contains(*html, lang == "fr" ? "Joignabilité testée" : "Reachability tested"));
    CHECK(contains(*html, "<figure class=\"week-grid\">"));
    CHECK(contains(*html, "<circle class=\"call-no-one\""));
    CHECK(contains(*html, "<circle class=\"call-answered\""));
    CHECK_FALSE(contains(*html, "<script>alert(1)"));
    CHECK(contains(*html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  }
}

TEST_CASE("the html report has no reachability section without a call log", "[report]") {
  Report report = report_in("fr");
  report.site_model.calls.clear();
  const auto html = render_html(report, kTemplates);
  REQUIRE(html.has_value());
  CHECK_FALSE(contains(*html, "id=\"reachability\""));
}

}  // namespace joignable::report
