// Screenshots through the binary: with Chromium, report.html embeds the home and contact pages
// at both widths with what the audit found outlined, and report.json lists them; turned off in
// the target file there are none; without Chromium there are none and one note says why.
#include <filesystem>
#include <fstream>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "render/chromium_test_support.h"
#include "render/screenshot.h"
#include "support/process.h"
#include "support/script_site.h"
#include "support/temp_dir.h"

namespace joignable::testing {
namespace {

struct Audit {
  CommandResult run;
  nlohmann::json report;
  std::string html;
};

Audit audit(const std::string& target, const TempDir& dir, std::vector<std::string> before = {}) {
  const std::string out = (dir / "out").string();
  // The tests' runner turns screenshots off for every other audit (tests/main_test.cpp).
  std::vector<std::string> args = {"-u", "JOIGNABLE_NO_SCREENSHOTS"};
  args.insert(args.end(), before.begin(), before.end());
  args.insert(args.end(), {JOIGNABLE_BINARY, "audit", target, "--out", out, "--db",
                           out + "/joignable.db", "--test-public-loopback", "--lang", "en"});
  Audit result{run_command("env", args, dir.path().string()), {}, {}};
  result.report = nlohmann::json::parse(read_text(out + "/report.json"), nullptr, false);
  result.html = read_text(out + "/report.html");
  return result;
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

TEST_CASE("audit embeds the home and contact pages' screenshots in report.html",
          "[e2e][browser]") {
  if (!chromium_or_skip()) return;
  ScriptSite site;
  TempDir dir;
  const Audit done = audit(site.url("/"), dir, {"JOIGNABLE_RENDER=auto"});
  INFO(done.run.err);
  REQUIRE(done.run.exit_code == 0);
  const auto& shots = done.report["screenshots"];
  REQUIRE(shots.size() == 4);
  CHECK(done.report["screenshots_note"].is_null());
  const std::string contact = done.report["contact_points"]["contact_page"]["url"];
  const std::vector<std::pair<std::string, int>> expected = {
      {site.url("/"), 390}, {site.url("/"), 1280}, {contact, 390}, {contact, 1280}};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CAPTURE(i);
    CHECK(shots[i]["page"] == expected[i].first);
    CHECK(shots[i]["width"] == expected[i].second);
    CHECK(shots[i]["bytes"].get<std::size_t>() <= render::kMaxScreenshotBytes);
    CHECK(shots[i]["bytes"].get<std::size_t>() > 1000);
  }
  CHECK(shots[0]["role"] == "home");
  CHECK(shots[2]["role"] == "contact");
  CHECK(shots[0]["outlined"]["phones"] == 1);
  CHECK(shots[0]["outlined"]["forms"] == 1);
  CHECK(shots[0]["outlined"]["hours"] == 1);
  CHECK(shots[3]["outlined"]["forms"] == 1);
  CHECK(count(done.html, "src=\"data:image/jpeg;base64,/9j/") == 4);
  CHECK(count(done.html, "<figcaption>On a phone (390 px wide)") == 2);
  CHECK(count(done.html, "<figcaption>On a computer (1280 px wide)") == 2);
}

TEST_CASE("[report] screenshots = false takes none, and starts no browser for them", "[e2e]") {
  ScriptSite site;
  TempDir dir;
  std::ofstream(dir / "off.toml") << "[target]\nsite = \"" << site.url("/")
                                  << "\"\n[crawl]\nrender = \"never\"\n[report]\nscreenshots = false\n";
  const Audit done = audit((dir / "off.toml").string(), dir);
  INFO(done.run.err);
  REQUIRE(done.run.exit_code == 0);
  CHECK(done.report["screenshots"].empty());
  CHECK(done.report["screenshots_note"].is_null());
  CHECK(done.html.find("data:image/jpeg") == std::string::npos);
  CHECK(done.html.find("id=\"screenshots\"") == std::string::npos);
}

TEST_CASE("without chromium there are no screenshots and one note says why", "[e2e]") {
  ScriptSite site;
  TempDir dir;
  const Audit done =
      audit(site.url("/"), dir, {"JOIGNABLE_CHROMIUM=/nonexistent/chromium", "JOIGNABLE_RENDER=never"});
  INFO(done.run.err);
  REQUIRE(done.run.exit_code == 0);
  CHECK(done.run.err.find("chromium") == std::string::npos);  // never asked for a browser
  CHECK(done.report["screenshots"].empty());
  CHECK(done.report["screenshots_note"] == render::kNoBrowserNote);
  CHECK(count(done.html, "No screenshots: Chromium is not installed") == 1);
  CHECK(done.html.find("data:image/jpeg") == std::string::npos);
}

TEST_CASE("a bad [report] screenshots names the file, line and key", "[e2e]") {
  TempDir dir;
  std::ofstream(dir / "bad.toml") << "[target]\nsite = \"http://127.0.0.1:9/\"\n[report]\n"
                                     "screenshots = \"yes\"\n";
  const CommandResult run = run_joignable({"audit", (dir / "bad.toml").string()}, dir.path().string());
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("bad.toml:4") != std::string::npos);
  CHECK(run.err.find("report.screenshots") != std::string::npos);
}

}  // namespace
}  // namespace joignable::testing
