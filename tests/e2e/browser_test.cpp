// The HTML report in a real browser: headless Chromium (Debian's, installed by .ci/install-deps)
// loads a report whose crawled text is hostile and gives back the DOM it built. The report must
// render, and nothing crawled may have become markup: no script element, no javascript: link.
// Chromium runs with its network off: the report is a local file that needs nothing else.
#include <filesystem>
#include <fstream>
#include <string>

#include <catch2/catch.hpp>

#include "report/html_writer.h"
#include "report/report_samples.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace testing = joignable::testing;
namespace report = joignable::report;

namespace {

// The DOM Chromium builds from `html_file`, serialised.
testing::CommandResult dump_dom(const std::filesystem::path& html_file,
                                const std::filesystem::path& profile) {
  return testing::run_command(
      "chromium", {"--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                   "--no-first-run", "--disable-background-networking",
                   "--disable-component-update", "--disable-sync", "--disable-extensions",
                   "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=" + profile.string(),
                   "--dump-dom", "file://" + html_file.string()});
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("chromium renders the html report and runs nothing crawled", "[e2e][browser]") {
  if (!std::filesystem::exists("/usr/bin/chromium")) {
    FAIL("chromium is not installed: run .ci/install-deps");
  }
  testing::TempDir dir;
  const auto templates = std::filesystem::path(JOIGNABLE_TEST_FIXTURES) / ".." / ".." / "reports";
  const auto html = report::render_html(report::testing::hostile_report("en"), templates);
  REQUIRE(html.has_value());
  const auto file = dir / "report.html";
  std::ofstream(file, std::ios::binary) << *html;

  const testing::CommandResult chromium = dump_dom(file, dir / "profile");
  INFO(chromium.err.substr(0, 2000));
  REQUIRE(chromium.exit_code == 0);
  const std::string& dom = chromium.out;
  CHECK(contains(dom, "<h1"));
  CHECK(contains(dom, "id=\"listings\""));
  CHECK(contains(dom, "The five things to fix first"));
  // The hostile strings are there, as text.
  CHECK(contains(dom, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK_FALSE(contains(dom, "<script"));
  CHECK_FALSE(contains(dom, "href=\"javascript:"));
}
