#include <catch2/catch.hpp>

#include "model/probes.h"
#include "rules/checks/check_test_support.h"
#include "support/model_builder.h"
#include "util/time.h"

namespace joignable::rules {
namespace {

using namespace joignable::testing;
using namespace rules::testing;
using Status = Outcome::Status;

const std::string kContact = "https://www.example.fr/contact";
const std::string kAction = "https://www.example.fr/contact/send";
const std::string kSentAt = "2026-12-01T09:00:00Z";
const std::time_t kSent = *util::parse_iso8601(kSentAt);

probe::ProbeRecord sent_probe(std::string answered_at = {}, std::string acknowledged_at = {}) {
  probe::ProbeRecord record;
  record.page = kContact;
  record.action = kAction;
  record.token = "jgtest000001";
  record.sent_at = kSentAt;
  record.outcome = probe::ProbeOutcome::sent;
  record.http_status = 200;
  record.answered_at = std::move(answered_at);
  record.acknowledged_at = std::move(acknowledged_at);
  return record;
}

// The site with one contact form and `records`, judged `hours_later` after the probe was sent.
model::SiteModel probed(const std::vector<probe::ProbeRecord>& records, double hours_later,
                        double deadline_hours = 48, double max_reply_hours = 24) {
  auto site = ModelBuilder().add_form(kContact, contact_form(kAction)).build();
  target::ProbeOptions options;
  options.deadline_hours = deadline_hours;
  options.max_reply_hours = max_reply_hours;
  model::add_probes(site, records, options,
                    kSent + static_cast<std::time_t>(hours_later * 3600));
  return site;
}

TEST_CASE("form.unanswered fires once the deadline passed without a human answer", "[rules]") {
  const auto acknowledged_only = sent_probe("", "2026-12-01T09:01:00Z");
  Outcome outcome = run_check("form.unanswered", probed({acknowledged_only}, 49));
  REQUIRE(outcome.status == Status::fail);
  REQUIRE(outcome.findings.size() == 1);
  CHECK(outcome.findings[0].fields.at("token") == "jgtest000001");
  CHECK(outcome.findings[0].fields.at("hours") == "48");
  CHECK(outcome.findings[0].evidence_id == "acknowledged");
  require_messages_filled("form.unanswered", outcome);
  // Fractions of hours: half an hour, a probe judged 31 minutes later.
  CHECK(run_check("form.unanswered", probed({sent_probe()}, 31.0 / 60, 0.5)).status ==
        Status::fail);
}

TEST_CASE("form.unanswered stays quiet while waiting, when answered, and without probes",
          "[rules]") {
  CHECK(run_check("form.unanswered", probed({sent_probe()}, 47.9)).status ==
        Status::not_applicable);
  CHECK(run_check("form.unanswered", probed({sent_probe("2026-12-03T10:00:00Z")}, 100)).status ==
        Status::pass);
  CHECK(run_check("form.unanswered", probed({}, 100)).status == Status::not_applicable);
  auto captcha = sent_probe();
  captcha.outcome = probe::ProbeOutcome::captcha;
  CHECK(run_check("form.unanswered", probed({captcha}, 100)).status == Status::not_applicable);
}

TEST_CASE("form.slow_reply fires on a human answer later than max_reply_hours", "[rules]") {
  Outcome outcome =
      run_check("form.slow_reply", probed({sent_probe("2026-12-02T15:00:00Z")}, 100));
  REQUIRE(outcome.status == Status::fail);
  CHECK(outcome.findings[0].fields.at("delay") == "30");
  CHECK(outcome.findings[0].fields.at("max_hours") == "24");
  require_messages_filled("form.slow_reply", outcome);
}

TEST_CASE("form.slow_reply passes a prompt answer and is not applicable without one", "[rules]") {
  CHECK(run_check("form.slow_reply", probed({sent_probe("2026-12-01T12:00:00Z")}, 100)).status ==
        Status::pass);
  CHECK(run_check("form.slow_reply", probed({sent_probe()}, 100)).status ==
        Status::not_applicable);
  CHECK(run_check("form.slow_reply", probed({}, 100)).status == Status::not_applicable);
}

}  // namespace
}  // namespace joignable::rules
