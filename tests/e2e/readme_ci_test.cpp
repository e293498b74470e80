// The README's "Ready to paste into CI" blocks, run: every `run:` and `script:` step of the GitHub
// Actions and GitLab CI jobs, the shard matrix and the Kubernetes Indexed Job, with bash, against
// the demo site served on 127.0.0.1, as the CI system would run them. Only what needs the CI system
// itself is stood in for: the install step (the built binary is put on PATH instead), `uses:`
// actions (their paths are checked against the steps), and the runner's variables.
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/process.h"
#include "support/temp_dir.h"
#include "support/test_server.h"

namespace joignable::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kRoot = fs::path(JOIGNABLE_TEST_FIXTURES) / ".." / "..";
const std::string kDemoSite = (kRoot / "targets" / "demo" / "site").string();

// The README's ```yaml block whose first line is `# <name>`, as JSON (one element per document),
// read by PyYAML: a YAML mistake in the README fails here.
json readme_block(const std::string& name, const TempDir& dir) {
  const std::string readme = read_text((kRoot / "README.md").string());
  const std::string start = "```yaml\n# " + name + "\n";
  const auto at = readme.find(start);
  REQUIRE(at != std::string::npos);
  const auto begin = at + std::string("```yaml\n").size();
  const auto end = readme.find("\n```", begin);
  const auto file = dir / "block.yml";
  std::ofstream(file) << readme.substr(begin, end - begin) << "\n";
  const auto converted = run_command(
      "python3", {"-c",
                  "import json, sys, yaml\n"
                  "print(json.dumps(list(yaml.safe_load_all(open(sys.argv[1])))))",
                  file.string()});
  INFO(converted.err);
  REQUIRE(converted.exit_code == 0);
  return json::parse(converted.out);
}

std::string path_with_joignable() {
  return fs::path(JOIGNABLE_BINARY).parent_path().string() + ":" + std::getenv("PATH");
}

