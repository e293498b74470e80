#include <catch2/catch.hpp>

#include "rules/checks/check_test_support.h"
#include "support/call_log.h"
#include "support/model_builder.h"

namespace joignable::rules {
namespace {

using namespace joignable::testing;
using namespace rules::testing;
using Status = Outcome::Status;
using extract::HoursOrigin;

const char* const kCallRules[] = {"phone.unanswered", "hours.not_honoured", "phone.long_wait",
                                  "phone.callback_missed", "phone.call_unpublished"};

// A company whose site gives its number and hours with a lunch break.
model::SiteModel company_with_calls(const std::string& rows) {
  return ModelBuilder()
      .add_phone(kCompanyE164, extract::PhoneType::fixed_line, {kHome})
      .add_hours(site_hours(HoursOrigin::text, "Mo-Fr 09:00-12:00,14:00-18:00"))
      .add_call_log(call_log(rows))
      .build();
}

}  // namespace

TEST_CASE("without a call log the call rules are not applicable, never passed", "[rules]") {
  const model::SiteModel site =
      ModelBuilder()
          .add_phone(kCompanyE164, extract::PhoneType::fixed_line, {kHome})
          .add_hours(site_hours(HoursOrigin::text, "Mo-Fr 09:00-18:00"))
          .build();
  for (const char* id : kCallRules) {
    CAPTURE(id);
    CHECK(run_check(id, site).status == Status::not_applicable);
  }
}

TEST_CASE("phone.unanswered fires when under 80 % of calls in published hours reach someone",
          "[rules]") {
  const auto site = company_with_calls(
      "2026-03-31T15:30,01 42 68 53 00,closed_message,20,no,,\n"
      "2026-03-31T16:00,01 42 68 53 00,answered,40,no,,\n"
      "2026-04-01T09:30,01 42 68 53 00,voicemail,30,no,,\n"
      "2026-04-01T19:30,01 42 68 53 00,voicemail,30,no,,\n");  // after hours: not counted
  const Outcome outcome = run_check("phone.unanswered", site);
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 1);
  CHECK(outcome.findings[0].fields.at("answered") == "1");
  CHECK(outcome.findings[0].fields.at("calls") == "3");
  CHECK(outcome.findings[0].fields.at("rate") == "33");
  CHECK(outcome.findings[0].fields.at("min_rate") == "80");
  CHECK(outcome.findings[0].fields.at("unanswered") == "2");
  require_messages_filled("phone.unanswered", outcome);
}

TEST_CASE("phone.unanswered stays quiet at the threshold, and with only calls after hours",
          "[rules]") {
  const auto answered = company_with_calls(
      "2026-03-31T10:00,01 42 68 53 00,answered,10,no,,\n"
      "2026-03-31T10:10,01 42 68 53 00,answered,10,no,,\n"
      "2026-03-31T10:20,01 42 68 53 00,answered,10,no,,\n"
      "2026-03-31T10:30,01 42 68 53 00,answered,10,no,,\n"
      "2026-03-31T10:40,01 42 68 53 00,busy,10,no,,\n");
  CHECK(run_check("phone.unanswered", answered).status == Status::pass);
  const auto after_hours =
      company_with_calls("2026-03-31T20:00,01 42 68 53 00,no_answer,60,no,,\n");
  CHECK(run_check("phone.unanswered", after_hours).status == Status::not_applicable);
  CHECK(run_check("phone.unanswered", answered, {{"min_answer_rate", 0.9}}).status == Status::fail);
}

TEST_CASE("hours.not_honoured: a closed message at 15:30 while the site says 14:00-18:00",
          "[rules]") {
  const auto site = company_with_calls("2026-03-31T15:30,01 42 68 53 00,closed_message,20,no,,\n");
  const Outcome outcome = run_check("hours.not_honoured", site);
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 1);
  const auto& fields = outcome.findings[0].fields;
  CHECK(fields.at("day") == "Tu");
  CHECK(fields.at("time") == "15:30");
  CHECK(fields.at("outcome") == "closed_message");
  CHECK(fields.at("source") == "site");
  CHECK(fields.at("day_hours") == "09:00-12:00,14:00-18:00");
  CHECK(fields.at("line") == "2");
  require_messages_filled("hours.not_honoured", outcome);
}

