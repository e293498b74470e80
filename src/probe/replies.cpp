#include "probe/replies.h"

#include "probe/reply.h"
#include "util/time.h"

namespace joignable::probe {
namespace {

void keep_first(std::string& current, std::time_t date) {
  const std::string text = util::to_iso8601(date);
  if (current.empty() || text < current) current = text;
}

}  // namespace

Result<std::vector<ProbeReplies>> find_replies(ImapClient& client,
                                               const std::vector<ProbeRecord>& probes) {
  std::vector<ProbeReplies> found;
  for (const ProbeRecord& probe : probes) {
    if (probe.outcome != ProbeOutcome::sent || probe.token.empty()) continue;
    if (!probe.answered_at.empty()) continue;
    auto uids = client.search(probe.token);
    if (!uids) return tl::unexpected(uids.error());
    ProbeReplies replies;
    replies.probe_id = probe.id;
    for (long long uid : *uids) {
      auto headers = client.headers(uid);
      if (!headers) return tl::unexpected(headers.error());
      const auto reply = read_reply(*headers);
      if (!reply) continue;
      ++replies.messages;
      keep_first(reply->automatic ? replies.acknowledged_at : replies.answered_at, reply->date);
    }
    found.push_back(std::move(replies));
  }
  return found;
}

}  // namespace joignable::probe
