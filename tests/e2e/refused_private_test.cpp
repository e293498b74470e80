// The address policy through the binary: a public site (the loopback test server, with the
// hidden --test-public-loopback) links to private machines; report.json says so with
// link.refused_private, and no private machine saw a connection.
#include <map>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/decoy_listener.h"
#include "support/process.h"
#include "support/temp_dir.h"
#include "support/test_server.h"

namespace joignable::testing {
namespace {

TEST_CASE("links from a public site to private addresses are reported, not fetched", "[e2e]") {
  DecoyListener decoy("127.0.0.2");
  TestServer site;
  TempDir dir;
  const std::string decoy_url = "http://127.0.0.2:" + std::to_string(decoy.port()) + "/admin";
  const std::string metadata = "http://169.254.169.254/latest/meta-data/";
  const std::string out = (dir / "out").string();
  const CommandResult run = run_joignable(
      {"audit", site.url("/links?to=" + decoy_url + "&to=" + metadata), "--out", out, "--db",
       out + "/joignable.db", "--test-public-loopback", "--lang", "en"},
      dir.path().string());
  REQUIRE(run.exit_code == 0);
  CHECK(decoy.connections() == 0);

  const auto report = nlohmann::json::parse(read_text(out + "/report.json"));
  std::map<std::string, nlohmann::json> refused;  // url -> the finding's raw values
  for (const auto& finding : report["findings"]) {
    if (finding["rule"] == "link.refused_private") refused[finding["url"]] = finding["values"];
  }
  REQUIRE(refused.count(decoy_url) == 1);
  REQUIRE(refused.count(metadata) == 1);
  CHECK(refused[decoy_url]["address"] == "127.0.0.2");
  CHECK(refused[decoy_url]["address_kind"] == "loopback");
  CHECK(refused[metadata]["address"] == "169.254.169.254");
  CHECK(refused[metadata]["address_kind"] == "link-local");
  for (const auto& link : report["broken_links"]) CHECK(link["url"] != metadata);
}

}  // namespace
}  // namespace joignable::testing
