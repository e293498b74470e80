// End to end, as a CI job or a consultant would run it: one site audited three times into one
// store while it changes (a page breaks, then is fixed; the phone leaves the home page). Checks
// what changed, stable keys, deltas, `history` in every format, thresholds with their stderr
// lines and exit codes, --baseline, JOIGNABLE_* variables, JUnit parsed with expat, and two
// audits writing one store at once.
#include <expat.h>

#include <filesystem>
#include <fstream>
#include <future>
#include <map>
#include <set>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/process.h"
#include "support/temp_dir.h"
#include "support/test_server.h"

namespace joignable::testing {
namespace {

using nlohmann::json;

constexpr const char* kPhone = "+33478582190";

void write(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

std::string page(const std::string& title, const std::string& body) {
  return "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + title +
         "</title></head><body><nav><a href=\"/\">Accueil</a> <a href=\"/contact.html\">Contact"
         "</a> <a href=\"/about.html\">Qui sommes-nous</a></nav>" +
         body + "</body></html>";
}

// The site as it is on each run: 1 whole, 2 without about.html, 3 about.html back and no phone
// on the home page.
void site_at(const std::filesystem::path& dir, int run) {
  const std::string phone = "<p>Appelez-nous au <a href=\"tel:+33478582190\">04 78 58 21 90</a></p>";
  write(dir / "index.html", page("Accueil", "<h1>Plomberie</h1>" + (run == 3 ? "" : phone)));
  write(dir / "contact.html", page("Contact", "<h1>Contact</h1>" + phone));
  if (run == 2) {
    std::filesystem::remove(dir / "about.html");
  } else {
    write(dir / "about.html", page("Qui sommes-nous", "<h1>Depuis 1962</h1>"));
  }
}

json read_json(const std::filesystem::path& path) { return json::parse(read_text(path.string())); }

std::set<std::pair<std::string, std::string>> refs(const json& list) {
  std::set<std::pair<std::string, std::string>> out;
  for (const auto& ref : list) {
    out.insert({ref["rule"].get<std::string>(), ref["key"].get<std::string>()});
  }
  return out;
}

std::map<std::string, std::string> keys_by_rule(const json& report) {
  std::map<std::string, std::string> keys;
  for (const auto& finding : report["findings"]) {
    keys[finding["rule"].get<std::string>()] = finding["key"].get<std::string>();
  }
  return keys;
}

// A changing fixture site on a test server and a store in a temporary folder.
struct Fixture {
  TempDir dir;
  TempDir site;
  TestServer server{site.path()};
  std::string db = (dir / "store.db").string();

  // Audits the site as it is on `run` (site_at) into OUT = dir/`out`, with `extra` flags.
  CommandResult audit(int run, const std::string& out, std::vector<std::string> extra = {}) {
    site_at(site.path(), run);
    std::vector<std::string> args = {"audit", server.url("/"), "--out", (dir / out).string(),
                                     "--db", db, "--lang", "en", "--quiet"};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_joignable(args);
  }
  json report(const std::string& out) { return read_json(dir / out / "report.json"); }
};

// What expat makes of report.junit.xml: suites with their counts, cases with what they hold.
struct JUnit {
  struct Suite {
    std::string name;
    int tests = 0, failures = 0, skipped = 0, cases = 0, failure_elements = 0,
        skipped_elements = 0;
    bool every_skip_has_a_reason = true;
  };
  std::vector<Suite> suites;
  std::set<std::string> classnames;
};

void XMLCALL on_start(void* data, const XML_Char* name, const XML_Char** attributes) {
  auto& junit = *static_cast<JUnit*>(data);
  std::map<std::string, std::string> attrs;
  for (int i = 0; attributes[i] != nullptr; i += 2) attrs[attributes[i]] = attributes[i + 1];
  const std::string element = name;
  if (element == "testsuite") {
    JUnit::Suite suite;
    suite.name = attrs["name"];
    suite.tests = std::stoi(attrs["tests"]);
    suite.failures = std::stoi(attrs["failures"]);
    suite.skipped = std::stoi(attrs["skipped"]);
    junit.suites.push_back(suite);
  } else if (element == "testcase") {
    ++junit.suites.back().cases;
    junit.classnames.insert(attrs["classname"]);
  } else if (element == "failure") {
    ++junit.suites.back().failure_elements;
  } else if (element == "skipped") {
    ++junit.suites.back().skipped_elements;
    if (attrs["message"].empty()) junit.suites.back().every_skip_has_a_reason = false;
  }
}

void XMLCALL on_end(void*, const XML_Char*) {}

// report.junit.xml as expat reads it: a suite per category, counts that match the cases, a
// reason on every skip, failures for the broken page.
void check_junit(const std::string& xml) {
  JUnit junit;
  XML_Parser parser = XML_ParserCreate("UTF-8");
  XML_SetUserData(parser, &junit);
  XML_SetElementHandler(parser, on_start, on_end);
  const bool parsed =
      XML_Parse(parser, xml.data(), static_cast<int>(xml.size()), 1) != XML_STATUS_ERROR;
  XML_ParserFree(parser);
  REQUIRE(parsed);
  std::set<std::string> names;
  int failures = 0;
  for (const auto& suite : junit.suites) {
    CAPTURE(suite.name);
    names.insert(suite.name);
    CHECK(suite.tests == suite.cases);
    CHECK(suite.failures == suite.failure_elements);
    CHECK(suite.skipped == suite.skipped_elements);
    CHECK(suite.every_skip_has_a_reason);
    failures += suite.failures;
  }
  CHECK(names == std::set<std::string>{"joignable.phone", "joignable.hours", "joignable.forms",
                                       "joignable.links", "joignable.listings",
                                       "joignable.navigation"});
  CHECK(junit.classnames.contains("joignable.links"));
  CHECK(failures > 0);
}

}  // namespace

TEST_CASE("three runs of a changing site say what changed, in report.json, report.md and "
          "history", "[e2e][history]") {
  Fixture f;
  std::vector<json> reports;
  for (int run = 1; run <= 3; ++run) {
    const auto result = f.audit(run, "run" + std::to_string(run), {"--format", "md,junit"});
    CAPTURE(result.err);
    CHECK(result.exit_code == 0);
    reports.push_back(f.report("run" + std::to_string(run)));
  }
  const json& first = reports[0];
  CHECK(first["changes"]["previous"].is_null());
  CHECK(first["changes"]["score_delta"].is_null());
  CHECK(first["changes"]["new"].empty());
  for (const auto& finding : first["findings"]) CHECK(finding["new"] == false);

  const json& second = reports[1];
  const std::pair<std::string, std::string> broken{"link.broken_internal", "/about.html"};
  CHECK(second["changes"]["previous"]["score"] == first["score"]["overall"]);
  CHECK(second["changes"]["baseline"].is_null());
  CHECK(refs(second["changes"]["new"]) == std::set{broken});
  CHECK_FALSE(refs(second["changes"]["fixed"]).contains(broken));
  CHECK(second["changes"]["score_delta"] ==
        second["score"]["overall"].get<int>() - first["score"]["overall"].get<int>());
  for (const auto& finding : second["findings"]) {
    CHECK(finding["new"] == (finding["rule"] == "link.broken_internal"));
  }

  const json& third = reports[2];
  CHECK(third["changes"]["previous"]["run"].get<int>() ==
        second["changes"]["previous"]["run"].get<int>() + 1);
  CHECK(refs(third["changes"]["fixed"]).contains(broken));
  CHECK(refs(third["changes"]["new"]).contains({"phone.not_on_home", kPhone}));
  CHECK_FALSE(refs(third["changes"]["new"]).contains(broken));

  // Keys do not move: a rule found by the first and the third run names the same thing.
  const auto first_keys = keys_by_rule(first);
  const auto third_keys = keys_by_rule(third);
  int shared = 0;
  for (const auto& [rule, key] : first_keys) {
    if (!third_keys.contains(rule)) continue;
    CAPTURE(rule);
    CHECK(third_keys.at(rule) == key);
    ++shared;
  }
  CHECK(shared > 0);

  const std::string md = read_text((f.dir / "run3" / "report.md").string());
  const auto changes = md.find("### What changed since run");
  REQUIRE(changes != std::string::npos);
  CHECK(changes < md.find("| Category |"));
  CHECK(md.find("- ✅ Links within the site are broken (`link.broken_internal`) — /about.html") !=
        std::string::npos);

  const std::string site = f.server.url("/");
  const auto table = run_joignable({"history", site, "--db", f.db});
  CHECK(table.exit_code == 0);
  CHECK(table.out.starts_with("run  date "));
  CHECK(std::count(table.out.begin(), table.out.end(), '\n') == 4);
  const auto as_json = run_joignable({"history", site, "--db", f.db, "--format", "json"});
  REQUIRE(as_json.exit_code == 0);
  const json history = json::parse(as_json.out);
  REQUIRE(history["runs"].size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CAPTURE(i);
    CHECK(history["runs"][i]["score"] == reports[i]["score"]["overall"]);
    CHECK(history["runs"][i]["findings"] == reports[i]["findings"].size());
    CHECK(history["runs"][i]["pages"] == reports[i]["pages"].size());
    CHECK(history["runs"][i]["new"] == reports[i]["changes"]["new"].size());
    CHECK(history["runs"][i]["fixed"] == reports[i]["changes"]["fixed"].size());
    CHECK(history["runs"][i]["categories"]["links"] == reports[i]["score"]["categories"]["links"]);
  }
  const auto csv = run_joignable({"history", site, "--db", f.db, "--format", "csv"});
  CHECK(csv.exit_code == 0);
  CHECK(csv.out.starts_with("run,finished_at,score,grade,"));
  CHECK(std::count(csv.out.begin(), csv.out.end(), '\n') == 4);
  const auto missing = run_joignable({"history", site, "--db", (f.dir / "none.db").string()});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("none.db: no such store") != std::string::npos);

