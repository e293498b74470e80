// compare.html and index.html in a real browser: headless Chromium loads them with hostile company
// names and URLs and gives back the DOM it built. Nothing crawled may have become markup.
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "report/compare_writer.h"
#include "report/portfolio_index.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace joignable::report {
namespace {

namespace fs = std::filesystem;

const fs::path kTemplates = fs::path(JOIGNABLE_TEST_FIXTURES) / ".." / ".." / "reports";
const std::string kHostile = "<script>alert(1)</script><img src=x onerror=alert(2)>";

std::string dom_of(const fs::path& html_file, const testing::TempDir& dir) {
  const auto chromium = testing::run_command(
      "chromium", {"--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                   "--no-first-run", "--disable-background-networking",
                   "--disable-component-update", "--disable-sync", "--disable-extensions",
                   "--host-resolver-rules=MAP * ~NOTFOUND",
                   "--user-data-dir=" + (dir / "profile").string(), "--dump-dom",
                   "file://" + html_file.string()});
  INFO(chromium.err.substr(0, 2000));
  REQUIRE(chromium.exit_code == 0);
  return chromium.out;
}

void check_inert(const std::string& dom) {
  CHECK(dom.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(dom.find("<script") == std::string::npos);
  CHECK(dom.find("<img") == std::string::npos);
  CHECK(dom.find("href=\"javascript:") == std::string::npos);
}

}  // namespace

TEST_CASE("chromium renders compare.html and index.html and runs nothing crawled",
          "[e2e][browser]") {
  testing::TempDir dir;
  Comparison comparison;
  comparison.lang = "en";
  comparison.generated_at = "2026-12-07T10:00:00Z";
  comparison.categories = {{"phone", "Phone"}};
  for (const char* site : {"javascript:alert(3)", "https://ok.example/"}) {
    ComparedCompany company;
    company.name = kHostile;
    company.site = site;
    company.overall = 50;
    company.grade = "D";
    company.categories = {{"phone", 50}};
    company.costliest = {{"phone.missing", kHostile, rules::Severity::error, 1, site}};
    comparison.companies.push_back(company);
  }
  const auto html = render_compare_html(comparison, kTemplates);
  REQUIRE(html.has_value());
  std::ofstream(dir / "compare.html", std::ios::binary) << *html;
  const std::string compare_dom = dom_of(dir / "compare.html", dir);
  CHECK(compare_dom.find("<svg class=\"chart\"") != std::string::npos);
  check_inert(compare_dom);

  PortfolioEntry entry;
  entry.slug = "x";
  entry.batch = {"x.toml", "x.toml", 0, ""};
  entry.status = "audited";
  entry.name = kHostile;
  entry.site = "javascript:alert(3)";
  entry.score = 50;
  entry.grade = "D";
  entry.has_report = true;
  const auto index = render_index_html({"2026-12-07T10:00:00Z", "en", {entry}}, kTemplates);
  REQUIRE(index.has_value());
  std::ofstream(dir / "index.html", std::ios::binary) << *index;
  check_inert(dom_of(dir / "index.html", dir));
}

}  // namespace joignable::report