// Runs `script` as the CI system would: bash, in `dir`, with `env` on top of ours. The per-user
// store of an audit without --db goes under `dir`, never into the home folder of who runs tests.
CommandResult run_step(const std::string& script, const std::map<std::string, std::string>& env,
                       const fs::path& dir) {
  std::vector<std::string> args = {"PATH=" + path_with_joignable(),
                                   "XDG_DATA_HOME=" + (dir / ".xdg").string()};
  for (const auto& [name, value] : env) args.push_back(name + "=" + value);
  args.insert(args.end(), {"bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script});
  return run_command("env", args, dir.string());
}

std::map<std::string, std::string> strings(const json& object) {
  std::map<std::string, std::string> values;
  for (const auto& [name, value] : object.items()) values[name] = value.get<std::string>();
  return values;
}

// GitHub's `${{ matrix.shard }}` and the like, replaced.
std::string with_expression(std::string text, const std::string& expression,
                            const std::string& value) {
  return std::regex_replace(text, std::regex("\\$\\{\\{ *" + expression + " *\\}\\}"), value);
}

// Runs the `run:` steps of a GitHub job in order: after a step fails, only `if: always()` steps
// run, as on GitHub. Returns whether every step passed.
bool run_github_job(const json& job, std::map<std::string, std::string> env, const fs::path& dir) {
  bool failed = false;
  for (const auto& step : job["steps"]) {
    if (!step.contains("run") || step.value("name", "") == "Install joignable") continue;
    if (failed && step.value("if", "") != "always()") continue;
    const auto result = run_step(step["run"], env, dir);
    INFO(step.value("name", "") << ": " << result.err);
    CHECK((result.exit_code == 0 || result.exit_code == 1));  // 1: a threshold tripped
    if (result.exit_code != 0) failed = true;
  }
  return !failed;
}

const json& step_named(const json& job, const std::string& name) {
  for (const auto& step : job["steps"]) {
    if (step.value("name", "") == name) return step;
  }
  FAIL("no step " << name);
  static const json none;
  return none;
}

// A file listing the three fixture companies, as clients.txt in the portfolio jobs.
void write_clients(const fs::path& path, const std::vector<const TestServer*>& servers) {
  std::ofstream out(path);
  for (const auto* server : servers) out << server->url("/") << "\n";
}

}  // namespace

TEST_CASE("the README's GitHub Actions job audits, publishes, fails and carries the store",
          "[e2e][readme]") {
  TestServer site(kDemoSite);
  TempDir dir;
  const json job = readme_block(".github/workflows/joignable.yml", dir)[0]["jobs"]["audit"];
  // The cached folder is the store's, the artefact the report's.
  CHECK(step_named(job, "Restore the store of previous runs")["with"]["path"] == ".joignable");
  CHECK(step_named(job, "Save the store for the next run")["with"]["path"] == ".joignable");
  CHECK(step_named(job, "Keep the HTML report")["with"]["path"] == "joignable-report/");
  CHECK(step_named(job, "Audit")["run"].get<std::string>().find("--db .joignable/") !=
        std::string::npos);

  auto env = strings(job["env"]);
  env["SITE_URL"] = site.url("/");
  env["GITHUB_STEP_SUMMARY"] = (dir / "summary.md").string();
  const auto work = dir / "repo";
  fs::create_directories(work);
  // The demo site scores under 100: the audit step fails, the summary is still published.
  env["FAIL_UNDER"] = "100";
  CHECK_FALSE(run_github_job(job, env, work));
  const std::string report_md = read_text((work / "joignable-report" / "report.md").string());
  REQUIRE_FALSE(report_md.empty());
  CHECK(read_text(env["GITHUB_STEP_SUMMARY"]) == report_md);
  CHECK(fs::exists(work / "joignable-report" / "report.html"));
  CHECK(fs::exists(work / "joignable-report" / "report.junit.xml"));

  // The next run, with the store the cache carried over, passes a threshold of 0.
  env["FAIL_UNDER"] = "0";
  env["GITHUB_STEP_SUMMARY"] = (dir / "summary-2.md").string();
  CHECK(run_github_job(job, env, work));
  CHECK_FALSE(read_text(env["GITHUB_STEP_SUMMARY"]).empty());
  const auto runs = run_command("sqlite3", {(work / ".joignable" / "joignable.db").string(),
                                            "SELECT count(*) FROM runs"});
  CHECK(runs.out == "2\n");
}

TEST_CASE("the README's GitLab CI job audits and posts report.md as a merge-request note",
          "[e2e][readme]") {
  TestServer site(kDemoSite);
  TestServer gitlab;  // stands in for the GitLab API: it records the note's request
  TempDir dir;
  const json job = readme_block(".gitlab-ci.yml", dir)[0]["joignable"];
  CHECK(job["cache"]["paths"][0] == ".joignable/");
  CHECK(job["artifacts"]["paths"][0] == "joignable-report/");
  CHECK(job["artifacts"]["reports"]["junit"] == "joignable-report/report.junit.xml");

  auto env = strings(job["variables"]);
  env["SITE_URL"] = site.url("/");
  env["FAIL_UNDER"] = "100";
  env.insert({{"CI_MERGE_REQUEST_IID", "7"}, {"GITLAB_TOKEN", "secret"}, {"CI_PROJECT_ID", "42"},
              {"CI_API_V4_URL", gitlab.url("/api/v4")}});
  std::string script;
  for (const auto& line : job["script"]) script += line.get<std::string>() + "\n";
  const auto audit = run_step(script, env, dir.path());
  INFO(audit.err);
  CHECK(audit.exit_code == 1);  // under 100: the job fails, as asked
  for (const auto& line : job["after_script"]) {
    const auto after = run_step(line, env, dir.path());
    INFO(after.err);
    CHECK(after.exit_code == 0);
  }
  CHECK(gitlab.requests() ==
        std::vector<std::string>{"/api/v4/projects/42/merge_requests/7/notes"});
}

TEST_CASE("the README's GitHub matrix and Kubernetes Indexed Job shard and merge a portfolio",
          "[e2e][readme]") {
  TestServer a(kRoot.string() + "/tests/fixtures/sites/company_a");
  TestServer b(kRoot.string() + "/tests/fixtures/sites/company_b");
  TestServer c(kRoot.string() + "/tests/fixtures/sites/company_c");
  TempDir dir;

  SECTION("GitHub Actions matrix") {
    const json workflow = readme_block(".github/workflows/joignable-portfolio.yml", dir)[0];
    const json& shard_job = workflow["jobs"]["shard"];
    const auto work = dir / "repo";
    fs::create_directories(work);
    write_clients(work / "clients.txt", {&a, &b, &c});
    const std::string audit = step_named(shard_job, "Audit this shard")["run"];
    for (const auto& shard : shard_job["strategy"]["matrix"]["shard"]) {
      const auto run = run_step(with_expression(audit, "matrix.shard", shard.dump()), {}, work);
      INFO(run.err);
      CHECK(run.exit_code == 0);
    }
    // download-artifact puts each artefact in shards/<its name>/.
    fs::create_directories(work / "shards");
    for (const auto& shard : shard_job["strategy"]["matrix"]["shard"]) {
      const std::string name = "shard-" + shard.dump();
      fs::rename(work / name, work / "shards" / name);
    }
    const auto merge = run_step(step_named(workflow["jobs"]["merge"], "Merge the shards")["run"],
                                {}, work);
    INFO(merge.err);
    CHECK(merge.exit_code == 0);
    const auto index = json::parse(read_text((work / "portfolio" / "index.json").string()));
    CHECK(index["summary"]["audited"] == 3);
  }

  SECTION("Kubernetes Indexed Job") {
    const json manifests = readme_block("joignable-portfolio.yaml", dir);
    REQUIRE(manifests.size() == 2);
    const json& shards = manifests[0]["spec"];
    CHECK(shards["completionMode"] == "Indexed");
    const json& container = shards["template"]["spec"]["containers"][0];
    const std::string script = container["args"][0];
    CHECK(script.find("--shard /" + shards["completions"].dump()) != std::string::npos);
    REQUIRE(container["command"] == json::array({"bash", "-c"}));
    write_clients(dir / "clients.txt", {&a, &b, &c});
    const std::map<std::string, std::string> volumes = {
        {"TARGETS", (dir / "clients.txt").string()}, {"PORTFOLIO", (dir / "data").string()}};
    for (int index = 0; index < shards["completions"].get<int>(); ++index) {
      auto env = volumes;
      env["JOB_COMPLETION_INDEX"] = std::to_string(index);
      const auto run = run_step(script, env, dir.path());
      INFO(run.err);
      CHECK(run.exit_code == 0);
    }
    const json& merge = manifests[1]["spec"]["template"]["spec"]["containers"][0];
    const auto run = run_step(merge["args"][0], volumes, dir.path());
    INFO(run.err);
    CHECK(run.exit_code == 0);
    const auto index =
        json::parse(read_text((dir / "data" / "portfolio" / "index.json").string()));
    CHECK(index["summary"]["audited"] == 3);
    CHECK(index["targets"].size() == 3);
  }
}

}  // namespace joignable::testing
