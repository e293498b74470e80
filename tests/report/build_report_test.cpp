#include "report/build_report.h"

#include <catch2/catch.hpp>

namespace joignable::report {
namespace {

rules::RuleDeclaration rule(const std::string& id, const std::string& category,
                            rules::Severity severity, double weight) {
  rules::RuleDeclaration declared;
  declared.id = id;
  declared.category = category;
  declared.severity = severity;
  declared.weight = weight;
  declared.title = {"Titre " + id, "Title " + id};
  declared.why = {"Pourquoi " + id, "Why " + id};
  declared.fix = {"Corriger " + id, "Fix " + id};
  declared.message = {"Le lien {url} répond {status}", "The link {url} answers {status}"};
  return declared;
}

rules::Catalogue catalogue() {
  rules::Catalogue catalogue;
  catalogue.rules = {rule("link.broken_external", "links", rules::Severity::warning, 2),
                     rule("link.broken_internal", "links", rules::Severity::warning, 4),
                     rule("phone.missing", "phone", rules::Severity::error, 5),
                     rule("phone.no_tel_link", "phone", rules::Severity::info, 1),
                     rule("phone.premium_rate", "phone", rules::Severity::error, 5)};
  catalogue.categories = {{"phone", {"Téléphone", "Phone"}, 2}, {"links", {"Liens", "Links"}, 1}};
  catalogue.grades = {{"A", 90}, {"F", 0}};
  return catalogue;
}

rules::Finding finding(const std::string& url, const std::string& status) {
  return {url, "HTTP " + status, {{"url", url}, {"status", status}}};
}

std::vector<rules::RuleResult> results(const rules::Catalogue& catalogue) {
  const auto& declared = catalogue.rules;
  return {
      {&declared[0], rules::Outcome::failed({finding("http://127.0.0.1:1/z", "404"),
                                             finding("http://127.0.0.1:1/a", "410")})},
      {&declared[1], rules::Outcome::failed({finding("http://127.0.0.1:1/i", "500")})},
      {&declared[2], rules::Outcome::passed()},
      {&declared[3], rules::Outcome::failed({finding("http://127.0.0.1:1/t", "200")})},
      {&declared[4], rules::Outcome::failed({finding("http://127.0.0.1:1/p", "200")})},
  };
}

Report build(const std::string& lang) {
  static const rules::Catalogue kCatalogue = catalogue();
  target::Target target;
  target.name = "Acme";
  target.site = "http://127.0.0.1:1/";
  target.lang = lang;
  score::Scores scores{64, "C", {{"phone", 50}, {"links", std::nullopt}}};
  model::SiteModel site;
  site.pages.resize(3);
  site.phones.push_back({});
  site.phones[0].e164 = "+33142685300";
  listings::Listing manual;
  manual.name = "manual";
  manual.kind = "manual";
  manual.read = true;
  manual.phones = {{"+33142685300", "01 42 68 53 00", extract::PhoneType::fixed_line}};
  manual.address_text = "1 rue X, 75002 Paris";
  manual.hours.weekly[0] = {{9 * 60, 12 * 60}};
  listings::Listing unread;
  unread.name = "osm";
  unread.phones = {{"", "<b>", extract::PhoneType::unknown}};  // not read: never summarised
  site.listings = {manual, unread};
  return build_report(target, std::move(site), kCatalogue, results(kCatalogue), scores,
                      {"2026-11-23T09:58:00Z", "2026-11-23T10:00:00Z"});
}

}  // namespace

TEST_CASE("build_report sorts findings by the points they give back, then severity and url",
          "[report]") {
  const Report report = build("fr");
  REQUIRE(report.findings.size() == 5);
  // phone (weight 2 of 3) scores premium_rate 5, no_tel_link 1 and missing 5; links (1 of 3)
  // scores broken_internal 4 and broken_external 2, whose two findings share its points.
  CHECK(report.findings[0].rule == "phone.premium_rate");
  CHECK(report.findings[0].points == Approx(30.3));
  CHECK(report.findings[1].rule == "link.broken_internal");
  CHECK(report.findings[1].points == Approx(22.2));
  CHECK(report.findings[2].rule == "phone.no_tel_link");
  CHECK(report.findings[2].points == Approx(6.1));
  CHECK(report.findings[3].url == "http://127.0.0.1:1/a");
  CHECK(report.findings[3].points == Approx(5.6));
  CHECK(report.findings[4].url == "http://127.0.0.1:1/z");
}

TEST_CASE("build_report fills the finding's fields into the message in the target's language",
          "[report]") {
  const Report fr = build("fr");
  CHECK(fr.lang == "fr");
  CHECK(fr.findings[1].message == "Le lien http://127.0.0.1:1/i répond 500");
  CHECK(fr.findings[1].evidence == "HTTP 500");
  CHECK(fr.findings[1].category == "links");
  CHECK(fr.findings[1].weight == 4);
  const Report en = build("en");
  CHECK(en.lang == "en");
  CHECK(en.findings[1].message == "The link http://127.0.0.1:1/i answers 500");
  CHECK(build("de").lang == "fr");
}

TEST_CASE("build_report localizes categories and rule summaries, in catalogue order", "[report]") {
  const Report report = build("en");
  REQUIRE(report.categories.size() == 2);
  CHECK(report.categories[0].id == "phone");
  CHECK(report.categories[0].title == "Phone");
  CHECK(report.categories[0].score == 50);
  CHECK(report.categories[1].title == "Links");
  CHECK_FALSE(report.categories[1].score.has_value());
  REQUIRE(report.rules.size() == 5);
  CHECK(report.rules[0].id == "link.broken_external");
  CHECK(report.rules[0].title == "Title link.broken_external");
  CHECK(report.rules[0].why == "Why link.broken_external");
  CHECK(report.rules[0].fix == "Fix link.broken_external");
  CHECK(report.rules[0].findings == 2);
  CHECK(report.rules[2].status == rules::Outcome::Status::pass);
  CHECK(report.rules[2].findings == 0);
  CHECK(build("fr").rules[0].title == "Titre link.broken_external");
}

TEST_CASE("build_report copies target, times, scores, site model and listings", "[report]") {
  const Report report = build("fr");
  CHECK(report.target_name == "Acme");
  CHECK(report.site == "http://127.0.0.1:1/");
  CHECK(report.region == "FR");
  CHECK(report.started_at == "2026-11-23T09:58:00Z");
  CHECK(report.finished_at == "2026-11-23T10:00:00Z");
  CHECK(report.overall_score == 64);
  CHECK(report.grade == "C");
  CHECK_FALSE(report.tool_version.empty());
  CHECK(report.site_model.pages.size() == 3);
  REQUIRE(report.listings.size() == 2);
  CHECK(report.listings[0].phone == "+33142685300");
  CHECK(report.listings[0].address == "1 rue X, 75002 Paris");
  CHECK(report.listings[0].hours == "Mo 09:00-12:00");
  CHECK(report.listings[0].comparison.phone == model::Agreement::same);
  CHECK(report.listings[1].name == "osm");
  CHECK(report.listings[1].comparison.phones.empty());
  CHECK_FALSE(report.listings[1].listing.read);
}

TEST_CASE("a listing's hours fall back to its text, its phone to the written number", "[report]") {
  listings::Listing listing;
  listing.name = "pj";
  listing.read = true;
  listing.phones = {{"", "04 65", extract::PhoneType::unknown}};
  listing.hours_text = "sur rendez-vous";
  const ListingSummary summary = summarise_listing(model::SiteModel{}, listing);
  CHECK(summary.phone == "04 65");
  CHECK(summary.hours == "sur rendez-vous");
  CHECK(summary.address.empty());
}

}  // namespace joignable::report
