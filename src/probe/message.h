// The words the probe sends: subject, message and sender address, from [probe] with the token put
// in. The default message says what it is (a reachability check), asks for a reply, and carries
// the token, so the company knows why it got it and `replies` can find the answer. Thread-safe.
#pragma once

#include <string>

#include "target/target.h"

namespace joignable::probe {

struct ProbeWords {
  std::string name;
  std::string email;    // "{token}" replaced; a plain address gets "+token" before the '@'
  std::string phone;
  std::string subject;  // [probe] subject or the default, in the target's language
  std::string message;  // [probe] message or the default, in the target's language
};

// The words for `target`'s probe carrying `token`.
ProbeWords probe_words(const target::Target& target, const std::string& token);

}  // namespace joignable::probe
