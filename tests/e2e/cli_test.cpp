// End to end: the built binary, run as a user would, on the bundled demo and on sites served by
// an in-process server on 127.0.0.1. Checks exit codes, files and a subset of report.json.
#include <filesystem>
#include <fstream>
#include <set>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/process.h"
#include "support/temp_dir.h"
#include "support/test_server.h"

namespace joignable::testing {
namespace {

const std::string kFixtures = JOIGNABLE_TEST_FIXTURES;
const std::string kDemoSite = kFixtures + "/../../targets/demo/site";

nlohmann::json read_json(const std::filesystem::path& path) {
  return nlohmann::json::parse(read_text(path.string()));
}

std::set<std::string> rule_ids(const nlohmann::json& report) {
  std::set<std::string> ids;
  for (const auto& finding : report["findings"]) ids.insert(finding["rule"].get<std::string>());
  return ids;
}

void check_contract_fields(const nlohmann::json& report) {
  CHECK(report["schema"] == "joignable.report/1");
  CHECK(report["tool"]["name"] == "joignable");
  for (const char* key : {"target", "started_at", "finished_at", "score", "contact_points", "pages",
                          "broken_links", "listings", "findings"}) {
    CAPTURE(key);
    CHECK(report.contains(key));
  }
  for (const char* key : {"phones", "faxes", "emails", "addresses", "hours", "forms",
                          "contact_page"}) {
    CAPTURE(key);
    CHECK(report["contact_points"].contains(key));
  }
  for (const char* category : {"phone", "hours", "forms", "links", "listings", "navigation"}) {
    CAPTURE(category);
    CHECK(report["score"]["categories"].contains(category));
  }
}

// The planted faults of targets/demo (see its README) and what must stay quiet.
void check_demo_findings(const nlohmann::json& report) {
  const auto ids = rule_ids(report);
  for (const char* planted : {"link.broken_internal", "link.broken_external", "phone.premium_rate",
                              "phone.no_tel_link", "form.no_free_text", "form.unlabelled_field",
                              "form.action_broken"}) {
    CAPTURE(planted);
    CHECK(ids.contains(planted));
  }
  for (const char* quiet : {"site.unreachable", "phone.missing", "phone.not_on_home",
                            "contact.page_missing", "contact.deep", "form.missing"}) {
    CAPTURE(quiet);
    CHECK_FALSE(ids.contains(quiet));
  }
  std::map<std::string, std::string> types;
  for (const auto& phone : report["contact_points"]["phones"]) types[phone["e164"]] = phone["type"];
  CHECK(types == std::map<std::string, std::string>{{"+33465712345", "fixed_line"},
                                                    {"+33892350149", "premium_rate"},
                                                    {"+33612345678", "mobile"}});
  REQUIRE(report["contact_points"]["faxes"].size() == 1);
  CHECK(report["contact_points"]["faxes"][0]["e164"] == "+33465712346");
  CHECK(report["contact_points"]["contact_page"]["depth"] == 1);
}

// The two listings of targets/demo/demo.toml: Google agrees with the site; the OpenStreetMap node
// gives an old number and no hours.
// The call log of targets/demo/demo.toml (targets/demo/README.md): a "closed" message at 15:30 on
// a Tuesday every source says open until 18:00, a dropped queue, callbacks missed; the lunch-break
// call fires nothing.
void check_demo_calls(const nlohmann::json& report) {
  const auto ids = rule_ids(report);
  for (const char* planted : {"hours.not_honoured", "phone.unanswered", "phone.long_wait",
                              "phone.callback_missed", "phone.call_unpublished"}) {
    CAPTURE(planted);
    CHECK(ids.contains(planted));
  }
  REQUIRE(report["calls"].size() == 9);
  CHECK(report["calls"][0]["open_according_to"] ==
        nlohmann::json{{"site", false}, {"structured_data", false}, {"listing:google", false}});
  CHECK(report["calls"][1]["at"] == "2026-11-03T15:30:00+01:00");
  CHECK(report["calls"][1]["open_according_to"] ==
        nlohmann::json{{"site", true}, {"structured_data", true}, {"listing:google", true}});
  int not_honoured = 0;
  for (const auto& finding : report["findings"]) {
    not_honoured += finding["rule"] == "hours.not_honoured";
  }
  CHECK(not_honoured == 3);  // the 15:30 call, once per source
}

void check_demo_listings(const nlohmann::json& report) {
  const auto ids = rule_ids(report);
  CHECK(ids.contains("listing.phone_mismatch"));
  CHECK(ids.contains("listing.hours_missing"));
  for (const char* quiet : {"listing.unreachable", "listing.closed", "listing.premium_rate",
                            "listing.phone_missing", "listing.hours_mismatch",
                            "listing.address_missing", "listing.address_mismatch",
                            "hours.inconsistent"}) {
    CAPTURE(quiet);
    CHECK_FALSE(ids.contains(quiet));
  }
  for (const auto& finding : report["findings"]) {
    if (!finding["rule"].get<std::string>().starts_with("listing.")) continue;
    CHECK(finding["message"].get<std::string>().find("osm") != std::string::npos);
  }
  CHECK(report["score"]["categories"]["listings"] == 73);  // 100 x 30/41

  REQUIRE(report["listings"].size() == 2);
  const auto& google = report["listings"][0];
  CHECK(google["name"] == "google");
  CHECK(google["status"] == "read");
  CHECK(google["phone"] == "+33465712345");
  CHECK(google["hours"] == "Mo-Fr 08:00-12:00,14:00-18:00; Sa 09:00-12:00");
  CHECK(google["comparison"]["phone"] == "same");
  CHECK(google["comparison"]["address"] == "same");
  CHECK(google["comparison"]["hours"] == "same");
  CHECK(google["special_days"][0]["when"] == "2026-12-25");
  const auto& osm = report["listings"][1];
  CHECK(osm["phone"] == "+33465712000");
  CHECK(osm["comparison"]["phone"] == "different");
  CHECK(osm["comparison"]["address"] == "same");
  CHECK(osm["comparison"]["hours"] == "not_compared");
  CHECK(osm["weekly"].is_null());
  std::set<std::string> sources;
  for (const auto& hours : report["contact_points"]["hours"]) sources.insert(hours["source"]);
  CHECK(sources == std::set<std::string>{"site", "listing:google"});
}

}  // namespace

TEST_CASE("demo audits the bundled site and writes every report", "[e2e]") {
  TempDir dir;
  const auto out = dir / "demo";
  const auto run = run_joignable({"demo", "--out", out.string(), "--quiet"});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.err.empty());
  CHECK(run.out.find("report.html") != std::string::npos);
  // The demo's two fixture probes and its call log, in one line.
  CHECK(run.out.find("tried: contact forms 1 answered, 1 unanswered; calls 4 of 9 reached "
                     "someone\n") != std::string::npos);
  for (const char* file : {"report.html", "report.json", "report.md", "report.junit.xml",
                           "findings.csv", "joignable.db"}) {
    CAPTURE(file);
    CHECK(std::filesystem::file_size(out / file) > 0);
  }
  const auto report = read_json(out / "report.json");
  check_contract_fields(report);
  check_demo_findings(report);
  check_demo_listings(report);
  check_demo_calls(report);
  const std::string html = read_text((out / "report.html").string());
  CHECK(html.find("<section id=\"listings\"") != std::string::npos);
  CHECK(html.find("<section id=\"reachability\"") != std::string::npos);
  CHECK(read_text((out / "report.md").string()).find("| osm | +33 4 65 71 20 00 (") !=
        std::string::npos);
  // The 12 pages of the site and the 2 planted dead ends, with their 404.
  CHECK(report["pages"].size() == 14);
}

