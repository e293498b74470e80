#include "report/json_writer.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "extract/hours_osm.h"
#include "report/report_samples.h"

namespace joignable::report {
namespace {

using nlohmann::json;

json parse(const std::string& text) {
  // The test must fail, not throw out of Catch, when the output does not parse.
  json parsed = json::parse(text, nullptr, false);
  REQUIRE_FALSE(parsed.is_discarded());
  return parsed;
}

void check_keys(const json& object,
                const std::vector<std::pair<std::string, json::value_t>>& keys) {
  REQUIRE(object.is_object());
  for (const auto& [key, type] : keys) {
    INFO("key " << key);
    REQUIRE(object.contains(key));
    CHECK(object.at(key).type() == type);
  }
}

constexpr auto kString = json::value_t::string;
constexpr auto kInt = json::value_t::number_unsigned;
constexpr auto kArray = json::value_t::array;
constexpr auto kObject = json::value_t::object;
constexpr auto kBool = json::value_t::boolean;
constexpr auto kNull = json::value_t::null;

}  // namespace

TEST_CASE("report.json has every contract key with its type", "[report]") {
  const json report = parse(render_json(testing::hostile_report("fr")));
  check_keys(report, {{"schema", kString},
                      {"tool", kObject},
                      {"target", kObject},
                      {"started_at", kString},
                      {"finished_at", kString},
                      {"score", kObject},
                      {"contact_points", kObject},
                      {"pages", kArray},
                      {"broken_links", kArray},
                      {"listings", kArray},
                      {"findings", kArray}});
  CHECK(report["schema"] == "joignable.report/1");
  check_keys(report["tool"], {{"name", kString}, {"version", kString}});
  check_keys(report["target"],
             {{"name", kString}, {"site", kString}, {"region", kString}, {"lang", kString}});
  check_keys(report["score"], {{"overall", kInt}, {"grade", kString}, {"categories", kObject}});
  CHECK(report["score"]["overall"] == 72);
  CHECK(report["score"]["categories"]["phone"] == 50);
  CHECK(report["score"]["categories"]["forms"].is_null());

  const json& points = report["contact_points"];
  check_keys(points, {{"phones", kArray},
                      {"faxes", kArray},
                      {"emails", kArray},
                      {"addresses", kArray},
                      {"hours", kArray},
                      {"forms", kArray},
                      {"contact_page", kObject}});
  check_keys(points["phones"][0], {{"e164", kString},
                                   {"display", kString},
                                   {"type", kString},
                                   {"tel_link", kBool},
                                   {"pages", kArray}});
  check_keys(points["faxes"][0], {{"e164", kString}, {"type", kString}});
  check_keys(points["emails"][0], {{"address", kString}, {"pages", kArray}});
  check_keys(points["forms"][0], {{"page", kString},
                                  {"kind", kString},
                                  {"action", kString},
                                  {"method", kString},
                                  {"fields", kInt},
                                  {"has_textarea", kBool},
                                  {"unlabelled_fields", kInt},
                                  {"captcha", kBool},
                                  {"action_status", kInt}});
  check_keys(points["contact_page"], {{"url", kString}, {"depth", kInt}});

  check_keys(report["pages"][0], {{"url", kString},
                                  {"status", kInt},
                                  {"depth", kInt},
                                  {"content_type", kString},
                                  {"redirects", kArray}});
  CHECK(report["pages"][2]["depth"].is_null());
  check_keys(report["broken_links"][0],
             {{"url", kString}, {"status", kInt}, {"error", kString}, {"found_on", kArray}});
  check_keys(report["listings"][0], {{"name", kString},
                                     {"kind", kString},
                                     {"phone", kString},
                                     {"address", kString},
                                     {"hours", kString},
                                     {"source", kString},
                                     {"status", kString},
                                     {"phones", kArray},
                                     {"weekly", kObject},
                                     {"special_days", kArray},
                                     {"business_status", kString},
                                     {"comparison", kObject}});
  check_keys(report["findings"][0], {{"rule", kString},
                                     {"category", kString},
                                     {"severity", kString},
                                     {"url", kString},
                                     {"message", kString},
                                     {"evidence", kString}});
}

TEST_CASE("report.json spells values as the contract does", "[report]") {
  const json report = parse(render_json(testing::hostile_report("en")));
  CHECK(report["target"]["lang"] == "en");
  CHECK(report["contact_points"]["phones"][0]["type"] == "premium_rate");
  CHECK(report["contact_points"]["phones"][1]["type"] == "fixed_line");
  CHECK(report["contact_points"]["forms"][0]["kind"] == "contact");
  CHECK(report["contact_points"]["forms"][0]["action_status"] == 404);
  CHECK(report["broken_links"][0]["status"] == 404);
  CHECK(report["broken_links"][0]["error"] == "");
  CHECK(report["broken_links"][1]["status"] == 0);
  CHECK(report["broken_links"][1]["error"] == "timeout");
  CHECK(report["broken_links"][0]["found_on"].size() == 2);
  CHECK(report["findings"][0]["severity"] == "error");
  CHECK(report["findings"][1]["severity"] == "warning");
  CHECK(report["rules"][2]["status"] == "not_applicable");
  CHECK(report["rules"][4]["status"] == "error");
}

TEST_CASE("report.json lists the sitemaps read, with their status and problem", "[report]") {
  Report report = testing::hostile_report("en");
  CHECK(parse(render_json(report))["sitemaps"] == json::array());
  crawl::SitemapFile listed;
  listed.url = "http://127.0.0.1:8080/pages.xml.gz";
  listed.status.http_status = 200;
  listed.pages = 12;
  listed.skipped = 1;
  crawl::SitemapFile unreachable;
  unreachable.url = "http://127.0.0.1:8080/sitemap.xml";
  unreachable.status.error = crawl::NetError::timeout;
  report.site_model.sitemaps = {listed, unreachable};
  const json sitemaps = parse(render_json(report))["sitemaps"];
  REQUIRE(sitemaps.size() == 2);
  check_keys(sitemaps[0], {{"url", kString},
                           {"status", kInt},
                           {"error", kString},
                           {"urls", kInt},
                           {"sitemaps", kInt},
                           {"skipped", kInt}});
  CHECK(sitemaps[0]["urls"] == 12);
  CHECK(sitemaps[0]["skipped"] == 1);
  CHECK(sitemaps[0]["problem"].is_null());
  CHECK(sitemaps[1]["status"] == 0);
  CHECK(sitemaps[1]["error"] == "timeout");
}

TEST_CASE("report.json lists the pages whose analysis failed as the run's errors", "[report]") {
  Report report = testing::hostile_report("en");
  CHECK(parse(render_json(report))["errors"] == json::array());
  report.site_model.page_errors = {{"http://127.0.0.1:8080/odd.html", "stoi: out of range"}};
  const json errors = parse(render_json(report))["errors"];
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == json{{"stage", "extract"},
                          {"url", "http://127.0.0.1:8080/odd.html"},
                          {"message", "stoi: out of range"}});
}

