// The demo's report.json, normalised (server port, timestamps, version), must equal the reviewed
// copy in tests/fixtures/golden/demo_report.json: any change to what joignable finds or how it
// reports it shows up as a diff to review. To accept a change, regenerate the copy with
//   JOIGNABLE_UPDATE_GOLDEN=1 build/tests/joignable_tests "[golden]"
// and commit it with the change that explains it.
#include <cstdlib>
#include <fstream>
#include <regex>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "report/values.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace joignable::testing {
namespace {

const std::string kGolden = std::string(JOIGNABLE_TEST_FIXTURES) + "/golden/demo_report.json";

// Replaces what differs between two runs of the same audit: the demo server's port, the
// timestamps (the demo probes' dates included), the version, libcurl's timings in error
// messages, the random part of the 404 probe's URLs, and the folder the demo's listing files are
// read from. The screenshots depend on the machine (is Chromium installed, its version's
// rendering): they are left out (tests/e2e/screenshots_test.cpp checks them).
nlohmann::json normalised(const std::string& report_text) {
  const nlohmann::json raw = nlohmann::json::parse(report_text);
  const std::string site = raw["target"]["site"];
  const std::regex origin(std::regex_replace(site, std::regex(R"([.])"), R"(\.)"));
  static const std::regex timing(R"(after [0-9]+ ms)");
  static const std::regex probe_token(R"(joignable-404-check-[0-9a-f]{16})");
  std::string text = std::regex_replace(report_text, origin, "http://demo.example/");
  // The demo's probes are dated from the run (cli/demo_probes.h), in probes[] and findings,
  // raw and in words.
  for (const auto& probe : raw["probes"]) {
    if (!probe["sent_at"].is_string()) continue;
    const std::string sent_at = probe["sent_at"];
    text = std::regex_replace(text, std::regex(sent_at), "2026-01-01T00:00:00Z");
    const std::string lang = raw["target"]["lang"];
    const std::string in_words = report::display_date_time(sent_at, lang);
    text = std::regex_replace(text, std::regex(in_words), "SENT_AT");
  }
  text = std::regex_replace(text, probe_token, "joignable-404-check-RANDOM");
  static const std::regex demo_folder(R"(/[^"\s]*/targets/demo/)");
  text = std::regex_replace(text, demo_folder, "targets/demo/");
  nlohmann::json report = nlohmann::json::parse(std::regex_replace(text, timing, "after N ms"));
  report["started_at"] = "2026-01-01T00:00:00Z";
  report["finished_at"] = "2026-01-01T00:00:00Z";
  report["tool"]["version"] = "0.0.0";
  report.erase("screenshots");
  report.erase("screenshots_note");
  return report;
}

}  // namespace

TEST_CASE("the demo's report.json matches the reviewed golden copy", "[e2e][golden]") {
  TempDir dir;
  const auto run = run_joignable({"demo", "--out", dir.path().string(), "--quiet"});
  REQUIRE(run.exit_code == 0);
  const nlohmann::json actual = normalised(read_text((dir / "report.json").string()));

  if (std::getenv("JOIGNABLE_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(kGolden) << actual.dump(2) << "\n";
    WARN("rewrote " << kGolden);
  }
  const std::string golden_text = read_text(kGolden);
  REQUIRE_FALSE(golden_text.empty());
  const nlohmann::json golden = nlohmann::json::parse(golden_text);
  // On failure, the diff names each JSON path that changed.
  INFO(nlohmann::json::diff(golden, actual).dump(2));
  CHECK(actual == golden);
}

}  // namespace joignable::testing
