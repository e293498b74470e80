#include <catch2/catch.hpp>

#include "rules/checks/check_test_support.h"
#include "support/model_builder.h"

namespace joignable::rules {
namespace {

using namespace joignable::testing;
using namespace rules::testing;
using Status = Outcome::Status;
using extract::PhoneType;

const std::string kContact = "https://www.example.fr/contact";
const std::string kDeep = "https://www.example.fr/a/b/c/d/contact";

TEST_CASE("contact.page_missing fires when no contact page was found", "[rules]") {
  Outcome outcome = run_check("contact.page_missing", ModelBuilder().add_page(kDeep, 4).build());
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 1);
  CHECK(outcome.findings[0].fields.at("pages_count") == "2");
  require_messages_filled("contact.page_missing", outcome);
}

TEST_CASE("contact.page_missing passes when the model found a contact page", "[rules]") {
  auto site = ModelBuilder().add_page(kContact, 1).contact_page(kContact, 1).build();
  CHECK(run_check("contact.page_missing", site).status == Status::pass);
}

TEST_CASE("contact.deep fires for a contact page and a first phone beyond 3 clicks", "[rules]") {
  auto site = ModelBuilder()
                  .add_page(kDeep, 4)
                  .contact_page(kDeep, 4)
                  .add_phone("+33142685300", PhoneType::fixed_line, {kDeep})
                  .build();
  Outcome outcome = run_check("contact.deep", site);
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 2);
  CHECK(outcome.findings[0].url == kDeep);
  CHECK(outcome.findings[0].fields.at("depth") == "4");
  CHECK(outcome.findings[0].fields.at("max_depth") == "3");
  CHECK(outcome.findings[0].evidence_id == "contact_page");
  CHECK(outcome.findings[1].evidence_id == "phone");
  require_messages_filled("contact.deep", outcome);
}

TEST_CASE("contact.deep fires for a contact page that no link reaches", "[rules]") {
  auto site =
      ModelBuilder().add_page(kContact, std::nullopt).contact_page(kContact, std::nullopt).build();
  Outcome outcome = run_check("contact.deep", site);
  REQUIRE(outcome.status == Status::fail);
  CHECK(outcome.findings.at(0).fields.at("depth") == "\u221e");
}

TEST_CASE("contact.deep passes within the limit, which a target can change", "[rules]") {
  auto site = ModelBuilder()
                  .add_page(kContact, 3)
                  .contact_page(kContact, 3)
                  .add_phone("+33142685300", PhoneType::fixed_line, {kHome})
                  .build();
  CHECK(run_check("contact.deep", site).status == Status::pass);
  Outcome strict = run_check("contact.deep", site, {{"max_depth", 2LL}});
  REQUIRE(strict.status == Status::fail);
  CHECK(strict.findings.size() == 1);
  CHECK(strict.findings[0].fields.at("max_depth") == "2");
}

TEST_CASE("contact.deep is an error outcome when max_depth is not a whole number", "[rules]") {
  auto site = ModelBuilder().contact_page(kHome, 0).build();
  Outcome outcome = run_check("contact.deep", site, {{"max_depth", std::string("three")}});
  CHECK(outcome.status == Status::error);
  CHECK(outcome.error_message == "option max_depth: must be a whole number");
}

TEST_CASE("contact.deep does not apply with neither a contact page nor a phone", "[rules]") {
  CHECK(run_check("contact.deep", ModelBuilder().build()).status == Status::not_applicable);
}

using extract::HelpMechanism;
constexpr auto kPhone = HelpMechanism::phone;
constexpr auto kEmail = HelpMechanism::email;
constexpr auto kLink = HelpMechanism::contact_link;
constexpr auto kChat = HelpMechanism::chat;
const std::string kA = "https://www.example.fr/a";
const std::string kB = "https://www.example.fr/b";
const std::string kC = "https://www.example.fr/c";

ModelBuilder four_pages() {
  ModelBuilder builder;
  builder.add_page(kA, 1).add_page(kB, 1).add_page(kC, 2);
  return builder;
}

TEST_CASE("contact.help_inconsistent fires for a page missing the shared help", "[rules]") {
  auto site = four_pages()
                  .page_help(kHome, {kPhone, kLink})
                  .page_help(kA, {kPhone, kLink})
                  .page_help(kB, {kPhone, kLink})
                  .page_help(kC, {kLink})
                  .build();
  Outcome outcome = run_check("contact.help_inconsistent", site);
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 1);
  CHECK(outcome.findings[0].url == kC);
  CHECK(outcome.findings[0].fields.at("expected_order") == "phone > contact_link");
  CHECK(outcome.findings[0].fields.at("found_order") == "contact_link");
  CHECK(outcome.findings[0].fields.at("pages_count") == "1");
  require_messages_filled("contact.help_inconsistent", outcome);
}

TEST_CASE("contact.help_inconsistent fires for help in a different order", "[rules]") {
  auto site = four_pages()
                  .page_help(kHome, {kPhone, kEmail, kChat})
                  .page_help(kA, {kPhone, kEmail, kChat})
                  .page_help(kB, {kEmail, kPhone, kChat})
                  .page_help(kC, {kEmail, kPhone, kChat})
                  .build();
  Outcome outcome = run_check("contact.help_inconsistent", site);
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 1);
  CHECK(outcome.findings[0].url == kB);
  CHECK(outcome.findings[0].fields.at("found_order") == "email > phone > chat");
  CHECK(outcome.findings[0].fields.at("pages_count") == "2");
}

TEST_CASE("contact.help_inconsistent ignores help found on fewer than half the pages",
          "[rules]") {
  // A phone on one deep page does not make the site inconsistent (CONTRACT.md).
  auto site = four_pages()
                  .page_help(kHome, {kLink, kEmail})
                  .page_help(kA, {kLink, kEmail})
                  .page_help(kB, {kLink, kEmail})
                  .page_help(kC, {kLink, kPhone, kEmail})
                  .build();
  CHECK(run_check("contact.help_inconsistent", site).status == Status::pass);
}

TEST_CASE("contact.help_inconsistent passes when every page offers the same help", "[rules]") {
  auto site = four_pages()
                  .page_help(kHome, {kLink, kPhone})
                  .page_help(kA, {kLink, kPhone})
                  .page_help(kB, {kLink, kPhone})
                  .page_help(kC, {kLink, kPhone})
                  .build();
  CHECK(run_check("contact.help_inconsistent", site).status == Status::pass);
}

TEST_CASE("contact.help_inconsistent needs two pages and some shared help", "[rules]") {
  CHECK(run_check("contact.help_inconsistent", ModelBuilder().page_help(kHome, {kPhone}).build())
            .status == Status::not_applicable);
  CHECK(run_check("contact.help_inconsistent", four_pages().build()).status ==
        Status::not_applicable);
}

}  // namespace
}  // namespace joignable::rules
