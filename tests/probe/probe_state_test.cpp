#include "probe/probe_state.h"

#include <catch2/catch.hpp>

#include "util/time.h"

namespace joignable::probe {
namespace {

const std::time_t kSent = *util::parse_iso8601("2026-12-01T09:00:00Z");

ProbeRecord sent(std::string acknowledged_at = {}, std::string answered_at = {}) {
  ProbeRecord record;
  record.token = "jgtest000001";
  record.sent_at = "2026-12-01T09:00:00Z";
  record.outcome = ProbeOutcome::sent;
  record.acknowledged_at = std::move(acknowledged_at);
  record.answered_at = std::move(answered_at);
  return record;
}

ProbeState state_at(const ProbeRecord& record, double hours, double deadline = 48) {
  return assess(record, kSent + static_cast<std::time_t>(hours * 3600), deadline).state;
}

}  // namespace

TEST_CASE("a probe's state follows its replies and the deadline", "[probe]") {
  CHECK(state_at(sent(), 1) == ProbeState::waiting);
  CHECK(state_at(sent(), 48) == ProbeState::unanswered);
  CHECK(state_at(sent(), 0.01, 0.005) == ProbeState::unanswered);
  CHECK(state_at(sent("2026-12-01T09:02:00Z"), 1) == ProbeState::acknowledged);
  CHECK(state_at(sent("2026-12-01T09:02:00Z"), 50) == ProbeState::unanswered);
  const ProbeRecord answered = sent("2026-12-01T09:02:00Z", "2026-12-02T15:00:00Z");
  const ProbeAssessment late = assess(answered, kSent + 100 * 3600, 48);
  CHECK(late.state == ProbeState::answered);
  CHECK(late.acknowledged_after_s == 120);
  CHECK(late.answered_after_s == 30 * 3600);
  ProbeRecord captcha = sent();
  captcha.outcome = ProbeOutcome::captcha;
  captcha.reason = "captcha: recaptcha";
  CHECK(assess(captcha, kSent, 48).state == ProbeState::captcha);
  ProbeRecord failed = sent();
  failed.outcome = ProbeOutcome::failed;
  failed.reason = "the submission failed: HTTP 500";
  const ProbeAssessment not_probed = assess(failed, kSent, 48);
  CHECK(not_probed.state == ProbeState::not_probed);
  CHECK(not_probed.reason == "the submission failed: HTTP 500");
}

}  // namespace joignable::probe
