// The screenshots in the writers: report.html embeds each as a data: URI next to the findings
// about its page, with captions in the report's language; report.json says what was taken
// without the bytes; without Chromium there is one note and no image.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "report/escape.h"
#include "report/html_writer.h"
#include "report/json_writer.h"
#include "report_samples.h"
#include "util/base64.h"

namespace joignable::report {
namespace {

const std::filesystem::path kTemplates =
    std::filesystem::path(JOIGNABLE_TEST_FIXTURES) / ".." / ".." / "reports";

render::Screenshot shot(const std::string& page, bool mobile) {
  render::Screenshot s;
  s.page = page;
  s.role = "home";
  s.width = mobile ? 390 : 1280;
  s.height = mobile ? 1688 : 1600;
  s.mobile = mobile;
  s.quality = 70;
  s.outlined = {1, 0, 2};
  s.jpeg = std::string("\xFF\xD8\xFF", 3) + (mobile ? "phone" : "desktop") + "\xFF\xD9";
  return s;
}

std::string html_of(const Report& report) {
  auto html = render_html(report, kTemplates);
  REQUIRE(html);
  return *html;
}

std::string section_of(const std::string& html) {
  const auto start = html.find("<section id=\"screenshots\"");
  REQUIRE(start != std::string::npos);
  return html.substr(start, html.find("</section>", start) - start);
}

TEST_CASE("report.html embeds the screenshots beside the findings about their page",
          "[report]") {
  for (const std::string lang : {"fr", "en"}) {
    Report report = testing::hostile_report(lang);
    REQUIRE_FALSE(report.findings.empty());
    const std::string page = report.findings.front().url;
    report.screenshots = {shot(page, true), shot(page, false)};
    const std::string html = html_of(report);
    const std::string section = section_of(html);
    CAPTURE(lang);
    for (const render::Screenshot& s : report.screenshots) {
      CHECK(section.find("src=\"data:image/jpeg;base64," + util::base64_encode(s.jpeg) + "\"") !=
            std::string::npos);
    }
    CHECK(html.find("href=\"#screenshots\"") != std::string::npos);
    CHECK(section.find(html_escape(report.findings.front().message)) != std::string::npos);
    if (lang == "fr") {
      CHECK(section.find("Page d&#39;accueil") != std::string::npos);
      CHECK(section.find("Sur téléphone (390 px de large)") != std::string::npos);
      CHECK(section.find("Sur ordinateur (1280 px de large)") != std::string::npos);
      CHECK(section.find("1 numéro(s) de téléphone, 0 formulaire(s) de contact, 2 bloc(s)") !=
            std::string::npos);
    } else {
      CHECK(section.find("On a phone (390 px wide)") != std::string::npos);
      CHECK(section.find("On a computer (1280 px wide)") != std::string::npos);
      CHECK(section.find("Outlined: 1 phone number(s), 0 contact form(s)") != std::string::npos);
    }
  }
}

TEST_CASE("without chromium the report says so once and shows no image", "[report]") {
  Report report = testing::hostile_report("en");
  report.screenshots_note = std::string(render::kNoBrowserNote);
  const std::string html = html_of(report);
  const std::string section = section_of(html);
  CHECK(section.find("No screenshots: Chromium is not installed") != std::string::npos);
  CHECK(html.find("data:image/jpeg") == std::string::npos);
  const auto json = nlohmann::json::parse(render_json(report));
  CHECK(json["screenshots"].empty());
  CHECK(json["screenshots_note"] == render::kNoBrowserNote);
}

TEST_CASE("screenshots turned off leave no section", "[report]") {
  const std::string html = html_of(testing::hostile_report("fr"));
  CHECK(html.find("id=\"screenshots\"") == std::string::npos);
  CHECK(html.find("href=\"#screenshots\"") == std::string::npos);
}

TEST_CASE("report.json lists the screenshots taken, without their bytes", "[report]") {
  Report report = testing::hostile_report("en");
  report.screenshots = {shot("https://acme.fr/", true)};
  const auto json = nlohmann::json::parse(render_json(report));
  REQUIRE(json["screenshots"].size() == 1);
  const auto& s = json["screenshots"][0];
  CHECK(s["page"] == "https://acme.fr/");
  CHECK(s["role"] == "home");
  CHECK(s["width"] == 390);
  CHECK(s["height"] == 1688);
  CHECK(s["mobile"] == true);
  CHECK(s["bytes"] == report.screenshots[0].jpeg.size());
  CHECK(s["outlined"]["hours"] == 2);
  CHECK(json["screenshots_note"].is_null());
  CHECK(json.dump().find(util::base64_encode(report.screenshots[0].jpeg)) == std::string::npos);
}

}  // namespace
}  // namespace joignable::report
