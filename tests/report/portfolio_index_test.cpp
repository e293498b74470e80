#include "report/portfolio_index.h"

#include <fstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/temp_dir.h"

namespace joignable::report {
namespace {

namespace fs = std::filesystem;

const fs::path kTemplates = fs::path(JOIGNABLE_TEST_FIXTURES) / ".." / ".." / "reports";

void write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

constexpr const char* kReport = R"({"schema": "joignable.report/1",
  "target": {"name": "Acme <b>", "site": "https://acme.example/"},
  "finished_at": "2026-12-07T10:00:00Z",
  "score": {"overall": 72, "grade": "C"},
  "findings": [{"rule": "phone.missing"}, {"rule": "hours.missing"}],
  "changes": {"score_delta": -4, "new": [{"rule": "hours.missing", "key": "site"}]}})";

}  // namespace

TEST_CASE("the portfolio index reads each target folder back", "[report]") {
  testing::TempDir dir;
  for (const char* folder : {"acme", "broken", "not-a-target"})
    fs::create_directories(dir / folder);
  REQUIRE(write_batch_record(dir / "acme", {"acme.toml", "acme.toml", 1, ""}).has_value());
  write(dir / "acme" / "report.json", kReport);
  write(dir / "acme" / "report.html", "<html></html>");
  REQUIRE(write_batch_record(dir / "broken", {"broken.toml", "broken.toml", 2,
                                              "broken.toml:3: site: expected a URL"})
              .has_value());

  auto entries = read_portfolio(dir.path());
  REQUIRE(entries.has_value());
  REQUIRE(entries->size() == 2);
  const auto& acme = (*entries)[0];
  CHECK(acme.slug == "acme");
  CHECK(acme.status == "audited");  // exit 1: a threshold tripped, the audit ran
  CHECK(acme.score == 72);
  CHECK(acme.findings == 2);
  CHECK(acme.score_delta == -4);
  CHECK(acme.new_findings == 1);
  CHECK((*entries)[1].status == "failed");

  const PortfolioIndex index{"2026-12-07T11:00:00Z", "en", *entries};
  const auto json = nlohmann::json::parse(render_index_json(index));
  CHECK(json["summary"]["mean_score"] == 72);
  CHECK(json["summary"]["failed"] == 1);
  CHECK(json["targets"][0]["report"] == "acme/report.html");
  CHECK(json["targets"][0]["score_delta"] == -4);
  CHECK(json["targets"][1]["error"] == "broken.toml:3: site: expected a URL");
  CHECK(json["targets"][1]["score"].is_null());

  const auto html = render_index_html(index, kTemplates);
  REQUIRE(html.has_value());
  CHECK(html->find("Acme &lt;b&gt;") != std::string::npos);
  CHECK(html->find("\u22124") != std::string::npos);
  // The failed target comes first: it needs attention before any score.
  CHECK(html->find("broken.toml:3") < html->find("Acme &lt;b&gt;"));
}

TEST_CASE("a report.json that is not a joignable report names its file", "[report]") {
  testing::TempDir dir;
  fs::create_directories(dir / "x");
  REQUIRE(write_batch_record(dir / "x", {"x.toml", "x.toml", 0, ""}).has_value());
  write(dir / "x" / "report.json", R"({"schema": "other"})");
  const auto entry = read_portfolio_entry(dir / "x");
  REQUIRE_FALSE(entry.has_value());
  CHECK(entry.error().to_string() == (dir / "x" / "report.json").string() +
                                         ": schema: not a joignable report");
}

}  // namespace joignable::report
