#include <catch2/catch.hpp>

#include "rules/checks/check_test_support.h"
#include "support/model_builder.h"

namespace joignable::rules {
namespace {

using namespace joignable::testing;
using namespace rules::testing;
using Status = Outcome::Status;
using extract::PhoneType;

const std::string kAbout = "https://www.example.fr/a-propos";
const std::string kLegal = "https://www.example.fr/a-propos/mentions-legales";

TEST_CASE("phone.missing fires when no page shows a phone number, faxes aside", "[rules]") {
  auto model = ModelBuilder().add_page(kAbout, 1).build();
  model.faxes.push_back(
      {"+33142685301", "01 42 68 53 01", PhoneType::fixed_line, false, true, {kHome}});
  Outcome outcome = run_check("phone.missing", model);
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 1);
  CHECK(outcome.findings[0].url == kHome);
  CHECK(outcome.findings[0].fields.at("pages_count") == "2");
  require_messages_filled("phone.missing", outcome);
}

TEST_CASE("phone.missing passes when one page shows a number", "[rules]") {
  auto site = ModelBuilder()
                  .add_page(kAbout, 1)
                  .add_phone("+33142685300", PhoneType::fixed_line, {kAbout})
                  .build();
  CHECK(run_check("phone.missing", site).status == Status::pass);
}

TEST_CASE("phone.missing fires when a number is only in the structured data", "[rules]") {
  auto site = ModelBuilder()
                  .add_page(kAbout, 1)
                  .add_phone("+33142685300", PhoneType::fixed_line, {kHome, kAbout},
                             PhoneLink::text_only)
                  .build();
  site.phones[0].unshown_pages = {kHome, kAbout};
  CHECK(run_check("phone.missing", site).status == Status::fail);
  CHECK(run_check("phone.not_on_home", site).status == Status::not_applicable);
  CHECK(run_check("contact.deep", site).status == Status::not_applicable);
}

TEST_CASE("phone.not_on_home fires when the home page has the number only in its JSON-LD",
          "[rules]") {
  auto site = ModelBuilder()
                  .add_page(kAbout, 1)
                  .add_phone("+33142685300", PhoneType::fixed_line, {kHome, kAbout})
                  .build();
  site.phones[0].unshown_pages = {kHome};
  Outcome outcome = run_check("phone.not_on_home", site);
  REQUIRE(outcome.status == Status::fail);
  CHECK(outcome.findings.at(0).fields.at("found_on") == kAbout);
  CHECK(run_check("phone.missing", site).status == Status::pass);
}

TEST_CASE("phone.not_on_home fires and names the shallowest page that shows a number", "[rules]") {
  auto site = ModelBuilder()
                  .add_page(kAbout, 1)
                  .add_page(kLegal, 2)
                  .add_phone("+33142685300", PhoneType::fixed_line, {kLegal, kAbout})
                  .build();
  Outcome outcome = run_check("phone.not_on_home", site);
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 1);
  CHECK(outcome.findings[0].url == kHome);
  CHECK(outcome.findings[0].fields.at("number") == "+33142685300");
  CHECK(outcome.findings[0].fields.at("found_on") == kAbout);
  require_messages_filled("phone.not_on_home", outcome);
}

TEST_CASE("phone.not_on_home passes when the home page shows a number", "[rules]") {
  auto site = ModelBuilder()
                  .add_page(kAbout, 1)
                  .add_phone("+33142685300", PhoneType::fixed_line, {kAbout})
                  .add_phone("+33612345678", PhoneType::mobile, {kAbout, kHome})
                  .build();
  CHECK(run_check("phone.not_on_home", site).status == Status::pass);
}

TEST_CASE("phone.not_on_home does not apply to a site without any number", "[rules]") {
  CHECK(run_check("phone.not_on_home", ModelBuilder().build()).status == Status::not_applicable);
}

