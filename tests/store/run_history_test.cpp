// The store's history side: runs of one target found by site and name, the previous finished
// run, the latest young enough, finding keys and rule outcomes, the per-user default store.
#include "store/run_store.h"

#include <cstdlib>

#include <catch2/catch.hpp>

#include "report/history_writer.h"
#include "report/report.h"
#include "store/stored_run.h"
#include "store/store_location.h"
#include "support/temp_dir.h"

namespace joignable::store {
namespace {

using testing::TempDir;

target::Target named(std::string name, std::string site) {
  target::Target target;
  target.name = std::move(name);
  target.site = std::move(site);
  target.source_file = "/targets/" + target.name + ".toml";
  return target;
}

target::Target bare(std::string site) {
  target::Target target;
  target.name = "example.fr";
  target.site = std::move(site);
  return target;
}

report::Report report_of(int score, std::vector<std::pair<std::string, std::string>> keys,
                         std::string finished_at) {
  report::Report report;
  report.finished_at = std::move(finished_at);
  report.overall_score = score;
  report.grade = score >= 90 ? "A" : "C";
  report.categories = {{"phone", "Phone", score}, {"forms", "Forms", std::nullopt}};
  for (auto& [rule, key] : keys) {
    report::ReportFinding finding;
    finding.rule = rule;
    finding.category = "links";
    finding.key = key;
    report.findings.push_back(finding);
  }
  report.rules = {{"link.broken_internal", "links", rules::Severity::error, 5,
                   rules::Outcome::Status::fail, "t", "w", "f", "", 1}};
  report.changes.new_findings = {{"link.broken_internal", "/a"}};
  return report;
}

long long finished_run(RunStore& store, const target::Target& target, const report::Report& r,
                       const std::string& started_at = "2026-12-01T10:00:00Z") {
  auto run = store.begin_run(target, started_at);
  REQUIRE(run);
  REQUIRE(store.finish_run(*run, r));
  return *run;
}

}  // namespace

TEST_CASE("one site in two spellings has one key; a target file adds its name", "[store]") {
  CHECK(site_key("https://www.Example.FR/") == "https://example.fr/");
  CHECK(site_key("http://127.0.0.1:8080/") == "http://127.0.0.1:8080/");
  CHECK(target_key(bare("https://example.fr/")).name == std::nullopt);
  CHECK(target_key(named("Acme", "https://example.fr/")).name == "Acme");
}

TEST_CASE("the previous finished run is the newest one begun before", "[store]") {
  TempDir dir;
  auto store = RunStore::open(dir / "joignable.db");
  REQUIRE(store);
  const auto acme = named("Acme", "https://www.acme.fr/");
  const long long first = finished_run(*store, acme, report_of(50, {}, "2026-12-01T10:01:05Z"));
  const long long second = finished_run(
      *store, acme, report_of(70, {{"link.broken_internal", "/a"}}, "2026-12-02T10:00:00Z"));
  // Another target, another name on the same site, a killed run: none of them counts.
  finished_run(*store, named("Other", "https://www.acme.fr/"), report_of(10, {}, "2026-12-03T00:00:00Z"));
  finished_run(*store, named("Acme", "https://acme.org/"), report_of(10, {}, "2026-12-03T00:00:00Z"));
  REQUIRE(store->begin_run(acme, "2026-12-04T00:00:00Z"));
  auto third = store->begin_run(acme, "2026-12-05T00:00:00Z");
  REQUIRE(third);

  // "https://acme.fr/" is the same site as "https://www.acme.fr/".
  auto previous = store->previous_finished_run({"https://acme.fr/", "Acme"}, *third);
  REQUIRE(previous);
  REQUIRE(*previous);
  CHECK((*previous)->id == second);
  CHECK((*previous)->overall_score == 70);
  CHECK((*previous)->findings == 1);
  CHECK((*previous)->new_findings == 1);
  CHECK((*previous)->fixed_findings == 0);
  auto before_second = store->previous_finished_run(target_key(acme), second);
  REQUIRE(before_second);
  REQUIRE(*before_second);
  CHECK((*before_second)->id == first);
  CHECK((*before_second)->duration_s == 65);
  auto none = store->previous_finished_run(target_key(acme), first);
  REQUIRE(none);
  CHECK_FALSE(*none);

  auto runs = store->finished_runs(target_key(acme));
  REQUIRE(runs);
  REQUIRE(runs->size() == 2);
  CHECK((*runs)[0].id == first);
  CHECK((*runs)[1].categories.size() == 2);
  CHECK((*runs)[1].categories[0].score == 70);
  CHECK_FALSE((*runs)[1].categories[1].score);
  // A bare URL names nothing: runs of any name on the site.
  auto any_name = store->finished_runs({"https://acme.fr/", std::nullopt});
  REQUIRE(any_name);
  CHECK(any_name->size() == 3);
}

TEST_CASE("the latest finished run is given only when young enough", "[store]") {
  TempDir dir;
  auto store = RunStore::open(dir / "joignable.db");
  REQUIRE(store);
  const auto acme = named("Acme", "https://acme.fr/");
  finished_run(*store, acme, report_of(50, {}, "2020-01-01T00:00:00Z"));
  auto old = store->latest_finished_run(target_key(acme), 7 * 24 * 3600);
  REQUIRE(old);
  CHECK_FALSE(*old);
  const long long fresh = finished_run(*store, acme, report_of(60, {}, "2099-01-01T00:00:00Z"));
  auto young = store->latest_finished_run(target_key(acme), 7 * 24 * 3600);
  REQUIRE(young);
  REQUIRE(*young);
  CHECK((*young)->id == fresh);
}

TEST_CASE("findings keep their keys and whether they were new", "[store]") {
  TempDir dir;
  auto store = RunStore::open(dir / "joignable.db");
  REQUIRE(store);
  auto r = report_of(50, {{"phone.premium_rate", "+33892350149"}, {"link.broken_internal", "/b"},
                          {"link.broken_internal", "/b"}},
                     "2026-12-01T10:00:00Z");
  r.findings[0].is_new = true;
  const long long run = finished_run(*store, named("Acme", "https://acme.fr/"), r);
  auto refs = store->finding_refs(run);
  REQUIRE(refs);
  CHECK(*refs == std::vector<report::FindingRef>{{"link.broken_internal", "/b"},
                                                 {"phone.premium_rate", "+33892350149"}});
  auto stored = store->load_run(run);
  REQUIRE(stored);
  CHECK(stored->findings[0].key == "+33892350149");
  CHECK(stored->findings[0].is_new);
  CHECK_FALSE(stored->findings[1].is_new);
}

TEST_CASE("the default store is per user, under XDG_DATA_HOME or HOME", "[store]") {
  TempDir dir;
  const std::string saved_xdg = std::getenv("XDG_DATA_HOME") ? std::getenv("XDG_DATA_HOME") : "";
  const std::string saved_home = std::getenv("HOME") ? std::getenv("HOME") : "";
  setenv("XDG_DATA_HOME", (dir / "data").c_str(), 1);
  auto xdg = default_store_file();
  setenv("XDG_DATA_HOME", "relative/ignored", 1);
  setenv("HOME", (dir / "home").c_str(), 1);
  auto home = default_store_file();
  unsetenv("XDG_DATA_HOME");
  unsetenv("HOME");
  auto none = default_store_file();
  setenv("XDG_DATA_HOME", saved_xdg.c_str(), 1);
  setenv("HOME", saved_home.c_str(), 1);

  REQUIRE(xdg);
  CHECK(*xdg == dir / "data" / "joignable" / "joignable.db");
  CHECK(std::filesystem::is_directory(dir / "data" / "joignable"));
  REQUIRE(home);
  CHECK(*home == dir / "home" / ".local" / "share" / "joignable" / "joignable.db");
  REQUIRE_FALSE(none);
  CHECK(none.error().to_string() == "--db: no default store: HOME and XDG_DATA_HOME are unset; give --db FILE");
}

}  // namespace joignable::store
