#include "report/compare_writer.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "report/portfolio_labels.h"

namespace joignable::report {
namespace {

const std::filesystem::path kTemplates =
    std::filesystem::path(JOIGNABLE_TEST_FIXTURES) / ".." / ".." / "reports";

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

Comparison two_companies(const std::string& lang) {
  Comparison comparison;
  comparison.lang = lang;
  comparison.generated_at = "2026-12-07T10:00:00Z";
  comparison.categories = {{"phone", "Phone"}, {"forms", "Forms"}};
  ComparedCompany good;
  good.name = "Good & Co";
  good.site = "https://good.example/";
  good.overall = 91;
  good.grade = "A";
  good.categories = {{"phone", 100}, {"forms", 80}};
  for (auto& cell : good.matrix) cell = Presence::yes;
  good.matrix[6] = Presence::not_applicable;
  good.report = "good-example/report.html";
  ComparedCompany hostile;
  hostile.name = "<script>alert(1)</script>|*pwn*";
  hostile.site = "javascript:alert(1)";
  hostile.overall = 40;
  hostile.grade = "E";
  hostile.categories = {{"phone", 0}, {"forms", std::nullopt}};
  for (auto& cell : hostile.matrix) cell = Presence::no;
  hostile.costliest = {{"phone.premium_rate", "A surcharged number", rules::Severity::error, 2,
                        "https://x.example/<b>"}};
  hostile.reused = true;
  hostile.finished_at = "2026-12-05T09:00:00Z";
  comparison.companies = {good, hostile};
  return comparison;
}

}  // namespace

TEST_CASE("portfolio labels are sorted and complete in both languages", "[report]") {
  const auto labels = portfolio_label_table();
  for (std::size_t i = 0; i < labels.size(); ++i) {
    CAPTURE(labels[i].key);
    CHECK_FALSE(labels[i].fr.empty());
    CHECK_FALSE(labels[i].en.empty());
    if (i > 0) CHECK(labels[i - 1].key < labels[i].key);
  }
  CHECK(signed_delta(3) == "+3");
  CHECK(signed_delta(-2) == "\u22122");
  CHECK(signed_delta(0) == "0");
  CHECK(signed_delta(std::nullopt) == "—");
}

TEST_CASE("compare.html escapes every company's text and draws a bar per score", "[report]") {
  const auto html = render_compare_html(two_companies("en"), kTemplates);
  REQUIRE(html.has_value());
  CHECK(html->find("<script>") == std::string::npos);
  CHECK(html->find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html->find("href=\"javascript:") == std::string::npos);
  CHECK(html->find("audit of 5 December 2026, 9:00\u00a0am UTC") != std::string::npos);
  CHECK(html->find("Who offers what") != std::string::npos);
  // 2 companies x (overall + 2 categories) bars, each on its track.
  const std::string svg = score_chart_svg(two_companies("en"));
  CHECK(count(svg, "<rect ") == 2 * 6);
  CHECK(count(svg, "</title></rect>") == 6);
  CHECK(count(svg, "<script") == 0);
  CHECK(count(*html, "class=\"mark\"") == 2 * kMatrixRowCount);
}

TEST_CASE("compare.md and compare.json say the same in their own escaping", "[report]") {
  const auto comparison = two_companies("fr");
  const auto md = render_compare_markdown(comparison);
  CHECK(md.find("# Joignabilité comparée") != std::string::npos);
  CHECK(md.find("<script>") == std::string::npos);
  CHECK(md.find("| Good & Co | 91 | A | 100 | 80 |") == std::string::npos);  // & escaped
  CHECK(md.find("| 91 | A | 100 | 80 |") != std::string::npos);
  CHECK(md.find("| 40 | E | 0 | — |") != std::string::npos);
  CHECK(md.find("| Téléphone sur la page d'accueil | ✅ | ❌ |") != std::string::npos);
  CHECK(md.find("1. A surcharged number (`phone.premium_rate`, ×2)") != std::string::npos);

  const auto json = nlohmann::json::parse(render_compare_json(comparison));
  CHECK(json["companies"][1]["name"] == "<script>alert(1)</script>|*pwn*");
  CHECK(json["companies"][1]["score"]["categories"]["forms"].is_null());
  CHECK(json["companies"][0]["matrix"]["listings_agree"] == "not_applicable");
  CHECK(json["companies"][1]["costliest"][0]["count"] == 2);
  CHECK(json["companies"][1]["report"].is_null());
}

}  // namespace joignable::report
