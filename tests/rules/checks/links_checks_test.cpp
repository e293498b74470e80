#include <catch2/catch.hpp>

#include "rules/checks/check_test_support.h"
#include "support/model_builder.h"

namespace joignable::rules {
namespace {

using namespace joignable::testing;
using namespace rules::testing;
using Status = Outcome::Status;

const std::string kContact = "https://www.example.fr/contact";

TEST_CASE("site.unreachable fires with the home page's status when it cannot be fetched",
          "[rules]") {
  auto site =
      ModelBuilder().unreachable(net_error(crawl::NetError::dns, "could not resolve")).build();
  Outcome outcome = run_check("site.unreachable", site);
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 1);
  CHECK(outcome.findings[0].url == kHome);
  CHECK(outcome.findings[0].fields.at("status") == "dns");
  CHECK(outcome.findings[0].fields.at("detail") == "could not resolve");
  require_messages_filled("site.unreachable", outcome);

  auto error_page = ModelBuilder().unreachable(http(503)).build();
  CHECK(run_check("site.unreachable", error_page).findings.at(0).fields.at("status") == "HTTP 503");
}

TEST_CASE("site.unreachable passes when the home page answered", "[rules]") {
  CHECK(run_check("site.unreachable", ModelBuilder().build()).status == Status::pass);
}

TEST_CASE("every rule but site.unreachable is not applicable when the home page failed",
          "[rules]") {
  auto site = ModelBuilder().unreachable(http(500)).build();
  for (const auto& rule : real_catalogue().rules) {
    if (rule.id == "site.unreachable") continue;
    INFO(rule.id);
    CHECK(run_check(rule.id, site).status == Status::not_applicable);
  }
}

TEST_CASE("link.broken_internal fires once per broken link of the site, not for external ones",
          "[rules]") {
  auto site = ModelBuilder()
                  .add_page(kContact, 1)
                  .add_broken_link("https://www.example.fr/old", http(404), true, {kHome, kContact})
                  .add_broken_link("https://www.example.fr/down",
                                   net_error(crawl::NetError::timeout), true, {kContact})
                  .add_broken_link("https://partner.example/", http(410), false, {kHome})
                  .build();
  Outcome outcome = run_check("link.broken_internal", site);
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 2);
  const Finding& first = outcome.findings[0];
  CHECK(first.url == "https://www.example.fr/old");
  CHECK(first.fields.at("status") == "HTTP 404");
  CHECK(first.fields.at("found_on") == kHome);
  CHECK(first.fields.at("found_on_count") == "2");
  CHECK(first.evidence_id == "status");
  CHECK(first.fields.at("found_on_pages") == std::string(kHome) + "\n" + kContact);
  CHECK(outcome.findings[1].fields.at("status") == "timeout");
  require_messages_filled("link.broken_internal", outcome);
}

TEST_CASE("link.broken_internal passes when only external links are broken", "[rules]") {
  auto site =
      ModelBuilder().add_broken_link("https://partner.example/", http(404), false, {kHome}).build();
  CHECK(run_check("link.broken_internal", site).status == Status::pass);
}

TEST_CASE("link.broken_external fires for a broken link to another site", "[rules]") {
  auto site = ModelBuilder()
                  .add_broken_link("https://partner.example/", http(502), false, {kHome})
                  .add_broken_link("https://www.example.fr/old", http(404), true, {kHome})
                  .build();
  Outcome outcome = run_check("link.broken_external", site);
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 1);
  CHECK(outcome.findings[0].url == "https://partner.example/");
  CHECK(outcome.findings[0].fields.at("status") == "HTTP 502");
  require_messages_filled("link.broken_external", outcome);
}

TEST_CASE("link.broken_external passes when only internal links are broken", "[rules]") {
  auto site = ModelBuilder()
                  .add_broken_link("https://www.example.fr/old", http(404), true, {kHome})
                  .build();
  CHECK(run_check("link.broken_external", site).status == Status::pass);
}

