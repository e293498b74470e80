// The HTML report's "what changed" section and trend chart (reports/changes.html.mustache).
#include <catch2/catch.hpp>

#include "report/html_writer.h"
#include "report/report_samples.h"
#include "report/trend_chart.h"

namespace joignable::report {
namespace {

const std::filesystem::path kTemplates =
    std::filesystem::path(JOIGNABLE_TEST_FIXTURES) / ".." / ".." / "reports";

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

Report changed_report() {
  Report report = testing::hostile_report("en");
  report.findings[0].is_new = true;
  report.changes.previous = PreviousRun{7, "2026-11-20T08:00:00Z", 80};
  report.changes.new_findings = {{report.findings[0].rule, report.findings[0].key}};
  report.changes.fixed = {{"phone.missing", ""}, {"link.broken_external", "/<b>gone</b>"}};
  report.changes.score_delta = -8;
  std::vector<CategorySummary> hostile = {{"phone", "<script>x</script>", 50}};
  report.trend = {{"2026-11-01T08:00:00Z", 90, hostile},
                  {"2026-11-20T08:00:00Z", 80, hostile},
                  {report.finished_at, 72, report.categories}};
  return report;
}

}  // namespace

TEST_CASE("the html report shows new and fixed findings and the score change", "[report]") {
  const auto html = render_html(changed_report(), kTemplates);
  REQUIRE(html);
  CHECK(contains(*html, "<section id=\"changes\""));
  CHECK(contains(*html, "since run 7 (20 November 2026, 8:00"));
  CHECK(contains(*html, "<span class=\"badge status-fail\">-8</span>"));
  CHECK(contains(*html, "/&lt;b&gt;gone&lt;/b&gt;"));
  CHECK_FALSE(contains(*html, "<b>gone"));
  // The new finding is marked where it is listed, too.
  CHECK(contains(*html, "<span class=\"badge sev-info\">new</span> Le numéro"));
  CHECK(contains(*html, "<svg xmlns=\"http://www.w3.org/2000/svg\""));
}

TEST_CASE("a first run has no changes section and no chart", "[report]") {
  const auto html = render_html(testing::hostile_report("en"), kTemplates);
  REQUIRE(html);
  CHECK_FALSE(contains(*html, "id=\"changes\""));
  CHECK_FALSE(contains(*html, "<svg xmlns="));  // the trend chart's (report/trend_chart.cpp)
}

TEST_CASE("the trend chart draws a line per category and escapes their titles", "[report]") {
  const Report report = changed_report();
  CHECK(trend_svg({report.trend.front()}, report.categories, "Overall", "en").empty());
  const std::string svg =
      trend_svg(report.trend, {{"phone", "<script>x</script>", 50}}, "Overall", "en");
  CHECK(svg.starts_with("<svg "));
  CHECK(svg.ends_with("</svg>"));
  CHECK_FALSE(contains(svg, "<script"));
  CHECK(contains(svg, "&lt;script&gt;x&lt;/script&gt;"));
  // Two lines (overall and phone), three points each.
  std::size_t lines = 0, points = 0;
  for (auto at = svg.find("<polyline"); at != std::string::npos; at = svg.find("<polyline", at + 1)) {
    ++lines;
  }
  for (auto at = svg.find("<circle"); at != std::string::npos; at = svg.find("<circle", at + 1)) {
    ++points;
  }
  CHECK(lines == 2);
  CHECK(points == 6);
}

TEST_CASE("the trend chart gives its dates in words of the report's language", "[report]") {
  const Report report = changed_report();
  const std::string en = trend_svg(report.trend, report.categories, "Overall", "en");
  const std::string fr = trend_svg(report.trend, report.categories, "Score global", "fr");
  CHECK(contains(en, ">1 November 2026</text>"));
  CHECK(contains(fr, ">1 novembre 2026</text>"));
  CHECK(contains(fr, "20 novembre 2026 à "));  // a point's tooltip: date and time
  CHECK_FALSE(contains(en, "2026-11-"));
  CHECK_FALSE(contains(fr, "2026-11-"));
}

}  // namespace joignable::report