  check_junit(read_text((f.dir / "run2" / "report.junit.xml").string()));
}

TEST_CASE("every threshold that trips exits 1 with its own line, even with --quiet",
          "[e2e][history]") {
  Fixture f;
  REQUIRE(f.audit(1, "first").exit_code == 0);
  // about.html breaks: new since the first run.
  const auto result = f.audit(2, "second", {"--fail-under", "100", "--fail-under-category",
                                            "links=100,forms=0", "--fail-on", "new", "--strict"});
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("joignable: threshold --fail-under 100: the overall score is ") !=
        std::string::npos);
  CHECK(result.err.find("joignable: threshold --fail-under-category links=100: the links score "
                        "is ") != std::string::npos);
  CHECK(result.err.find("forms=0") == std::string::npos);
  CHECK(result.err.find("joignable: threshold --fail-on new: 1 new finding since run ") !=
        std::string::npos);
  CHECK(result.err.find("link.broken_internal /about.html") != std::string::npos);
  CHECK(result.err.find("joignable: threshold --strict: ") != std::string::npos);
  CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 4);

  // The case: --strict is not hidden by a --fail-under that holds.
  const auto strict = f.audit(2, "strict", {"--strict", "--fail-under", "1"});
  CHECK(strict.exit_code == 1);
  CHECK(strict.err.find("--strict: ") != std::string::npos);
  // Nothing new since the run just before: --fail-on new holds, and says nothing.
  const auto same = f.audit(2, "same", {"--fail-on", "new"});
  CHECK(same.exit_code == 0);
  CHECK(same.err.empty());
}

