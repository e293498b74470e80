// End to end: batch, --shard, merge and compare, run as a user would, on three fixture companies
// (tests/fixtures/sites/company_*) each served by its own server on 127.0.0.1.
#include <filesystem>
#include <fstream>
#include <set>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "store/run_store.h"
#include "support/process.h"
#include "support/temp_dir.h"
#include "support/test_server.h"

namespace joignable::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::string kFixtures = JOIGNABLE_TEST_FIXTURES;

json read_json(const fs::path& path) { return json::parse(read_text(path.string())); }

struct Companies {
  TestServer a{kFixtures + "/sites/company_a"};
  TestServer b{kFixtures + "/sites/company_b"};
  TestServer c{kFixtures + "/sites/company_c"};
};

// A file listing the three companies' URLs and a site that refuses connections.
fs::path url_list(const TempDir& dir, const Companies& companies) {
  const auto path = dir / "clients.txt";
  std::ofstream(path) << "# our clients\n"
                      << companies.a.url("/") << "\n"
                      << companies.b.url("/") << "\n\n"
                      << companies.c.url("/") << "\n"
                      << "http://127.0.0.1:9/\n";
  return path;
}

const json& entry_of(const json& index, const std::string& target) {
  for (const auto& entry : index["targets"]) {
    if (entry["target"] == target) return entry;
  }
  FAIL("no entry for " << target);
  static const json none;
  return none;
}

// The index without what depends on when it ran.
json timeless(json index) {
  index.erase("generated_at");
  for (auto& entry : index["targets"]) entry.erase("finished_at");
  return index;
}

CommandResult batch(const std::vector<std::string>& args) {
  std::vector<std::string> words = {"batch"};
  words.insert(words.end(), args.begin(), args.end());
  words.push_back("--quiet");
  return run_joignable(words);
}

}  // namespace

TEST_CASE("batch audits every target in its folder; a failing one stops nothing",
          "[e2e][portfolio]") {
  Companies companies;
  TempDir dir;
  const auto list = url_list(dir, companies);
  const auto bad_target = kFixtures + "/targets/syntax_error.toml";
  const auto out = dir / "portfolio";
  // --jobs 3: three audits write one store at once.
  const auto run = batch({list.string(), bad_target, "--jobs", "3", "--out", out.string(), "--db",
                          (dir / "shared.db").string()});
  INFO(run.err);
  CHECK(run.exit_code == 3);  // one failed and one unreachable, the rest audited
  CHECK(run.out.find("3 audited, 1 unreachable, 1 failed") != std::string::npos);

  const auto index = read_json(out / "index.json");
  CHECK(index["schema"] == "joignable.portfolio/1");
  REQUIRE(index["targets"].size() == 5);
  CHECK(index["summary"]["audited"] == 3);
  std::vector<std::string> slugs;
  for (const auto& entry : index["targets"]) slugs.push_back(entry["slug"]);
  CHECK(std::is_sorted(slugs.begin(), slugs.end()));
  for (const auto* server : {&companies.a, &companies.b, &companies.c}) {
    const auto& entry = entry_of(index, server->url("/"));
    CAPTURE(entry.dump());
    CHECK(entry["status"] == "audited");
    CHECK(entry["slug"] == "127-0-0-1-" + std::to_string(server->port()));
    CHECK(entry["score"].is_number_integer());
    CHECK(entry["report"] == entry["slug"].get<std::string>() + "/report.html");
    for (const char* file :
         {"report.html", "report.json", "report.md", "audit.log", "batch.json"}) {
      CAPTURE(file);
      CHECK(fs::exists(out / entry["slug"].get<std::string>() / file));
    }
    CHECK(read_json(out / entry["slug"].get<std::string>() / "report.json")["score"]["overall"] ==
          entry["score"]);
  }
  const auto& failed = entry_of(index, bad_target);
  CHECK(failed["status"] == "failed");
  CHECK(failed["exit_code"] == 2);
  CHECK(failed["error"].get<std::string>().find("syntax_error.toml:") != std::string::npos);
  CHECK(failed["report"].is_null());
  const auto& unreachable = entry_of(index, "http://127.0.0.1:9/");
  CHECK(unreachable["status"] == "unreachable");
  CHECK(unreachable["report"] == "127-0-0-1-9/report.html");

  const auto html = read_text((out / "index.html").string());
  CHECK(html.find("127-0-0-1-9/report.html") != std::string::npos);
  CHECK(html.find("syntax_error.toml") != std::string::npos);
  // The store the audits wrote at once holds a finished run of each.
  auto store = store::RunStore::open(dir / "shared.db");
  REQUIRE(store.has_value());
  for (const auto& entry : index["targets"]) {
    if (entry["status"] == "failed") continue;
    const auto runs = store->runs_for_site(entry["site"].get<std::string>());
    REQUIRE(runs.has_value());
    REQUIRE(runs->size() == 1);
    CHECK_FALSE(runs->front().finished_at.empty());
  }
}