TEST_CASE("phone.premium_rate fires for premium-rate and shared-cost numbers", "[rules]") {
  auto site = ModelBuilder()
                  .add_page(kAbout, 1)
                  .add_phone("+33142685300", PhoneType::fixed_line, {kHome})
                  .add_phone("+33899123456", PhoneType::premium_rate, {kAbout, kHome})
                  .add_phone("+33810123456", PhoneType::shared_cost, {kHome})
                  .build();
  Outcome outcome = run_check("phone.premium_rate", site);
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 2);
  CHECK(outcome.findings[0].url == kAbout);
  CHECK(outcome.findings[0].fields.at("number") == "+33899123456");
  CHECK(outcome.findings[0].fields.at("type") == "premium_rate");
  CHECK(outcome.findings[0].fields.at("pages_count") == "2");
  CHECK(outcome.findings[1].fields.at("type") == "shared_cost");
  require_messages_filled("phone.premium_rate", outcome);
}

TEST_CASE("phone.premium_rate passes for geographic, mobile and toll-free numbers", "[rules]") {
  auto site = ModelBuilder()
                  .add_phone("+33142685300", PhoneType::fixed_line, {kHome})
                  .add_phone("+33612345678", PhoneType::mobile, {kHome})
                  .add_phone("+33800123456", PhoneType::toll_free, {kHome})
                  .build();
  CHECK(run_check("phone.premium_rate", site).status == Status::pass);
}

TEST_CASE("phone.invalid fires for each invalid number, from text or tel: link", "[rules]") {
  auto site = ModelBuilder()
                  .add_invalid_phone(kHome, "01 42 68 53", false)
                  .add_invalid_phone(kAbout, "tel:+3314268", true)
                  .build();
  Outcome outcome = run_check("phone.invalid", site);
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 2);
  CHECK(outcome.findings[0].url == kHome);
  CHECK(outcome.findings[0].fields.at("raw") == "01 42 68 53");
  CHECK(outcome.findings[0].fields.at("region") == "FR");
  CHECK(outcome.findings[0].fields.at("shown_as") == "text");
  CHECK(outcome.findings[1].fields.at("shown_as") == "tel");
  require_messages_filled("phone.invalid", outcome);
}

TEST_CASE("phone.invalid passes when every number is valid", "[rules]") {
  auto site = ModelBuilder().add_phone("+33142685300", PhoneType::fixed_line, {kHome}).build();
  CHECK(run_check("phone.invalid", site).status == Status::pass);
}

TEST_CASE("phone.no_tel_link fires for a number shown as text only somewhere", "[rules]") {
  auto site =
      ModelBuilder()
          .add_page(kAbout, 1)
          .add_phone("+33142685300", PhoneType::fixed_line, {kHome, kAbout}, PhoneLink::both)
          .add_phone("+33612345678", PhoneType::mobile, {kAbout, kHome}, PhoneLink::text_only)
          .add_phone("+33800123456", PhoneType::toll_free, {kHome}, PhoneLink::tel)
          .build();
  Outcome outcome = run_check("phone.no_tel_link", site);
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 2);
  CHECK(outcome.findings[0].fields.at("number") == "+33142685300");
  CHECK(outcome.findings[0].url.empty());  // linked on some pages: the model does not say which
  CHECK(outcome.findings[1].fields.at("number") == "+33612345678");
  CHECK(outcome.findings[1].url == kAbout);  // never linked: every page is concerned
  CHECK(outcome.findings[1].fields.at("pages_count") == "2");
  require_messages_filled("phone.no_tel_link", outcome);
}

TEST_CASE("phone.no_tel_link passes when every number is a tel: link everywhere", "[rules]") {
  auto site = ModelBuilder().add_phone("+33142685300", PhoneType::fixed_line, {kHome}).build();
  CHECK(run_check("phone.no_tel_link", site).status == Status::pass);
  CHECK(run_check("phone.no_tel_link", ModelBuilder().build()).status == Status::not_applicable);
}

}  // namespace
}  // namespace joignable::rules
