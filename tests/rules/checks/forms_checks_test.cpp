#include <catch2/catch.hpp>

#include "rules/checks/check_test_support.h"
#include "support/model_builder.h"

namespace joignable::rules {
namespace {

using namespace joignable::testing;
using namespace rules::testing;
using Status = Outcome::Status;
using extract::FormKind;

const std::string kContact = "https://www.example.fr/contact";
const std::string kAction = "https://www.example.fr/contact/send";

extract::FormInfo search_form() {
  extract::FormInfo form;
  form.kind = FormKind::search;
  form.action = "https://www.example.fr/search";
  form.method = "get";
  form.fields = 1;
  return form;
}

TEST_CASE("form.missing fires with neither a contact form nor an e-mail address", "[rules]") {
  auto site = ModelBuilder().add_form(kHome, search_form()).build();
  Outcome outcome = run_check("form.missing", site);
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 1);
  CHECK(outcome.findings[0].fields.at("pages_count") == "1");
  require_messages_filled("form.missing", outcome);
}

TEST_CASE("form.missing passes with a contact form, or with an e-mail address alone", "[rules]") {
  CHECK(run_check("form.missing", ModelBuilder().add_form(kContact, contact_form(kAction)).build())
            .status == Status::pass);
  CHECK(run_check("form.missing", ModelBuilder().add_email("contact@example.fr", {kHome}).build())
            .status == Status::pass);
}

TEST_CASE("form.action_broken fires for a contact form whose action is broken", "[rules]") {
  auto site = ModelBuilder()
                  .add_form(kContact, contact_form(kAction), http(404))
                  .add_form(kHome, search_form(), http(500))
                  .build();
  Outcome outcome = run_check("form.action_broken", site);
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 1);
  CHECK(outcome.findings[0].url == kContact);
  CHECK(outcome.findings[0].fields.at("action") == kAction);
  CHECK(outcome.findings[0].fields.at("status") == "HTTP 404");
  require_messages_filled("form.action_broken", outcome);
}

TEST_CASE("form.action_broken passes for an action answering 405 to a GET", "[rules]") {
  auto site = ModelBuilder().add_form(kContact, contact_form(kAction), http(405)).build();
  CHECK(run_check("form.action_broken", site).status == Status::pass);
}

TEST_CASE("form.action_broken does not apply when no contact form action was checked", "[rules]") {
  auto site = ModelBuilder().add_form(kContact, contact_form(kAction)).build();
  CHECK(run_check("form.action_broken", site).status == Status::not_applicable);
}

TEST_CASE("form.no_free_text fires for a contact form of boxes and lists only", "[rules]") {
  extract::FormInfo boxes = contact_form(kAction);
  boxes.has_textarea = false;
  boxes.has_free_text = false;
  boxes.fields = 3;
  Outcome outcome =
      run_check("form.no_free_text", ModelBuilder().add_form(kContact, boxes).build());
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 1);
  CHECK(outcome.findings[0].url == kContact);
  CHECK(outcome.findings[0].fields.at("fields") == "3");
  require_messages_filled("form.no_free_text", outcome);
}

TEST_CASE("form.no_free_text passes with a message field and ignores other forms", "[rules]") {
  auto site = ModelBuilder()
                  .add_form(kContact, contact_form(kAction))
                  .add_form(kHome, search_form())
                  .build();
  CHECK(run_check("form.no_free_text", site).status == Status::pass);
  auto search_only = ModelBuilder().add_form(kHome, search_form()).build();
  CHECK(run_check("form.no_free_text", search_only).status == Status::not_applicable);
}

TEST_CASE("form.unlabelled_field fires for any form with an unlabelled field", "[rules]") {
  extract::FormInfo search = search_form();
  search.unlabelled_fields = 1;
  Outcome outcome =
      run_check("form.unlabelled_field", ModelBuilder().add_form(kHome, search).build());
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 1);
  CHECK(outcome.findings[0].fields.at("count") == "1");
  CHECK(outcome.findings[0].fields.at("fields") == "1");
  CHECK(outcome.findings[0].fields.at("form_kind") == "search");
  require_messages_filled("form.unlabelled_field", outcome);
}

TEST_CASE("form.unlabelled_field passes when every field is labelled", "[rules]") {
  auto site = ModelBuilder().add_form(kContact, contact_form(kAction)).build();
  CHECK(run_check("form.unlabelled_field", site).status == Status::pass);
  CHECK(run_check("form.unlabelled_field", ModelBuilder().build()).status ==
        Status::not_applicable);
}

TEST_CASE("form.insecure fires for a form on an http page or posting to http", "[rules]") {
  auto site =
      ModelBuilder("http://www.example.fr/")
          .add_form("http://www.example.fr/contact", contact_form("HTTP://www.example.fr/send"))
          .build();
  auto mixed = ModelBuilder().add_form(kContact, contact_form("http://forms.example/send")).build();
  Outcome outcome = run_check("form.insecure", site);
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 1);
  CHECK(outcome.findings[0].evidence_id == "page_and_action");
  require_messages_filled("form.insecure", outcome);
  Outcome posting = run_check("form.insecure", mixed);
  REQUIRE(posting.status == Status::fail);
  CHECK(posting.findings.at(0).evidence_id == "action");
  require_messages_filled("form.insecure", posting);
}

TEST_CASE("form.insecure passes when forms are served and posted over https", "[rules]") {
  auto site = ModelBuilder().add_form(kContact, contact_form(kAction)).build();
  CHECK(run_check("form.insecure", site).status == Status::pass);
}

}  // namespace
}  // namespace joignable::rules
