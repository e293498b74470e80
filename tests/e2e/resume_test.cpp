// `audit --resume` after the process was killed with SIGKILL mid-crawl: the resumed run fetches
// nothing the killed one had stored, and its report equals an uninterrupted run's.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <thread>

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/process.h"
#include "support/temp_dir.h"
#include "support/test_server.h"

namespace joignable::testing {
namespace {

constexpr int kPages = 40;

// A site of kPages pages in a chain with shortcuts, each linking a missing page, and a phone;
// and a page only its sitemap lists.
void write_site(const std::filesystem::path& root) {
  std::filesystem::create_directories(root);
  auto page = [](int n) { return "p" + std::to_string(n) + ".html"; };
  std::ofstream(root / "index.html")
      << "<html><body><h1>Accueil</h1><p>T\xC3\xA9l : 04 65 71 23 45</p>"
      << "<a href=\"p0.html\">Suite</a><a href=\"contact.html\">Contact</a></body></html>";
  std::ofstream(root / "contact.html")
      << "<html><body><a href=\"mailto:contact@exemple.fr\">E-mail</a></body></html>";
  for (int n = 0; n < kPages; ++n) {
    std::ofstream out(root / page(n));
    out << "<html><head><title>Page " << n << "</title></head><body>";
    for (int next = n + 1; next <= n + 3 && next < kPages; ++next) {
      out << "<a href=\"" << page(next) << "\">Page " << next << "</a>";
    }
    out << "<a href=\"missing-" << n % 5 << ".html\">Perdu</a></body></html>";
  }
  std::ofstream(root / "orphan.html")
      << "<html><body><h1>Orpheline</h1><a href=\"p0.html\">Retour</a></body></html>";
}

// Sitemap URLs are absolute: written once the server's port is known.
void write_sitemap(const std::filesystem::path& root, const TestServer& server) {
  std::ofstream(root / "sitemap.xml")
      << "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>"
      << server.url("/orphan.html") << "</loc></url></urlset>";
}

// Without screenshots: the browser fetches the home and contact pages again to photograph them,
// by design, and these tests count what the crawl fetches.
void write_target(const std::filesystem::path& file, const std::string& site, int delay_ms) {
  std::ofstream(file) << "[target]\nname = \"Resume\"\nsite = \"" << site
                      << "\"\n\n[crawl]\ndelay_ms = " << delay_ms
                      << "\n\n[report]\nscreenshots = false\n";
}

long long stored_pages(const std::filesystem::path& db) {
  try {
    SQLite::Database read(db.string(), SQLite::OPEN_READONLY);
    return read.execAndGet("SELECT count(*) FROM pages").getInt64();
  } catch (const SQLite::Exception&) {
    return 0;  // not created or not migrated yet
  }
}

std::set<std::string> stored_urls(const std::filesystem::path& db) {
  SQLite::Database read(db.string(), SQLite::OPEN_READONLY);
  SQLite::Statement query(read, "SELECT url FROM pages UNION SELECT url FROM checks");
  std::set<std::string> urls;
  while (query.executeStep()) urls.insert(query.getColumn(0).getString());
  return urls;
}

// What may differ between two audits of the same site: the times, the version and the random
// URL of the 404 probe.
nlohmann::json comparable(const std::filesystem::path& report) {
  static const std::regex probe_token("joignable-404-check-[0-9a-f]+");
  nlohmann::json json = nlohmann::json::parse(
      std::regex_replace(read_text(report.string()), probe_token, "joignable-404-check-X"));
  json.erase("started_at");
  json.erase("finished_at");
  json.erase("tool");
  return json;
}

}  // namespace

TEST_CASE("a crawl killed with SIGKILL resumes without refetching and reports the same",
          "[e2e][resume]") {
  TempDir dir;
  write_site(dir / "site");
  TestServer server(dir / "site");
  write_sitemap(dir / "site", server);
  const auto target = dir / "resume.toml";
  const auto killed_out = dir / "killed";
  const auto db = dir / "runs.db";

  // Slow enough (one request at a time, 100 ms apart) to be killed half-way.
  write_target(target, server.url("/"), 100);
  const int pid = spawn_joignable(
      {"audit", target.string(), "--out", killed_out.string(), "--db", db.string(), "--quiet"});
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (stored_pages(db) < 10 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  kill_hard(pid);
  const std::set<std::string> done_before = stored_urls(db);
  REQUIRE(done_before.size() >= 10);
  REQUIRE(done_before.size() < kPages);
  CHECK_FALSE(std::filesystem::exists(killed_out / "report.json"));

  server.clear_requests();
  write_target(target, server.url("/"), 0);
  const auto resumed = run_joignable({"audit", target.string(), "--out", killed_out.string(),
                                      "--db", db.string(), "--resume"});
  REQUIRE(resumed.exit_code == 0);
  CHECK(resumed.err.find("resuming run 1") != std::string::npos);
  for (const std::string& path : server.requests()) {
    CAPTURE(path);
    CHECK(done_before.count(server.url(path)) == 0);
  }

  const auto whole_out = dir / "whole";
  const auto whole = run_joignable({"audit", target.string(), "--out", whole_out.string(),
                                    "--db", (dir / "other.db").string(), "--quiet"});
  REQUIRE(whole.exit_code == 0);
  const auto resumed_report = comparable(killed_out / "report.json");
  INFO(nlohmann::json::diff(comparable(whole_out / "report.json"), resumed_report).dump(2));
  CHECK(resumed_report == comparable(whole_out / "report.json"));
  CHECK(resumed_report["pages"].size() > done_before.size());
  CHECK(resumed_report["broken_links"].size() == 5);
  // The page only the sitemap lists, crawled after the kill, has no click depth.
  const auto& pages = resumed_report["pages"];
  const auto orphan = std::find_if(pages.begin(), pages.end(), [&](const nlohmann::json& page) {
    return page["url"] == server.url("/orphan.html");
  });
  REQUIRE(orphan != pages.end());
  CHECK((*orphan)["depth"].is_null());
  CHECK(resumed_report["sitemaps"].size() == 1);
}

TEST_CASE("resuming with nothing interrupted starts a new run", "[e2e][resume]") {
  TempDir dir;
  write_site(dir / "site");
  TestServer server(dir / "site");
  const auto run = run_joignable(
      {"audit", server.url("/"), "--out", (dir / "out").string(), "--resume", "--max-pages", "5"});
  CHECK(run.exit_code == 0);
  CHECK(run.err.find("no interrupted run") != std::string::npos);
}

}  // namespace joignable::testing