TEST_CASE("audit of a bare URL works like the demo", "[e2e]") {
  TestServer server(kDemoSite);
  TempDir dir;
  const auto run = run_joignable(
      {"audit", server.url("/"), "--out", dir.path().string(), "--format", "md,csv", "--quiet"});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(std::filesystem::exists(dir / "report.md"));
  CHECK(std::filesystem::exists(dir / "findings.csv"));
  CHECK_FALSE(std::filesystem::exists(dir / "report.junit.xml"));
  const auto report = read_json(dir / "report.json");
  check_contract_fields(report);
  check_demo_findings(report);
}

TEST_CASE("a legal notice's host and designer are reported apart and fire no rule of the company",
          "[e2e][third_parties]") {
  TestServer server(kFixtures + "/sites/legal_notice");
  TempDir dir;
  const auto run = run_joignable({"audit", server.url("/"), "--out", dir.path().string(), "--quiet"});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const auto report = read_json(dir / "report.json");
  const auto& points = report["contact_points"];
  REQUIRE(points["phones"].size() == 1);
  CHECK(points["phones"][0]["e164"] == "+33240112233");
  REQUIRE(points["emails"].size() == 1);
  CHECK(points["emails"][0]["address"] == "contact@boulangerie-lemoine.fr");
  for (const auto& address : points["addresses"]) CHECK(address["postal_code"] == "44000");
  // OVH's number, the designer's mobile and premium-rate credit line, a foreign helpline, a
  // webmaster's free e-mail: theirs, not the company's.
  std::set<std::string> third;
  for (const auto& contact : points["third_parties"]) {
    third.insert(contact["role"].get<std::string>() + " " + contact["kind"].get<std::string>() +
                 " " + contact["value"].get<std::string>());
  }
  for (const char* expected : {"host phone +33972101007", "designer phone +33612345678",
                               "designer phone +33892680123", "designer phone +18555550142",
                               "designer email agencewebsud@gmail.com"}) {
    CAPTURE(expected);
    CHECK(third.contains(expected));
  }
  for (const auto& contact : points["third_parties"]) {
    if (contact["value"] == "+33892680123") CHECK(contact["pages"].size() == 3);  // every footer
  }
  const auto ids = rule_ids(report);
  for (const char* quiet : {"phone.premium_rate", "phone.no_tel_link", "phone.invalid",
                            "phone.missing", "phone.not_on_home", "form.missing"}) {
    CAPTURE(quiet);
    CHECK_FALSE(ids.contains(quiet));
  }
}