TEST_CASE("three shards in three processes merge into the index of one batch", "[e2e][portfolio]") {
  Companies companies;
  TempDir dir;
  const auto list = url_list(dir, companies);
  // Each side has its own store, so that both are first runs (no change since a previous one).
  const auto whole = batch({list.string(), "--jobs", "2", "--out", (dir / "whole").string(),
                            "--db", (dir / "whole.db").string()});
  REQUIRE(whole.exit_code == 3);  // 127.0.0.1:9 is unreachable

  std::set<std::string> audited;
  std::vector<std::string> shard_dirs;
  for (int k = 1; k <= 3; ++k) {
    const auto shard_dir = dir / ("shard-" + std::to_string(k));
    // The third shard takes K from a Kubernetes Indexed Job's JOB_COMPLETION_INDEX (0-based).
    const auto run =
        k < 3 ? batch({list.string(), "--shard", std::to_string(k) + "/3", "--out",
                       shard_dir.string(), "--db", (dir / "shards.db").string()})
              : run_command("env", {"JOB_COMPLETION_INDEX=2", JOIGNABLE_BINARY, "batch",
                                    list.string(), "--shard", "/3", "--out", shard_dir.string(),
                                    "--db", (dir / "shards.db").string(), "--quiet"});
    INFO(run.err);
    REQUIRE((run.exit_code == 0 || run.exit_code == 3));
    const auto index = read_json(shard_dir / "index.json");
    for (const auto& entry : index["targets"]) {
      CHECK(audited.insert(entry["target"].get<std::string>()).second);  // in one shard only
    }
    shard_dirs.push_back(shard_dir.string());
  }
  CHECK(audited.size() == 4);

  std::vector<std::string> merge = {"merge"};
  merge.insert(merge.end(), shard_dirs.begin(), shard_dirs.end());
  merge.insert(merge.end(), {"--out", (dir / "merged").string()});
  const auto merged = run_joignable(merge);
  INFO(merged.err);
  CHECK(merged.exit_code == 3);
  CHECK(timeless(read_json(dir / "merged" / "index.json")) ==
        timeless(read_json(dir / "whole" / "index.json")));
  const auto merged_index = read_json(dir / "merged" / "index.json");
  for (const auto& entry : merged_index["targets"]) {
    if (entry["report"].is_string())
      CHECK(fs::exists(dir / "merged" / entry["report"].get<std::string>()));
  }

  // A shard merged twice is refused: its targets would be counted twice.
  const auto twice = run_joignable({"merge", shard_dirs[0], shard_dirs[0], "--out",
                                    (dir / "twice").string()});
  CHECK(twice.exit_code == 2);
  CHECK(twice.err.find("audited by two shards") != std::string::npos);
}

TEST_CASE("a second batch says what changed since the first", "[e2e][portfolio]") {
  TestServer site(kFixtures + "/sites/company_b");
  TempDir dir;
  const std::vector<std::string> args = {site.url("/"), "--out", (dir / "out").string(), "--db",
                                         (dir / "store.db").string()};
  REQUIRE(batch(args).exit_code == 0);
  const auto first = read_json(dir / "out" / "index.json")["targets"][0];
  CHECK(first["score_delta"].is_null());  // no previous run
  REQUIRE(batch(args).exit_code == 0);
  const auto second = read_json(dir / "out" / "index.json")["targets"][0];
  CHECK(second["score_delta"] == 0);
  CHECK(second["new_findings"] == 0);
  CHECK(second["score"] == first["score"]);
}

TEST_CASE("batch refuses a bad --shard and an empty glob with one line, exit 2",
          "[e2e][portfolio]") {
  TempDir dir;
  const auto shard =
      batch({"https://example.invalid/", "--shard", "4/3", "--out", dir.path().string()});
  CHECK(shard.exit_code == 2);
  CHECK(shard.err == "joignable: --shard: shard K must be between 1 and 3, got '4/3'\n");
  const auto glob = batch({(dir / "*.toml").string(), "--out", dir.path().string()});
  CHECK(glob.exit_code == 2);
  CHECK(glob.err.find("no file matches") != std::string::npos);
}

}  // namespace joignable::testing
