// Where a probe stands at a given time, as report.json `probes[].state` spells it:
//   not_probed    a contact form never submitted (or whose submission failed: see reason)
//   captcha       behind a CAPTCHA: cannot be probed automatically
//   waiting       sent, no reply yet, still inside [probe] deadline_hours
//   acknowledged  sent, an automatic acknowledgement only, still inside the deadline
//   answered      a person answered (late or not: form.slow_reply judges the delay)
//   unanswered    no person answered before the deadline (an acknowledgement alone is no answer)
// Pure; thread-safe.
#pragma once

#include <ctime>
#include <optional>
#include <string>
#include <string_view>

#include "probe/probe_record.h"

namespace joignable::probe {

enum class ProbeState { not_probed, captcha, waiting, acknowledged, answered, unanswered };

std::string_view to_string(ProbeState state);

struct ProbeAssessment {
  ProbeState state = ProbeState::not_probed;
  std::optional<long long> acknowledged_after_s;  // from sent_at to the acknowledgement
  std::optional<long long> answered_after_s;      // from sent_at to the human answer
  std::string reason;  // why not probed, or what a failed submission said
};

// `record` judged at `now` against a deadline of `deadline_hours` (fractions allowed).
ProbeAssessment assess(const ProbeRecord& record, std::time_t now, double deadline_hours);

}  // namespace joignable::probe
