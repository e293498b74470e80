// Matching the mailbox's messages to the probes: each probe's token is searched in the mailbox,
// and of the messages that carry it the first automatic one dates the acknowledgement and the
// first written by a person dates the answer (reply.h tells them apart). Not thread-safe (uses
// the client's connection).
#pragma once

#include <string>
#include <vector>

#include "probe/imap_client.h"
#include "probe/probe_record.h"
#include "util/result.h"

namespace joignable::probe {

struct ProbeReplies {
  long long probe_id = 0;
  std::string acknowledged_at;  // ISO-8601 UTC of the first automatic reply; "" none
  std::string answered_at;      // ISO-8601 UTC of the first human answer; "" none
  int messages = 0;             // messages carrying the token
};

// For every sent probe of `probes` that has no human answer yet, what the mailbox holds. Fails on
// the first IMAP error (login refused, server down), before the caller has changed anything.
[[nodiscard]] Result<std::vector<ProbeReplies>> find_replies(ImapClient& client,
                                                            const std::vector<ProbeRecord>& probes);

}  // namespace joignable::probe