TEST_CASE("a baseline report.json replaces the store as what is compared with", "[e2e][history]") {
  Fixture f;
  REQUIRE(f.audit(1, "first").exit_code == 0);
  const auto baseline = (f.dir / "first" / "report.json").string();
  f.db = (f.dir / "fresh.db").string();  // an empty store: only the baseline can say what is new
  const auto result = f.audit(2, "second", {"--baseline", baseline, "--fail-on", "new"});
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("since the baseline " + baseline) != std::string::npos);
  const json report = f.report("second");
  CHECK(report["changes"]["baseline"] == baseline);
  CHECK(report["changes"]["previous"].is_null());
  CHECK(refs(report["changes"]["new"]) ==
        std::set<std::pair<std::string, std::string>>{{"link.broken_internal", "/about.html"}});

  const auto bad_file = (f.dir / "bad.json").string();
  write(bad_file, "{\"schema\": \"joignable.report/1\", \"findings\": [{\"rule\": \"x\"}]}");
  const auto bad = f.audit(2, "bad", {"--baseline", bad_file});
  CHECK(bad.exit_code == 2);
  CHECK(bad.err == "joignable: " + bad_file +
                       ": findings[0].key: no key (a report written before joignable kept "
                       "finding keys)\n");
  CHECK_FALSE(std::filesystem::exists(f.dir / "bad"));
}

TEST_CASE("JOIGNABLE_* variables set options and the command line wins", "[e2e][history]") {
  Fixture f;
  site_at(f.site.path(), 1);
  std::vector<std::string> args = {"JOIGNABLE_FAIL_UNDER=100", "JOIGNABLE_DB=" + f.db,
                                   "JOIGNABLE_LANG=en", "JOIGNABLE_QUIET=1", JOIGNABLE_BINARY,
                                   "audit", f.server.url("/"), "--out", (f.dir / "out").string()};
  const auto from_env = run_command("env", args);
  CHECK(from_env.exit_code == 1);
  CHECK(from_env.err.find("--fail-under 100") != std::string::npos);
  CHECK(f.report("out")["target"]["lang"] == "en");
  CHECK(std::filesystem::exists(f.db));
  args.insert(args.end(), {"--fail-under", "0"});
  const auto flag_wins = run_command("env", args);
  CHECK(flag_wins.exit_code == 0);
  CHECK(flag_wins.err.empty());

  const auto help = run_joignable({"audit", "--help"});
  CHECK(help.out.find("Exit codes:") != std::string::npos);
  CHECK(help.out.find("JOIGNABLE_FAIL_UNDER") != std::string::npos);
}

TEST_CASE("two audits writing one store at once both succeed", "[e2e][history]") {
  TempDir dir;
  TempDir site;
  site_at(site.path(), 1);
  TestServer server(site.path());
  const std::string db = (dir / "shared.db").string();
  const auto audit = [&](const std::string& out) {
    return run_joignable({"audit", server.url("/"), "--out", (dir / out).string(), "--db", db,
                          "--quiet"});
  };
  auto a = std::async(std::launch::async, audit, "a");
  auto b = std::async(std::launch::async, audit, "b");
  const CommandResult first = a.get();
  const CommandResult second = b.get();
  CAPTURE(first.err, second.err);
  CHECK(first.exit_code == 0);
  CHECK(second.exit_code == 0);
  const auto history = run_joignable({"history", server.url("/"), "--db", db, "--format", "json"});
  REQUIRE(history.exit_code == 0);
  CHECK(json::parse(history.out)["runs"].size() == 2);
}

}  // namespace joignable::testing