TEST_CASE("audit probes a URL that cannot exist: soft 404 and bare error page", "[e2e]") {
  TestServer server(kDemoSite);
  server.set_unknown_paths({200, "<html><body><p>Bienvenue</p></body></html>", {}});
  TempDir soft_dir;
  const auto soft = run_joignable({"audit", server.url("/"), "--out", soft_dir.path().string(),
                                   "--quiet"});
  REQUIRE(soft.exit_code == 0);
  const auto soft_report = read_json(soft_dir / "report.json");
  CHECK(rule_ids(soft_report).contains("site.soft_404"));
  CHECK_FALSE(rule_ids(soft_report).contains("site.404_unhelpful"));  // no real 404 page
  REQUIRE(soft_report["not_found_probes"].size() == 2);
  CHECK(soft_report["not_found_probes"][0]["status"] == 200);
  CHECK(soft_report["not_found_probes"][0]["soft_404"] == true);

  server.set_unknown_paths({410, "<html><body><p>Gone</p></body></html>", {}});
  TempDir bare_dir;
  const auto bare = run_joignable({"audit", server.url("/"), "--out", bare_dir.path().string(),
                                   "--quiet"});
  REQUIRE(bare.exit_code == 0);
  const auto bare_report = read_json(bare_dir / "report.json");
  CHECK(rule_ids(bare_report).contains("site.404_unhelpful"));
  CHECK_FALSE(rule_ids(bare_report).contains("site.soft_404"));
  CHECK(bare_report["not_found_probes"][0]["page"]["links_home"] == false);
}

TEST_CASE("a score under --fail-under exits 1", "[e2e]") {
  TestServer server(kDemoSite);
  TempDir dir;
  const auto run = run_joignable(
      {"audit", server.url("/"), "--out", dir.path().string(), "--fail-under", "100", "--quiet"});
  CHECK(run.exit_code == 1);
  CHECK(std::filesystem::exists(dir / "report.json"));
}

TEST_CASE("an unreachable home page still writes report.json and exits 3", "[e2e]") {
  TempDir dir;
  // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
  const auto run =
      run_joignable({"audit", "http://127.0.0.1:9/", "--out", dir.path().string(), "--quiet"});
  CHECK(run.exit_code == 3);
  const auto report = read_json(dir / "report.json");
  check_contract_fields(report);
  CHECK(rule_ids(report).contains("site.unreachable"));
}

