#include "store/migrations.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include "extract/contact_points_json.h"
#include "report/history_writer.h"
#include "report/report.h"
#include "store/crawl_batch.h"
#include "store/database.h"
#include "store/run_store.h"
#include "support/temp_dir.h"

namespace joignable::store {
namespace {

using testing::TempDir;

int user_version(const std::filesystem::path& file) {
  SQLite::Database db(file, SQLite::OPEN_READONLY);
  return db.execAndGet("PRAGMA user_version").getInt();
}

target::Target acme() {
  target::Target target;
  target.name = "Acme";
  target.site = "http://127.0.0.1:8080/";
  return target;
}

// Each takes a file back one step, to the shape files written before that step have.
constexpr const char* kUndoStep8 = "DROP TABLE screenshots; PRAGMA user_version = 7;";
constexpr const char* kUndoStep7 = "DROP TABLE probes; PRAGMA user_version = 6;";

constexpr const char* kUndoStep6 = R"sql(
DROP TABLE rule_outcomes;
DROP INDEX runs_by_site_key;
ALTER TABLE runs DROP COLUMN site_key;
ALTER TABLE runs DROP COLUMN page_count;
ALTER TABLE runs DROP COLUMN new_findings;
ALTER TABLE runs DROP COLUMN fixed_findings;
ALTER TABLE findings DROP COLUMN key;
ALTER TABLE findings DROP COLUMN is_new;
PRAGMA user_version = 5;
)sql";

// Creates `file` at the latest version with one run of acme() in it, closed again; its id.
long long file_with_one_run(const std::filesystem::path& file) {
  auto store = RunStore::open(file);
  REQUIRE(store);
  auto begun = store->begin_run(acme(), "2026-01-02T03:04:05Z");
  REQUIRE(begun);
  return *begun;
}

TEST_CASE("the schema has one version per migration step", "[store]") {
  CHECK(latest_schema_version() == 8);
}

TEST_CASE("opening an empty file migrates it to the latest version", "[store]") {
  TempDir dir;
  const auto file = dir / "joignable.db";
  {
    auto store = RunStore::open(file);
    REQUIRE(store);
  }
  CHECK(user_version(file) == latest_schema_version());
  SQLite::Database db(file, SQLite::OPEN_READONLY);
  for (const char* table : {"runs", "pages", "redirects", "page_links", "phones", "phone_pages",
                            "emails", "email_pages", "forms", "findings", "category_scores", "checks",
                            "page_analyses", "addresses", "address_pages", "channels",
                            "channel_pages", "probes", "screenshots"}) {
    INFO(table);
    CHECK(db.tableExists(table));
  }
}

TEST_CASE("reopening a migrated file keeps its data and its version", "[store]") {
  TempDir dir;
  const auto file = dir / "joignable.db";
  const long long run = file_with_one_run(file);
  auto store = RunStore::open(file);
  REQUIRE(store);
  auto runs = store->runs_for_site("http://127.0.0.1:8080/");
  REQUIRE(runs);
  REQUIRE(runs->size() == 1);
  CHECK(runs->front().id == run);
  CHECK(runs->front().started_at == "2026-01-02T03:04:05Z");
  CHECK(user_version(file) == latest_schema_version());
}

TEST_CASE("a version-7 file gets an empty screenshots table through step 8", "[store]") {
  TempDir dir;
  const auto file = dir / "joignable.db";
  const long long run = file_with_one_run(file);
  {
    SQLite::Database db(file, SQLite::OPEN_READWRITE);
    db.exec(kUndoStep8);
  }
  auto store = RunStore::open(file);
  REQUIRE(store);
  CHECK(user_version(file) == latest_schema_version());
  const auto shots = store->load_screenshots(run);
  REQUIRE(shots);
  CHECK(shots->empty());
}

TEST_CASE("a version-4 file keeps its links and page analyses through step 5", "[store]") {
  TempDir dir;
  const auto file = dir / "joignable.db";
  const long long run = file_with_one_run(file);
  {
    // Step 4's shape, as files written before step 5 have it.
    SQLite::Database db(file, SQLite::OPEN_READWRITE);
    db.exec(kUndoStep8);
    db.exec(kUndoStep7);
    db.exec(kUndoStep6);
    db.exec(R"sql(
DROP TABLE page_links;
CREATE TABLE links (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  from_url TEXT NOT NULL,
  to_url TEXT NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  fragment TEXT NOT NULL
);
CREATE INDEX links_by_run ON links (run_id, to_url);
DROP TABLE page_analyses;
CREATE TABLE page_analyses (
  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  url TEXT NOT NULL,
  document TEXT NOT NULL,
  PRIMARY KEY (run_id, url)
  ) WITHOUT ROWID;
PRAGMA user_version = 4;
)sql");
    SQLite::Statement insert(db,
                             "INSERT INTO page_analyses VALUES (?, 'http://127.0.0.1:8080/a', ?)");
    insert.bind(1, static_cast<int64_t>(run));
    extract::PageAnalysis analysis;
    analysis.title = "Page A";
    insert.bind(2, extract::encode_analysis(analysis));
    insert.exec();
    // Rows of two pages, interleaved as two batches could leave them.
    SQLite::Statement link(db, "INSERT INTO links VALUES (?, ?, ?, 'anchor', ?, ?)");
    const std::string home = "http://127.0.0.1:8080/";
    const std::vector<std::vector<std::string>> rows = {{home, home + "z", "Z", ""},
                                                        {home + "a", home, "Tab\there\\", "top"},
                                                        {home, home + "b", "B\nline", "x"}};
    for (const auto& row : rows) {
      link.bind(1, static_cast<int64_t>(run));
      for (int i = 0; i < 4; ++i) link.bind(i + 2, row[static_cast<std::size_t>(i)]);
      link.exec();
      link.reset();
    }
  }
  auto store = RunStore::open(file);
  REQUIRE(store);
  CHECK(user_version(file) == latest_schema_version());
  const auto analysis = store->load_analysis(run, "http://127.0.0.1:8080/a");
  REQUIRE(analysis);
  REQUIRE(analysis->has_value());
  CHECK((*analysis)->title == "Page A");
  const auto crawl = store->load_crawl(run);
  REQUIRE(crawl);
  const auto& links = crawl->so_far.links;
  REQUIRE(links.size() == 3);
  CHECK(links[0].to == "http://127.0.0.1:8080/z");
  CHECK(links[1].to == "http://127.0.0.1:8080/b");
  CHECK(links[1].text == "B\nline");
  CHECK(links[1].fragment == "x");
  CHECK(links[2].from == "http://127.0.0.1:8080/a");
  CHECK(links[2].text == "Tab\there\\");
  CHECK(links[2].fragment == "top");
}

TEST_CASE("a version-5 file's runs are found by site after step 6; old findings have no key",
          "[store]") {
  TempDir dir;
  const auto file = dir / "joignable.db";
  {
    auto store = RunStore::open(file);
    REQUIRE(store);
    target::Target target = acme();
    target.site = "https://www.Acme.fr/";
    auto run = store->begin_run(target, "2026-01-02T03:04:05Z");
    REQUIRE(run);
    report::Report report;
    report.finished_at = "2026-01-02T03:05:00Z";
    report.overall_score = 40;
    report::ReportFinding finding;
    finding.rule = "phone.missing";
    finding.key = "ignored";
    report.findings = {finding};
    REQUIRE(store->finish_run(*run, report));
  }
  {
    SQLite::Database db(file, SQLite::OPEN_READWRITE);
    db.exec(kUndoStep8);
    db.exec(kUndoStep7);
    db.exec(kUndoStep6);
  }
  auto store = RunStore::open(file);
  REQUIRE(store);
  CHECK(user_version(file) == latest_schema_version());
  auto runs = store->finished_runs({"https://acme.fr/", std::nullopt});
  REQUIRE(runs);
  REQUIRE(runs->size() == 1);
  CHECK((*runs)[0].overall_score == 40);
  CHECK_FALSE((*runs)[0].new_findings);
  auto refs = store->finding_refs((*runs)[0].id);
  REQUIRE(refs);
  CHECK(*refs == std::vector<report::FindingRef>{{"phone.missing", ""}});
}

TEST_CASE("a file from a newer joignable is refused and left untouched", "[store]") {
  TempDir dir;
  const auto file = dir / "joignable.db";
  {
    SQLite::Database db(file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE future (x INTEGER); PRAGMA user_version = 99");
  }
  auto store = RunStore::open(file);
  REQUIRE_FALSE(store);
  CHECK(store.error().code == Error::Code::database);
  CHECK(store.error().to_string() ==
        file.string() + ": schema version 99 is newer than this joignable supports (" +
            std::to_string(latest_schema_version()) + ")");
  CHECK(user_version(file) == 99);
  SQLite::Database db(file, SQLite::OPEN_READONLY);
  CHECK_FALSE(db.tableExists("runs"));
}

TEST_CASE("another program's database is refused and left untouched", "[store]") {
  TempDir dir;
  const auto file = dir / "joignable.db";
  {
    SQLite::Database db(file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE contacts (name TEXT)");
  }
  auto store = RunStore::open(file);
  REQUIRE_FALSE(store);
  CHECK(store.error().code == Error::Code::database);
  CHECK(store.error().to_string() ==
        file.string() + ": not a joignable database (it has tables but no schema version)");
  CHECK(user_version(file) == 0);
  SQLite::Database db(file, SQLite::OPEN_READONLY);
  CHECK_FALSE(db.tableExists("runs"));
}

TEST_CASE("a failing step leaves the file at its old version", "[store]") {
  TempDir dir;
  const auto file = dir / "joignable.db";
  {
    auto db = open_database(file);
    REQUIRE(db);
    // Room for the first tables only: the step fails halfway through.
    (*db)->exec("PRAGMA max_page_count = 3");
    auto migrated = migrate(**db, file.string());
    REQUIRE_FALSE(migrated);
    CHECK(migrated.error().to_string() ==
          file.string() + ": cannot migrate the database: database or disk is full");
  }
  CHECK(user_version(file) == 0);
  SQLite::Database db(file, SQLite::OPEN_READONLY);
  CHECK_FALSE(db.tableExists("runs"));
}

}  // namespace
}  // namespace joignable::store
