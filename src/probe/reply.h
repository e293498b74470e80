// One message found in the mailbox for a probe, read from its header block: when it was sent
// (its Date) and whether a machine wrote it (an acknowledgement) or a person (an answer). Pure;
// thread-safe.
//
// Automatic: Auto-Submitted other than "no" (RFC 3834), X-Autoreply, X-Autorespond,
// Precedence auto_reply, bulk, junk or list, a From such as noreply / no-reply / ne-pas-repondre,
// or a subject saying so (accusé de réception, réponse automatique, message automatique, absence,
// auto:, automatic reply, auto-reply, autoreply, out of office, we have received, nous avons bien
// reçu), unless it starts with "RE:". Encoded subjects (RFC 2047, Q and B) are decoded first.
#pragma once

#include <ctime>
#include <optional>
#include <string>
#include <string_view>

namespace joignable::probe {

struct Reply {
  std::time_t date = 0;   // from the Date header
  bool automatic = false;
  std::string subject;    // decoded
};

// nullopt when the block has no Date header that parses.
std::optional<Reply> read_reply(std::string_view headers);

// An RFC 5322 date ("Tue, 1 Dec 2026 10:00:00 +0100", day name and seconds optional, zones as
// +hhmm, UT, GMT, Z or the old US names) as seconds since the epoch.
std::optional<std::time_t> parse_mail_date(std::string_view text);

}  // namespace joignable::probe