TEST_CASE("link.blocked reports each link a bot protection kept from being checked", "[rules]") {
  auto site = ModelBuilder().add_blocked_link("https://social.example/acme", blocked(429)).build();
  Outcome outcome = run_check("link.blocked", site);
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 1);
  CHECK(outcome.findings[0].url == "https://social.example/acme");
  CHECK(outcome.findings[0].fields.at("status") == "HTTP 429");
  require_messages_filled("link.blocked", outcome);
  CHECK(real_catalogue().find("link.blocked")->severity == Severity::info);
  CHECK(real_catalogue().find("link.blocked")->weight == 0);
}

TEST_CASE("link.blocked passes when no link was blocked", "[rules]") {
  CHECK(run_check("link.blocked", ModelBuilder().build()).status == Status::pass);
}

TEST_CASE("link.refused_private reports each URL that led to a private address", "[rules]") {
  const std::string metadata = "http://169.254.169.254/latest/meta-data/";
  auto site = ModelBuilder()
                  .add_refused_link({"https://www.example.fr/go", metadata, "169.254.169.254",
                                     "link-local",
                                     "refused 169.254.169.254 (link-local) for " + metadata})
                  .build();
  Outcome outcome = run_check("link.refused_private", site);
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 1);
  CHECK(outcome.findings[0].url == "https://www.example.fr/go");
  CHECK(outcome.findings[0].fields.at("address") == "169.254.169.254");
  CHECK(outcome.findings[0].fields.at("address_kind") == "link-local");
  CHECK(outcome.findings[0].fields.at("refused_url") == metadata);
  require_messages_filled("link.refused_private", outcome);
  CHECK(real_catalogue().find("link.refused_private")->severity == Severity::info);
  CHECK(real_catalogue().find("link.refused_private")->weight == 0);
}

TEST_CASE("link.refused_private passes when nothing was refused", "[rules]") {
  CHECK(run_check("link.refused_private", ModelBuilder().build()).status == Status::pass);
}

TEST_CASE("link.broken_internal counts a missing anchor, with the fragment in the evidence",
          "[rules]") {
  auto site = ModelBuilder()
                  .add_page(kContact, 1)
                  .add_broken_link(kContact + "#horaires", http(200), true, {kHome})
                  .build();
  site.broken_links[0].missing_anchor = "horaires";
  Outcome outcome = run_check("link.broken_internal", site);
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 1);
  CHECK(outcome.findings[0].url == kContact + "#horaires");
  CHECK(outcome.findings[0].fields.at("status") == "missing_anchor");
  CHECK(outcome.findings[0].evidence_id == "anchor");
  CHECK(outcome.findings[0].fields.at("anchor") == "horaires");
  CHECK(outcome.findings[0].fields.at("http_status") == "HTTP 200");
  require_messages_filled("link.broken_internal", outcome);
}

model::NotFoundCheck probe(const std::string& path, crawl::FetchStatus status) {
  model::NotFoundCheck check;
  check.url = check.final_url = std::string(kHome) + path;
  check.status = std::move(status);
  return check;
}

model::NotFoundPage helpful_page() {
  model::NotFoundPage page;
  page.title = "Page introuvable";
  page.links_home = true;
  page.has_phone = true;
  page.links_contact = true;
  return page;
}

TEST_CASE("site.soft_404 fires when a URL that cannot exist answers 200", "[rules]") {
  auto site = ModelBuilder().build();
  site.not_found_checks = {probe("joignable-404-check-1", http(404)),
                           probe("a/joignable-404-check-1.html", http(200))};
  Outcome outcome = run_check("site.soft_404", site);
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 1);
  const Finding& finding = outcome.findings[0];
  CHECK(finding.url == std::string(kHome) + "a/joignable-404-check-1.html");
  CHECK(finding.fields.at("status") == "HTTP 200");
  CHECK(finding.evidence_id == "direct");
  require_messages_filled("site.soft_404", outcome);
}