TEST_CASE("a malformed target file is one line naming file, line and key, exit 2", "[e2e]") {
  TempDir dir;
  const std::string file = kFixtures + "/targets/unknown_key.toml";
  const auto run = run_joignable({"audit", file, "--out", dir.path().string()});
  CHECK(run.exit_code == 2);
  CHECK(run.err == "joignable: " + file +
                       ":6: crawl.max_page: unknown key (did you mean 'max_pages'?)\n");
  CHECK_FALSE(std::filesystem::exists(dir / "report.json"));
}

TEST_CASE("a bad call log row is one line naming file, line and column, exit 2", "[e2e]") {
  TempDir dir;
  std::ofstream(dir / "acme.toml") << "[target]\nsite = \"http://127.0.0.1:9/\"\n\n"
                                      "[calls]\nfile = \"calls.csv\"\n";
  std::ofstream(dir / "calls.csv")
      << "when,number,outcome\n2026-11-03T15:30,04 65 71 23 45,answred\n";
  const auto run = run_joignable({"audit", (dir / "acme.toml").string(), "--out",
                                  (dir / "out").string()});
  CHECK(run.exit_code == 2);
  CHECK(run.err == "joignable: " + (dir / "calls.csv").string() +
                       ":2: column 3 (outcome): unknown outcome 'answred' (did you mean "
                       "'answered'?)\n");
  CHECK_FALSE(std::filesystem::exists(dir / "out" / "report.json"));
}

