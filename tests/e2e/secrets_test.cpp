// Secrets given to an audit (a start URL's password, the target's headers) reach the site's own
// origin and are written nowhere: canary values are looked for in every byte the run wrote.
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/process.h"
#include "support/temp_dir.h"
#include "support/test_server.h"

namespace joignable::testing {
namespace {

const std::string kPassword = "CanaryPassw0rd-7f3a";
const std::string kToken = "CanaryToken-91c2";
const std::string kCookie = "CanaryCookie-55aa";

// Every file under `folder` (the reports, the store and its journal files) that holds `secret`.
std::vector<std::string> files_holding(const std::filesystem::path& folder,
                                       const std::string& secret) {
  std::vector<std::string> found;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
    if (!entry.is_regular_file()) continue;
    if (read_text(entry.path().string()).find(secret) != std::string::npos) {
      found.push_back(entry.path().string());
    }
  }
  return found;
}

// An audit of `target` that writes every report format and its store under dir/out.
CommandResult audit(const TempDir& dir, const std::string& target) {
  const std::string out = (dir / "out").string();
  return run_joignable({"audit", target, "--out", out, "--db", out + "/joignable.db", "--format",
                        "md,junit,csv", "--max-pages", "5"},
                       dir.path().string());
}

TEST_CASE("a start URL's password is sent to its origin only and written nowhere", "[e2e]") {
  TestServer site;
  TestServer elsewhere;
  TempDir dir;
  const std::string home = site.url("/links?to=" + elsewhere.url("/page"));
  const std::string start = "http://canaryuser:" + kPassword + "@" + home.substr(7);
  const CommandResult run = audit(dir, start);
  REQUIRE(run.exit_code == 0);

  // Basic auth of canaryuser:CanaryPassw0rd-7f3a, to the site and not to the other origin.
  const std::string basic = "Basic Y2FuYXJ5dXNlcjpDYW5hcnlQYXNzdzByZC03ZjNh";
  const auto sent = site.header_values("authorization");
  CHECK(std::find(sent.begin(), sent.end(), basic) != sent.end());
  CHECK(elsewhere.header_values("authorization").empty());
  CHECK_FALSE(elsewhere.requests().empty());

  CHECK(files_holding(dir.path(), kPassword).empty());
  CHECK(run.out.find(kPassword) == std::string::npos);
  CHECK(run.err.find(kPassword) == std::string::npos);
  const auto report =
      nlohmann::json::parse(read_text((dir / "out" / "report.json").string()));
  CHECK(report["target"]["site"] == "http://canaryuser:***@" + home.substr(7));
  CHECK(run.out.find("canaryuser:***@") != std::string::npos);
}

TEST_CASE("target headers are sent to the site's origin only and written nowhere", "[e2e]") {
  TestServer site;
  TestServer elsewhere;
  TempDir dir;
  const std::string target = (dir / "secret.toml").string();
  std::ofstream(target) << "[target]\nsite = \"" << site.url("/links?to=" + elsewhere.url("/page"))
                        << "\"\n[crawl]\nheaders = [\"Authorization: Bearer " << kToken
                        << "\", \"Cookie: session=" << kCookie << "\"]\n";
  const CommandResult run = audit(dir, target);
  REQUIRE(run.exit_code == 0);

  const auto authorizations = site.header_values("authorization");
  CHECK(std::find(authorizations.begin(), authorizations.end(), "Bearer " + kToken) !=
        authorizations.end());
  const auto cookies = site.header_values("cookie");
  CHECK(std::find(cookies.begin(), cookies.end(), "session=" + kCookie) != cookies.end());
  CHECK(elsewhere.header_values("authorization").empty());
  CHECK(elsewhere.header_values("cookie").empty());

  std::filesystem::remove(target);  // the user's own file: the one place the secrets may be
  for (const std::string& secret : {kToken, kCookie}) {
    INFO(secret);
    CHECK(files_holding(dir.path(), secret).empty());
    CHECK(run.out.find(secret) == std::string::npos);
    CHECK(run.err.find(secret) == std::string::npos);
  }
}

TEST_CASE("a malformed header is refused without showing its value", "[e2e]") {
  TempDir dir;
  const std::string target = (dir / "bad.toml").string();
  std::ofstream(target) << "[target]\nsite = \"http://127.0.0.1:9/\"\n[crawl]\nheaders = [\""
                        << kToken << "\"]\n";
  const CommandResult run = audit(dir, target);
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("headers") != std::string::npos);
  CHECK(run.err.find(kToken) == std::string::npos);
}

}  // namespace
}  // namespace joignable::testing
