// The HTML report in a real browser: headless Chromium (Debian's, installed by .ci/install-deps)
// loads a report whose crawled text is hostile and gives back the DOM it built. The report must
// render, and nothing crawled may have become markup: no script element, no javascript: link.
// Chromium runs with its network off: the report is a local file that needs nothing else.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <tuple>
#include <vector>

#include <catch2/catch.hpp>

#include "report/html_writer.h"
#include "report/pdf_printer.h"
#include "report/report_samples.h"
#include "report/visible_text.h"
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

// ---- The real demo report, as a client receives it -------------------------------------------
//
// `joignable demo` in French and in English; each report.html is shown by Chromium (screenshot,
// console and network log) and printed by report::print_pdf, as `--format pdf` does. The PNG
// screenshots, the PDFs and one PNG per PDF page are kept in BUILD/browser/ for a person to look at.

namespace {

const std::filesystem::path kBrowserOut =
    std::filesystem::path(JOIGNABLE_BINARY).parent_path() / "browser";

// Loads `html` in a window of `width` x `height` pixels and saves a screenshot; Chromium's log
// goes to stderr (console messages included) and its network log to `netlog`.
testing::CommandResult screenshot(const std::filesystem::path& html, const std::filesystem::path& png,
                                  const std::filesystem::path& netlog,
                                  const std::filesystem::path& profile, int width, int height) {
  return testing::run_command(
      "chromium", {"--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                   "--no-first-run", "--disable-background-networking",
                   "--disable-component-update", "--disable-sync", "--disable-extensions",
                   "--hide-scrollbars", "--enable-logging=stderr", "--v=0",
                   "--log-net-log=" + netlog.string(), "--user-data-dir=" + profile.string(),
                   "--window-size=" + std::to_string(width) + "," + std::to_string(height),
                   "--screenshot=" + png.string(), "file://" + html.string()});
}

// The hosts of every http(s) URL Chromium's network log records.
std::vector<std::string> requested_hosts(const std::string& netlog) {
  static const std::regex kUrl(R"re("url":"https?://([^/":]+))re");
  std::vector<std::string> hosts;
  for (auto it = std::sregex_iterator(netlog.begin(), netlog.end(), kUrl);
       it != std::sregex_iterator(); ++it) {
    hosts.push_back((*it)[1].str());
  }
  return hosts;
}

// Chromium itself calls Google's services (network time, component updates, accounts) whatever
// its flags; only these hosts may appear, and only the browser asks them.
bool is_browser_service(const std::string& host) {
  const auto ends_with = [&](const std::string& end) {
    return host.size() >= end.size() && host.compare(host.size() - end.size(), end.size(), end) == 0;
  };
  return ends_with(".google.com") || ends_with(".googleapis.com") || ends_with(".gvt1.com");
}

// A page of a PDF rendered as a grey image (pdftoppm's PGM), for measuring how full it is.
struct GreyPage {
  int width = 0, height = 0;
  std::string pixels;  // one byte a pixel, 255 white
};

GreyPage read_pgm(const std::filesystem::path& file) {
  const std::string data = testing::read_text(file.string());
  GreyPage page;
  std::size_t at = 0;
  const auto next_token = [&] {
    while (at < data.size() && std::isspace(static_cast<unsigned char>(data[at]))) ++at;
    const std::size_t start = at;
    while (at < data.size() && !std::isspace(static_cast<unsigned char>(data[at]))) ++at;
    return data.substr(start, at - start);
  };
  if (next_token() != "P5") return page;
  page.width = std::stoi(next_token());
  page.height = std::stoi(next_token());
  next_token();  // max value
  page.pixels = data.substr(at + 1);
  return page;
}

// How much of the page's body (between the top margin and the footer) holds ink: the lowest
// inked row of the body over its height, 0 to 1.
double fullness(const GreyPage& page) {
  const int top = page.height * 16 / 297;
  const int bottom = page.height - page.height * 18 / 297;  // the footer lives below
  int lowest = top;
  for (int y = top; y < bottom; ++y) {
    for (int x = 0; x < page.width; ++x) {
      if (static_cast<unsigned char>(page.pixels[static_cast<std::size_t>(y) * page.width + x]) < 200) {
        lowest = y;
        break;
      }
    }
  }
  return static_cast<double>(lowest - top) / (bottom - top);
}

}  // namespace

TEST_CASE("the real demo report renders in both languages with no console error or request, "
          "and prints on A4 pages that are each at least a third full",
          "[e2e][browser]") {
  if (!std::filesystem::exists("/usr/bin/chromium")) {
    FAIL("chromium is not installed: run .ci/install-deps");
  }
  testing::TempDir dir;
  std::filesystem::create_directories(kBrowserOut);
  for (const std::string lang : {"fr", "en"}) {
    INFO("lang " << lang);
    const auto out = dir / ("demo-" + lang);
    REQUIRE(testing::run_joignable({"demo", "--out", out.string(), "--quiet", "--lang", lang})
                .exit_code == 0);
    const auto html = out / "report.html";
    // What the client reads holds no internal spelling and nothing of the auditor's machine.
    const std::string text = report::testing::visible_text(testing::read_text(html.string()));
    for (const char* identifier : {"premium_rate", "missing_anchor", "OPERATIONAL", "google-places",
                                   "Mo-Fr 08:00", "/targets/demo/", "google.json"}) {
      INFO(identifier);
      CHECK_FALSE(contains(text, identifier));
    }
    CHECK_FALSE(contains(testing::read_text((out / "report.md").string()), "&amp;"));

    for (const auto& [name, width, height] :
         {std::tuple{"desktop", 1280, 2400}, std::tuple{"mobile", 420, 2400}}) {
      const auto netlog = dir / ("netlog-" + lang + "-" + name + ".json");
      const auto png = kBrowserOut / ("report-" + lang + "-" + name + ".png");
      std::filesystem::remove(png);
      const testing::CommandResult shown =
          screenshot(html, png, netlog, dir / ("profile-" + lang + name), width, height);
      INFO(shown.err.substr(0, 3000));
      REQUIRE(shown.exit_code == 0);
      CHECK(std::filesystem::exists(png));
      // The report runs no script and needs nothing from anywhere: any console message or any
      // http(s) request is a fault.
      CHECK(shown.err.find("CONSOLE") == std::string::npos);
      const std::string log = testing::read_text(netlog.string());
      REQUIRE_FALSE(log.empty());
      for (const std::string& host : requested_hosts(log)) {
        INFO("the report requested " << host);
        CHECK(is_browser_service(host));
      }
    }

    const auto pdf = kBrowserOut / ("report-" + lang + ".pdf");
    const auto printed = report::print_pdf(html, pdf);
    INFO((printed ? std::string() : printed.error().message));
    REQUIRE(printed.has_value());
    const testing::CommandResult info = testing::run_command("pdfinfo", {pdf.string()});
    REQUIRE(info.exit_code == 0);
    CHECK(contains(info.out, "(A4)"));

    const auto pages_prefix = kBrowserOut / ("report-" + lang + "-page");
    REQUIRE(testing::run_command("pdftoppm", {"-png", "-r", "60", pdf.string(),
                                              pages_prefix.string()})
                .exit_code == 0);
    const auto grey_prefix = dir / ("grey-" + lang);
    REQUIRE(testing::run_command("pdftoppm", {"-gray", "-r", "30", pdf.string(),
                                              grey_prefix.string()})
                .exit_code == 0);
    std::vector<std::filesystem::path> pages;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
      if (entry.path().filename().string().starts_with("grey-" + lang + "-")) {
        pages.push_back(entry.path());
      }
    }
    std::sort(pages.begin(), pages.end());
    REQUIRE(pages.size() >= 2);
    for (std::size_t i = 0; i + 1 < pages.size(); ++i) {
      INFO("page " << i + 1 << " of " << pages.size());
      CHECK(fullness(read_pgm(pages[i])) >= 1.0 / 3);
    }
  }
}