TEST_CASE("usage errors exit 2", "[e2e]") {
  CHECK(run_joignable({"audit"}).exit_code == 2);
  CHECK(run_joignable({"audit", "http://127.0.0.1:9/", "--format", "docx"}).exit_code == 2);
  CHECK(run_joignable({"frobnicate"}).exit_code == 2);
  const auto missing = run_joignable({"probe", "targets/x.toml"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err == "joignable: targets/x.toml: no such target file\n");
}

TEST_CASE("version and help flags answer and exit 0", "[e2e]") {
  const auto version = run_joignable({"--version"});
  CHECK(version.exit_code == 0);
  CHECK(version.out.starts_with("joignable "));
  const auto help = run_joignable({"audit", "--help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("--fail-under") != std::string::npos);
}

TEST_CASE("extract prints the contact points of a page as JSON", "[e2e]") {
  const auto run = run_joignable({"extract", kDemoSite + "/contact.html", "--base-url",
                                  "http://127.0.0.1:8080/contact.html"});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const auto points = nlohmann::json::parse(run.out);
  REQUIRE(points["phones"].size() >= 1);
  CHECK(points["phones"][0]["e164"] == "+33465712345");
  CHECK(points["phones"][0]["type"] == "fixed_line");
  CHECK(points["phones"][0]["tel_link"] == true);
  REQUIRE(points["emails"].size() == 1);
  CHECK(points["emails"][0]["address"] == "contact@plomberie-durand.example");
  REQUIRE(points["forms"].size() >= 1);
  const auto& form = points["forms"][0];
  CHECK(form["kind"] == "contact");
  CHECK(form["action"] == "http://127.0.0.1:8080/contact/envoyer");
  CHECK(form["has_textarea"] == true);
  CHECK(form["unlabelled_fields"] == 0);
}

TEST_CASE("extract reports phones, faxes and e-mails of whole fixture pages", "[e2e]") {
  const auto run = run_joignable({"extract", kFixtures + "/pages/phones/de_impressum.html",
                                  "--base-url", "https://www.baeckerei-schneider.de/impressum",
                                  "--region", "DE"});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const auto points = nlohmann::json::parse(run.out);
  std::set<std::string> phones, faxes;
  for (const auto& phone : points["phones"]) phones.insert(phone["e164"].get<std::string>());
  for (const auto& fax : points["faxes"]) faxes.insert(fax["e164"].get<std::string>());
  CHECK(phones == std::set<std::string>{"+493012345678", "+493012345670", "+4915123456789",
                                        "+498001234567", "+491805123456"});
  CHECK(faxes == std::set<std::string>{"+493012345679", "+493012345671"});
  CHECK(points["phones"][0]["tel_link"] == true);
  CHECK(points["phones"][0]["display"] == "030 / 123 456 78");

  const auto emails = run_joignable({"extract", kFixtures + "/pages/emails/fr_contact.html",
                                     "--base-url", "https://www.exemple.fr/contact"});
  REQUIRE(emails.exit_code == 0);
  const auto email_points = nlohmann::json::parse(emails.out);
  CHECK(email_points["emails"].size() == 19);
  REQUIRE(email_points["addresses"].size() == 1);
  CHECK(email_points["addresses"][0]["text"] == "3 quai des Chartrons, 33000 Bordeaux");
  CHECK(email_points["addresses"][0]["postal_code"] == "33000");
  CHECK(email_points["addresses"][0]["locality"] == "Bordeaux");
  CHECK(email_points["addresses"][0]["country"] == "FR");
}

TEST_CASE("extract reports forms, channels and help of whole fixture pages", "[e2e]") {
  const auto run = run_joignable({"extract", kFixtures + "/pages/channels/home_with_chat.html",
                                  "--base-url", "https://www.cuisines-moreau.fr/"});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const auto points = nlohmann::json::parse(run.out);
  REQUIRE(points["chat_widgets"].size() == 1);
  CHECK(points["chat_widgets"][0]["name"] == "crisp");
  CHECK(points["social_links"].size() == 6);
  CHECK(points["callback_offers"] == nlohmann::json::array({"https://www.cuisines-moreau.fr/"}));

  const auto forms = run_joignable({"extract", kFixtures + "/pages/forms/contact_variants.html",
                                    "--base-url", "https://www.exemple.fr/contact"});
  REQUIRE(forms.exit_code == 0);
  const auto form_points = nlohmann::json::parse(forms.out);
  REQUIRE(form_points["forms"].size() == 10);
  const auto& devis = form_points["forms"][1];
  CHECK(devis["kind"] == "contact");
  CHECK(devis["enctype"] == "multipart/form-data");
  CHECK(devis["captcha_kind"] == "hcaptcha");
  CHECK(devis["required_fields"] == 1);
  CHECK(devis["autocomplete"]["tel"] == false);
  CHECK(form_points["forms"][2]["unlabelled_fields"] == 4);
}

TEST_CASE("extract prints a page's opening hours, text and structured data apart", "[e2e]") {
  const auto run = run_joignable({"extract", kDemoSite + "/index.html", "--base-url",
                                  "http://127.0.0.1:8080/"});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const auto points = nlohmann::json::parse(run.out);
  REQUIRE(points["hours"].size() == 2);
  for (const auto& hours : points["hours"]) {
    CHECK(hours["source"] == "site");
    CHECK(hours["url"] == "http://127.0.0.1:8080/");
    CHECK(hours["spec"] == "Mo-Fr 08:00-12:00,14:00-18:00; Sa 09:00-12:00");
    CHECK(hours["weekly"]["Sa"] == nlohmann::json::parse(R"([["09:00","12:00"]])"));
  }
  CHECK(points["hours"][0]["origin"] == "text");
  CHECK(points["hours"][1]["origin"] == "structured_data");
}

TEST_CASE("extract fetches a URL", "[e2e]") {
  TestServer server(kDemoSite);
  const auto run = run_joignable({"extract", server.url("/sav.html")});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const auto points = nlohmann::json::parse(run.out);
  bool premium = false;
  for (const auto& phone : points["phones"]) premium |= phone["type"] == "premium_rate";
  CHECK(premium);
}

TEST_CASE("a crawler trap is cut short and reported in report.json", "[e2e][scope]") {
  TempDir dir;
  TestServer server;
  const auto target = dir / "agenda.toml";
  std::ofstream(target) << "[target]\nsite = \"" << server.url("/calendar?m=0")
                        << "\"\n\n[crawl]\nmax_depth = 50\nmax_queries_per_path = 4\n"
                        << "strip_params = [\"utm_*\"]\n";
  const auto run = run_joignable({"audit", target.string(), "--out", (dir / "out").string(),
                                  "--quiet"});
  REQUIRE(run.exit_code == 0);
  const auto report = read_json(dir / "out" / "report.json");
  CHECK(report["pages"].size() == 5);
  REQUIRE(report["crawl_traps"].size() == 1);
  CHECK(report["crawl_traps"][0]["pattern"] == "/calendar?*");
  CHECK(report["crawl_traps"][0]["reason"] == "too_many_queries");
}

}  // namespace joignable::testing