TEST_CASE("site.soft_404 fires for a redirect to the home page", "[rules]") {
  auto site = ModelBuilder().build();
  model::NotFoundCheck redirected = probe("joignable-404-check-1", http(200));
  redirected.final_url = kHome;
  redirected.redirected_home = true;
  site.not_found_checks = {redirected};
  Outcome outcome = run_check("site.soft_404", site);
  REQUIRE(outcome.status == Status::fail);
  CHECK(outcome.findings.at(0).fields.at("final_url") == kHome);
  CHECK(outcome.findings.at(0).evidence_id == "redirected_home");
}

TEST_CASE("site.soft_404 passes on 404 and 410, and cannot tell without an answer", "[rules]") {
  auto site = ModelBuilder().build();
  site.not_found_checks = {probe("joignable-404-check-1", http(404)),
                           probe("a/joignable-404-check-1.html", http(410))};
  CHECK(run_check("site.soft_404", site).status == Status::pass);

  crawl::FetchStatus disallowed;
  disallowed.disallowed_by_robots = true;
  site.not_found_checks = {probe("joignable-404-check-1", disallowed),
                           probe("a/joignable-404-check-1.html",
                                 net_error(crawl::NetError::timeout))};
  CHECK(run_check("site.soft_404", site).status == Status::not_applicable);
  site.not_found_checks.clear();
  CHECK(run_check("site.soft_404", site).status == Status::not_applicable);
}

TEST_CASE("site.404_unhelpful fires when the 404 page offers no way home and no contact",
          "[rules]") {
  auto site = ModelBuilder().build();
  model::NotFoundCheck bare = probe("joignable-404-check-1", http(404));
  bare.page = model::NotFoundPage{"Not Found"};
  model::NotFoundCheck same = probe("a/joignable-404-check-1.html", http(404));
  same.page = bare.page;
  site.not_found_checks = {bare, same};
  Outcome outcome = run_check("site.404_unhelpful", site);
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 1);  // the same page under two URLs is one finding
  CHECK(outcome.findings[0].url == bare.url);
  CHECK(outcome.findings[0].fields.at("status") == "HTTP 404");
  CHECK(outcome.findings[0].evidence_id == "lacks");
  CHECK(outcome.findings[0].fields.at("missing_help") ==
        "home,phone,email,contact_link,search_form,contact_form");
  require_messages_filled("site.404_unhelpful", outcome);

  site.not_found_checks = {probe("joignable-404-check-1", http(410))};
  outcome = run_check("site.404_unhelpful", site);
  REQUIRE(outcome.status == Status::fail);
  CHECK(outcome.findings.at(0).evidence_id == "not_html");
}

TEST_CASE("site.404_unhelpful passes when the 404 page links home or offers a contact",
          "[rules]") {
  auto site = ModelBuilder().build();
  model::NotFoundCheck helpful = probe("joignable-404-check-1", http(404));
  helpful.page = helpful_page();
  site.not_found_checks = {helpful};
  CHECK(run_check("site.404_unhelpful", site).status == Status::pass);

  helpful.page = model::NotFoundPage{};
  helpful.page->has_search_form = true;  // a search box is a way on, even without a link home
  site.not_found_checks = {helpful};
  CHECK(run_check("site.404_unhelpful", site).status == Status::pass);
  helpful.page = model::NotFoundPage{};
  helpful.page->links_home = true;
  site.not_found_checks = {helpful};
  CHECK(run_check("site.404_unhelpful", site).status == Status::pass);
}

TEST_CASE("site.404_unhelpful is not applicable without a real 404 page", "[rules]") {
  auto site = ModelBuilder().build();
  model::NotFoundCheck soft = probe("joignable-404-check-1", http(200));
  soft.page = model::NotFoundPage{};
  model::NotFoundCheck error = probe("a/joignable-404-check-1.html", http(500));
  error.page = model::NotFoundPage{};
  site.not_found_checks = {soft, error,
                           probe("b/joignable-404-check-1.html",
                                 net_error(crawl::NetError::reset))};
  CHECK(run_check("site.404_unhelpful", site).status == Status::not_applicable);
  site.not_found_checks.clear();
  CHECK(run_check("site.404_unhelpful", site).status == Status::not_applicable);
}

}  // namespace
}  // namespace joignable::rules
