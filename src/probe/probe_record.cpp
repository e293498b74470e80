#include "probe/probe_record.h"

namespace joignable::probe {

std::string_view to_string(ProbeOutcome outcome) {
  switch (outcome) {
    case ProbeOutcome::sent: return "sent";
    case ProbeOutcome::captcha: return "captcha";
    case ProbeOutcome::failed: return "failed";
  }
  return "failed";
}

ProbeOutcome probe_outcome_from(std::string_view text) {
  if (text == "sent") return ProbeOutcome::sent;
  if (text == "captcha") return ProbeOutcome::captcha;
  return ProbeOutcome::failed;
}

}  // namespace joignable::probe