TEST_CASE("report.json keeps the findings' order and replaces invalid UTF-8", "[report]") {
  const std::string text = render_json(testing::hostile_report("fr"));
  const json report = parse(text);
  const json& findings = report["findings"];
  REQUIRE(findings.size() == 3);
  CHECK(findings[0]["rule"] == "phone.premium_rate");
  CHECK(findings[0]["evidence"] == testing::kScript);
  CHECK(findings[0]["title"] == "Titre de phone.premium_rate");
  CHECK(findings[1]["url"] == testing::kJavascriptUrl);
  CHECK(findings[1]["message"] == "Lien cass\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(findings[2]["url"] == "http://127.0.0.1:8080/b");
  CHECK(text.find("\xff") == std::string::npos);
  CHECK(text.substr(0, 4) == "{\n  ");
}

TEST_CASE("a report without a score or contact page writes nulls", "[report]") {
  Report empty;
  empty.categories = {{"phone", "Téléphone", std::nullopt}};
  const json report = parse(render_json(empty));
  CHECK(report["score"]["overall"].type() == kNull);
  CHECK(report["score"]["grade"].type() == kNull);
  CHECK(report["score"]["categories"]["phone"].type() == kNull);
  CHECK(report["contact_points"]["contact_page"].type() == kNull);
  CHECK(report["findings"].empty());
  CHECK(report["pages"].empty());
}

TEST_CASE("the contact points object stands alone", "[report]") {
  const json points = parse(render_contact_points_json(testing::hostile_report("fr").site_model));
  CHECK(points["phones"].size() == 2);
  CHECK(points["faxes"][0]["e164"] == "+33142685301");
  CHECK(points["emails"][0]["address"] == "contact@example.fr");
  CHECK(points["contact_page"]["url"] == "http://127.0.0.1:8080/contact");
  CHECK_FALSE(points.contains("schema"));
}

TEST_CASE("listings carry what they say and how it compares with the site", "[report]") {
  const json report = parse(render_json(testing::hostile_report("en")));
  REQUIRE(report["listings"].size() == 2);
  const json& google = report["listings"][0];
  CHECK(google["name"] == "google");
  CHECK(google["phone"] == "+33142685399");
  CHECK(google["address"] == "1 Rue de la Paix, 75002 Paris");
  CHECK(google["hours"] == "Mo-Fr 09:00-18:00; Sa 10:00-12:00; PH off");
  CHECK(google["status"] == "read");
  CHECK(google["title"] == "<script>alert(1)</script>");
  CHECK(google["phones"][0] == json::parse(R"({"e164": "+33142685399", "display":
      "01 42 68 53 99 <b>", "type": "fixed_line", "on_site": false})"));
  CHECK(google["weekly"]["Sa"] == json::parse(R"([["10:00","12:00"]])"));
  CHECK(google["special_days"] == json::parse(R"([{"when": "PH", "intervals": []}])"));
  CHECK(google["business_status"] == "CLOSED_TEMPORARILY");
  const json& comparison = google["comparison"];
  CHECK(comparison["phone"] == "different");
  CHECK(comparison["address"] == "same");
  CHECK(comparison["site_address"] == "1 rue de la Paix, 75002 Paris");
  CHECK(comparison["hours"] == "different");
  CHECK(comparison["site_hours"] == "Mo-Fr 09:00-18:00");
  CHECK(comparison["hours_differences"] ==
        json::parse(R"([{"day": "Sa", "site": "closed", "listing": "10:00-12:00"}])"));
  const json& osm = report["listings"][1];
  CHECK(osm["status"] == "unreachable");
  CHECK(osm["error"] == "not json: <script>alert(2)</script>");
  CHECK(osm["weekly"].is_null());
  CHECK(osm["comparison"].is_null());
  // The listing's hours are one more source of the contact points' hours.
  CHECK(report["contact_points"]["hours"][1]["source"] == "listing:google");
}

TEST_CASE("opening hours are written per the contract: spec and a weekly table", "[report]") {
  model::SiteModel site = testing::hostile_report("fr").site_model;
  auto hours = extract::parse_osm_hours("Mo-Fr 09:00-12:00,14:00-18:00; Sa 18:00-02:00");
  REQUIRE(hours);
  site.hours = {{"site", extract::HoursOrigin::structured_data, "http://127.0.0.1:8080/",
                 {"http://127.0.0.1:8080/"}, *hours, "LocalBusiness: <b>x</b>"}};
  const json points = parse(render_contact_points_json(site));
  REQUIRE(points["hours"].size() == 1);
  const json& entry = points["hours"][0];
  CHECK(entry["source"] == "site");
  CHECK(entry["url"] == "http://127.0.0.1:8080/");
  CHECK(entry["spec"] == "Mo-Fr 09:00-12:00,14:00-18:00; Sa 18:00-02:00");
  CHECK(entry["origin"] == "structured_data");
  CHECK(entry["weekly"]["Mo"] == json::parse(R"([["09:00","12:00"],["14:00","18:00"]])"));
  CHECK(entry["weekly"]["Sa"] == json::parse(R"([["18:00","26:00"]])"));
  CHECK(entry["weekly"]["Su"] == json::array());
  CHECK(entry["weekly"].size() == 7);
  CHECK(entry["evidence"] == "LocalBusiness: <b>x</b>");
}

}  // namespace joignable::report
