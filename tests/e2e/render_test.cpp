// The renderer through the binary: a site whose phone, hours, form and chat only exist once
// JavaScript has run is audited right with --render auto and as before with never; hostile pages
// (never settling, opening windows, reaching for a private address) end as data; without
// Chromium, auto goes on unrendered and always is refused.
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "render/chromium_test_support.h"
#include "support/decoy_listener.h"
#include "support/process.h"
#include "support/script_site.h"
#include "support/temp_dir.h"

namespace joignable::testing {
namespace {

struct Audit {
  CommandResult run;
  nlohmann::json report;
};

Audit audit(const std::string& url, const TempDir& dir, std::vector<std::string> extra = {}) {
  const std::string out = (dir / "out").string();
  std::vector<std::string> args = {"audit", url, "--out", out, "--db", out + "/joignable.db",
                                   "--test-public-loopback", "--lang", "en"};
  args.insert(args.end(), extra.begin(), extra.end());
  Audit result{run_joignable(args, dir.path().string()), {}};
  result.report = nlohmann::json::parse(read_text(out + "/report.json"), nullptr, false);
  return result;
}

std::set<std::string> rule_ids(const nlohmann::json& report) {
  std::set<std::string> ids;
  for (const auto& finding : report["findings"]) ids.insert(finding["rule"].get<std::string>());
  return ids;
}

std::map<std::string, nlohmann::json> pages_by_path(const nlohmann::json& report,
                                                    const std::string& origin) {
  std::map<std::string, nlohmann::json> pages;
  for (const auto& page : report["pages"]) {
    pages[page["url"].get<std::string>().substr(origin.size())] = page;
  }
  return pages;
}

TEST_CASE("audit --render auto finds the contact points JavaScript writes", "[e2e][browser]") {
  if (!chromium_or_skip()) return;
  ScriptSite site;
  TempDir dir;
  const Audit rendered = audit(site.url("/"), dir, {"--render", "auto"});
  INFO(rendered.run.err);
  REQUIRE(rendered.run.exit_code == 0);
  CHECK(rendered.run.out.find("2 pages (2 rendered)") != std::string::npos);
  const auto ids = rule_ids(rendered.report);
  const auto& points = rendered.report["contact_points"];
  REQUIRE(points["phones"].size() == 1);
  CHECK(points["phones"][0]["e164"] == "+33142685300");
  CHECK(points["hours"].size() >= 1);
  CHECK(points["forms"].size() == 2);
  CHECK_FALSE(ids.contains("form.action_broken"));
  REQUIRE(points["contact_page"].is_object());
  for (const char* gone : {"phone.missing", "hours.missing", "form.missing",
                           "contact.page_missing"}) {
    CAPTURE(gone);
    CHECK_FALSE(ids.contains(gone));
  }
  const auto pages = pages_by_path(rendered.report, site.url(""));
  CHECK(pages.at("/")["rendered"] == true);
  CHECK(pages.at("/contact")["rendered"] == true);
  CHECK(pages.at("/contact")["help"].dump().find("chat") != std::string::npos);
}

TEST_CASE("audit --render never reads the raw HTML as before", "[e2e]") {
  ScriptSite site;
  TempDir dir;
  // Without screenshots, whose browser would run the page's script to photograph it.
  const Audit raw = audit(site.url("/"), dir, {"--render", "never", "--no-screenshots"});
  REQUIRE(raw.run.exit_code == 0);
  CHECK(raw.run.out.find("rendered") == std::string::npos);
  const auto ids = rule_ids(raw.report);
  CHECK(ids.contains("phone.missing"));
  CHECK(ids.contains("hours.missing"));
  CHECK(ids.contains("form.missing"));
  REQUIRE(raw.report["pages"].size() == 1);
  CHECK(raw.report["pages"][0]["rendered"] == false);
  for (const std::string& path : site.requests()) CHECK(path != "/api/contact.json");
}

TEST_CASE("hostile pages rendered end as data: timeout, windows, private address",
          "[e2e][browser]") {
  if (!chromium_or_skip()) return;
  DecoyListener decoy("127.0.0.2");
  ScriptSite site("http://127.0.0.2:" + std::to_string(decoy.port()) + "/secret");
  TempDir dir;
  std::ofstream(dir / "hostile.toml") << "[target]\nsite = \"" << site.url("/hostile")
                                      << "\"\n[crawl]\nrender = \"always\"\n"
                                         "render_timeout_ms = 3000\n";
  const Audit hostile = audit((dir / "hostile.toml").string(), dir);
  INFO(hostile.run.err);
  REQUIRE(hostile.run.exit_code == 0);
  CHECK(decoy.connections() == 0);
  const auto pages = pages_by_path(hostile.report, site.url(""));
  REQUIRE(pages.size() == 4);
  CHECK(pages.at("/restless")["rendered"] == true);
  CHECK(pages.at("/restless")["render_problem"] == "did not settle within 3000 ms");
  CHECK(pages.at("/popups")["rendered"] == true);
  CHECK(pages.at("/decoy")["rendered"] == true);
  const auto& phones = hostile.report["contact_points"]["phones"];
  REQUIRE(phones.size() == 1);
  CHECK(phones[0]["pages"].size() == 3);
}

TEST_CASE("without chromium, auto says so once and always is refused", "[e2e]") {
  ScriptSite site;
  TempDir dir;
  const std::string out = (dir / "out").string();
  const std::vector<std::string> common = {
      "JOIGNABLE_CHROMIUM=/nonexistent/chromium", JOIGNABLE_BINARY, "audit", site.url("/"),
      "--out", out, "--db", out + "/joignable.db", "--test-public-loopback"};
  std::vector<std::string> automatic = common;
  automatic.insert(automatic.end(), {"--render", "auto"});
  const CommandResult unrendered = run_command("env", automatic, dir.path().string());
  CHECK(unrendered.exit_code == 0);
  const std::string notice = "/nonexistent/chromium is not installed";
  const auto first = unrendered.err.find(notice);
  CHECK(first != std::string::npos);
  CHECK(unrendered.err.find(notice, first + 1) == std::string::npos);

  std::vector<std::string> always = common;
  always.insert(always.end(), {"--render", "always"});
  const CommandResult refused = run_command("env", always, dir.path().string());
  CHECK(refused.exit_code == 2);
  CHECK(refused.err.find("chromium, which is not installed") != std::string::npos);
}

TEST_CASE("JOIGNABLE_RENDER sets --render, and a bad value is a usage error", "[e2e]") {
  TempDir dir;
  const CommandResult bad = run_command(
      "env", {"JOIGNABLE_RENDER=sometimes", JOIGNABLE_BINARY, "audit", "http://127.0.0.1:9/"},
      dir.path().string());
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("--render") != std::string::npos);
}

}  // namespace
}  // namespace joignable::testing