TEST_CASE("hours.not_honoured stays quiet for a closed message during the lunch break", "[rules]") {
  const auto site = company_with_calls(
      "2026-03-31T12:30,01 42 68 53 00,closed_message,5,no,,\n"
      "2026-03-31T15:30,01 42 68 53 00,answered,20,no,,\n");
  CHECK(run_check("hours.not_honoured", site).status == Status::pass);
}

TEST_CASE("phone.long_wait fires on a wait over the limit and on any dropped call", "[rules]") {
  const auto site = company_with_calls(
      "2026-03-31T10:00,01 42 68 53 00,answered,240,no,,\n"
      "2026-03-31T10:30,01 42 68 53 00,dropped,30,no,,\n"
      "2026-03-31T11:00,01 42 68 53 00,answered,60,no,,\n");
  const Outcome outcome = run_check("phone.long_wait", site);
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 2);
  CHECK(outcome.findings[0].fields.at("wait") == "240");
  CHECK(outcome.findings[1].fields.at("outcome") == "dropped");
  require_messages_filled("phone.long_wait", outcome);
  CHECK(run_check("phone.long_wait", site, {{"max_seconds", 300LL}}).findings.size() == 1);
}

TEST_CASE("phone.long_wait stays quiet when every wait is short", "[rules]") {
  const auto site = company_with_calls("2026-03-31T10:00,01 42 68 53 00,answered,180,no,,\n");
  CHECK(run_check("phone.long_wait", site).status == Status::pass);
}

TEST_CASE("phone.callback_missed fires on a callback that never came or came too late", "[rules]") {
  const auto site = company_with_calls(
      "2026-03-31T10:00,01 42 68 53 00,voicemail,30,yes,,\n"
      "2026-03-31T11:00,01 42 68 53 00,answered,30,yes,2026-04-01T17:00,\n"
      "2026-03-31T11:30,01 42 68 53 00,answered,30,yes,2026-03-31T14:00,\n");
  const Outcome outcome = run_check("phone.callback_missed", site);
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 2);
  CHECK(outcome.findings[0].fields.at("callback") == "never");
  CHECK(outcome.findings[1].fields.at("callback") == "late");
  CHECK(outcome.findings[1].fields.at("after_hours") == "30");
  require_messages_filled("phone.callback_missed", outcome);
  CHECK(run_check("phone.callback_missed", site, {{"max_hours", 36LL}}).findings.size() == 1);
}

TEST_CASE("phone.callback_missed stays quiet when the callback came in time", "[rules]") {
  const auto site = company_with_calls(
      "2026-03-31T11:30,01 42 68 53 00,answered,30,yes,2026-03-31T14:00,\n"
      "2026-03-31T11:40,01 42 68 53 00,answered,30,no,,\n");
  CHECK(run_check("phone.callback_missed", site).status == Status::pass);
  CHECK(run_check("phone.callback_missed", site, {{"max_hours", 0.5}}).status == Status::fail);
}

TEST_CASE(
    "phone.call_unpublished notes a number no source gives, once, and is left out of the "
    "other rules",
    "[rules]") {
  const auto site =
      company_with_calls(std::string("2026-03-31T15:30,") + kOtherNumber + ",no_answer,400,no,,\n" +
                         "2026-03-31T15:40," + kOtherNumber + ",closed_message,10,yes,,\n");
  const Outcome outcome = run_check("phone.call_unpublished", site);
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 1);
  CHECK(outcome.findings[0].fields.at("number") == kOtherNumber);
  require_messages_filled("phone.call_unpublished", outcome);
  for (const char* id :
       {"phone.unanswered", "hours.not_honoured", "phone.long_wait", "phone.callback_missed"}) {
    CAPTURE(id);
    CHECK(run_check(id, site).status == Status::not_applicable);
  }
}

TEST_CASE("phone.call_unpublished stays quiet when every number called is published", "[rules]") {
  const auto site = company_with_calls("2026-03-31T15:30,01 42 68 53 00,answered,10,no,,\n");
  CHECK(run_check("phone.call_unpublished", site).status == Status::pass);
}

}  // namespace joignable::rules
