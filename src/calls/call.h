// Call: one mystery call the consultant made and wrote in the target's call log ([calls] file),
// read by read_call_log.h. A plain value that tests build by hand; the model holds each call
// against the company's published hours (model/call_hours.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/time_zone.h"

namespace joignable::calls {

// What the call reached, spelled as in the call log and report.json.
enum class CallOutcome {
  answered,        // a person
  voicemail,       // a voicemail greeting
  no_answer,       // it rang until the network gave up
  busy,            // the line was engaged
  closed_message,  // a recorded "we are closed" message
  dropped,         // the queue hung up on the caller
  wrong_number,    // someone else answered
  unreachable,     // the number is not in service
};

// The spellings above, in declaration order.
inline constexpr std::string_view kOutcomeNames[] = {"answered",     "voicemail",      "no_answer",
                                                     "busy",         "closed_message", "dropped",
                                                     "wrong_number", "unreachable"};

std::string_view to_string(CallOutcome outcome);
std::optional<CallOutcome> outcome_from_string(std::string_view name);

// Whether the outcome is a call that reached the company but no person: no_answer, voicemail,
// busy, dropped, closed_message (a wrong or dead number says nothing about the company's hours).
bool reached_no_one(CallOutcome outcome);

struct Call {
  int line = 0;        // in the call log, for the report's evidence
  util::ZonedTime at;  // when it was made, on the company's clocks
  std::string number;  // as dialled; untrusted
  std::string e164;    // "+33142685300"; "" when it is not a valid number of the region
  CallOutcome outcome = CallOutcome::answered;
  int wait_seconds = 0;  // to a person, or until the outcome
  bool callback_promised = false;
  std::optional<util::ZonedTime> callback_at;  // when the promised call came; nullopt if never
  std::string note;                            // the consultant's words; untrusted

  // Seconds from the call to the callback; nullopt without one.
  std::optional<long long> callback_after_seconds() const {
    if (!callback_at) return std::nullopt;
    return callback_at->utc_seconds - at.utc_seconds;
  }
};

struct CallLog {
  std::string file;         // as resolved from the target
  std::string timezone;     // IANA name the calls were read in
  std::vector<Call> calls;  // in file order
};

}  // namespace joignable::calls
