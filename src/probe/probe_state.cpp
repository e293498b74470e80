#include "probe/probe_state.h"

#include <algorithm>

#include "util/time.h"

namespace joignable::probe {
namespace {

std::optional<long long> seconds_between(const std::string& from, const std::string& to) {
  const auto start = util::parse_iso8601(from);
  const auto end = util::parse_iso8601(to);
  if (!start || !end) return std::nullopt;
  return std::max<long long>(0, static_cast<long long>(*end - *start));
}

}  // namespace

std::string_view to_string(ProbeState state) {
  switch (state) {
    case ProbeState::not_probed: return "not_probed";
    case ProbeState::captcha: return "captcha";
    case ProbeState::waiting: return "waiting";
    case ProbeState::acknowledged: return "acknowledged";
    case ProbeState::answered: return "answered";
    case ProbeState::unanswered: return "unanswered";
  }
  return "not_probed";
}

ProbeAssessment assess(const ProbeRecord& record, std::time_t now, double deadline_hours) {
  ProbeAssessment assessment;
  assessment.reason = record.reason;
  if (record.outcome == ProbeOutcome::captcha) {
    assessment.state = ProbeState::captcha;
    return assessment;
  }
  if (record.outcome == ProbeOutcome::failed) return assessment;  // not_probed, with the reason
  assessment.acknowledged_after_s = seconds_between(record.sent_at, record.acknowledged_at);
  assessment.answered_after_s = seconds_between(record.sent_at, record.answered_at);
  if (assessment.answered_after_s) {
    assessment.state = ProbeState::answered;
    return assessment;
  }
  const auto sent = util::parse_iso8601(record.sent_at).value_or(now);
  const double waited_hours = static_cast<double>(now - sent) / 3600.0;
  if (waited_hours < deadline_hours) {
    assessment.state =
        assessment.acknowledged_after_s ? ProbeState::acknowledged : ProbeState::waiting;
  } else {
    assessment.state = ProbeState::unanswered;
  }
  return assessment;
}

}  // namespace joignable::probe
