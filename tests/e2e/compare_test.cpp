// End to end: `compare` on three fixture companies (tests/fixtures/sites/company_*), each served
// by its own server on 127.0.0.1: what the matrix says of each, the files, the reuse of a recent
// run and --fresh.
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/process.h"
#include "support/temp_dir.h"
#include "support/test_server.h"

namespace joignable::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::string kSites = std::string(JOIGNABLE_TEST_FIXTURES) + "/sites/";

json read_json(const fs::path& path) { return json::parse(read_text(path.string())); }

fs::path target_file(const TempDir& dir, const std::string& file, const std::string& name,
                     const TestServer& server) {
  const auto path = dir / file;
  std::ofstream(path) << "[target]\nname = \"" << name << "\"\nsite = \"" << server.url("/")
                      << "\"\nlang = \"fr\"\n";
  return path;
}

std::map<std::string, std::string> matrix_of(const json& company) {
  return company["matrix"].get<std::map<std::string, std::string>>();
}

}  // namespace

TEST_CASE("compare shows three companies side by side and reuses a recent run", "[e2e][compare]") {
  TestServer a(kSites + "company_a"), b(kSites + "company_b"), c(kSites + "company_c");
  TempDir dir;
  const std::vector<std::string> targets = {
      target_file(dir, "arnaud.toml", "Boulangerie Arnaud", a).string(),
      target_file(dir, "bertin.toml", "Garage Bertin", b).string(),
      target_file(dir, "chevalier.toml", "Cabinet Chevalier", c).string()};
  const auto out = dir / "compare";
  std::vector<std::string> args = {"compare"};
  args.insert(args.end(), targets.begin(), targets.end());
  args.insert(args.end(), {"--out", out.string(), "--db", (dir / "store.db").string(), "--lang",
                           "en", "--quiet"});

  const auto first = run_joignable(args);
  INFO(first.err);
  REQUIRE(first.exit_code == 0);
  const auto comparison = read_json(out / "compare.json");
  CHECK(comparison["schema"] == "joignable.compare/1");
  REQUIRE(comparison["companies"].size() == 3);
  const auto& arnaud = comparison["companies"][0];
  const auto& bertin = comparison["companies"][1];
  const auto& chevalier = comparison["companies"][2];
  CHECK(arnaud["name"] == "Boulangerie Arnaud");
  CHECK(arnaud["reused"] == false);
  CHECK(fs::exists(out / arnaud["report"].get<std::string>()));
  CHECK(matrix_of(arnaud) == std::map<std::string, std::string>{
                                 {"phone_home", "yes"}, {"ordinary_number", "yes"},
                                 {"hours", "yes"}, {"structured_data", "yes"},
                                 {"free_form", "yes"}, {"email", "yes"},
                                 {"listings_agree", "not_applicable"},
                                 {"contact_within_3", "yes"}});
  // A surcharged number on the contact page only, no hours, a form without free text.
  CHECK(matrix_of(bertin) == std::map<std::string, std::string>{
                                 {"phone_home", "no"}, {"ordinary_number", "no"},
                                 {"hours", "no"}, {"structured_data", "no"},
                                 {"free_form", "no"}, {"email", "no"},
                                 {"listings_agree", "not_applicable"},
                                 {"contact_within_3", "yes"}});
  // An e-mail on the home page; the phone and the contact page four clicks away.
  CHECK(matrix_of(chevalier) == std::map<std::string, std::string>{
                                    {"phone_home", "no"}, {"ordinary_number", "yes"},
                                    {"hours", "no"}, {"structured_data", "no"},
                                    {"free_form", "no"}, {"email", "yes"},
                                    {"listings_agree", "not_applicable"},
                                    {"contact_within_3", "no"}});
  std::set<std::string> bertin_rules;
  for (const auto& finding : bertin["costliest"]) bertin_rules.insert(finding["rule"]);
  CHECK(bertin["costliest"].size() == 3);
  CHECK(bertin_rules.size() == 3);
  CHECK(bertin_rules.contains("phone.premium_rate"));
  CHECK(arnaud["score"]["overall"].get<int>() > bertin["score"]["overall"].get<int>());

  const auto html = read_text((out / "compare.html").string());
  CHECK(html.find("<html lang=\"en\">") != std::string::npos);
  CHECK(html.find("<svg class=\"chart\"") != std::string::npos);
  CHECK(html.find("Who offers what") != std::string::npos);
  CHECK(html.find("Cabinet Chevalier") != std::string::npos);
  const auto md = read_text((out / "compare.md").string());
  CHECK(md.find("| Garage Bertin | ") != std::string::npos);
  CHECK(md.find("| Phone on the home page | ✅ | ❌ | ❌ |") != std::string::npos);

  // A second compare within the week reads the three runs back instead of crawling again.
  for (auto* server : {&a, &b, &c}) server->clear_requests();
  const auto again = run_joignable(args);
  REQUIRE(again.exit_code == 0);
  const auto reused = read_json(out / "compare.json");
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(reused["companies"][i]["reused"] == true);
    CHECK(reused["companies"][i]["run"] == comparison["companies"][i]["run"]);
    CHECK(reused["companies"][i]["matrix"] == comparison["companies"][i]["matrix"]);
  }
  CHECK(a.requests().empty());
  CHECK(b.requests().empty());
  CHECK(c.requests().empty());

  args.push_back("--fresh");
  REQUIRE(run_joignable(args).exit_code == 0);
  const auto fresh = read_json(out / "compare.json");
  CHECK(fresh["companies"][0]["reused"] == false);
  CHECK(fresh["companies"][0]["run"] != comparison["companies"][0]["run"]);
  CHECK_FALSE(a.requests().empty());
}

TEST_CASE("compare needs two targets", "[e2e][compare]") {
  TempDir dir;
  const auto run = run_joignable({"compare", "https://one.example/", "--out", dir.path().string()});
  CHECK(run.exit_code == 2);
  CHECK(run.err == "joignable: TARGET: compare needs two targets or more\n");
}

}  // namespace joignable::testing
