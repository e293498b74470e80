#include "calls/call.h"

#include <iterator>

namespace joignable::calls {

std::string_view to_string(CallOutcome outcome) {
  return kOutcomeNames[static_cast<std::size_t>(outcome)];
}

std::optional<CallOutcome> outcome_from_string(std::string_view name) {
  for (std::size_t i = 0; i < std::size(kOutcomeNames); ++i) {
    if (kOutcomeNames[i] == name) return static_cast<CallOutcome>(i);
  }
  return std::nullopt;
}

bool reached_no_one(CallOutcome outcome) {
  switch (outcome) {
    case CallOutcome::no_answer:
    case CallOutcome::voicemail:
    case CallOutcome::busy:
    case CallOutcome::dropped:
    case CallOutcome::closed_message:
      return true;
    default:
      return false;
  }
}

}  // namespace joignable::calls
