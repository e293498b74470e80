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
  CHECK(outcome.findings[0].evidence == "dns: could not resolve");
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
  CHECK(first.evidence == "HTTP 404; linked from " + std::string(kHome) + ", " + kContact);
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

}  // namespace
}  // namespace joignable::rules
