#include "cli/replies_command.h"

#include <iostream>

#include "cli/clock.h"
#include "cli/exit_code.h"
#include "cli/probe_command.h"
#include "cli/summary.h"
#include "probe/imap_client.h"
#include "probe/probe_state.h"
#include "probe/replies.h"
#include "store/probe_store.h"
#include "target/target_loader.h"

namespace joignable::cli {
namespace {

std::string after(const std::optional<long long>& seconds) {
  if (!seconds) return "-";
  const long long s = *seconds;
  if (s < 3600) return std::to_string(s / 60) + " min " + std::to_string(s % 60) + " s";
  return std::to_string(s / 3600) + " h " + std::to_string(s % 3600 / 60) + " min";
}

void print_probes(const std::vector<probe::ProbeRecord>& records, const target::Target& target,
                  std::time_t now) {
  for (const probe::ProbeRecord& record : records) {
    if (record.outcome != probe::ProbeOutcome::sent) continue;
    const auto assessed = probe::assess(record, now, target.probe.deadline_hours);
    std::cout << record.token << "  " << probe::to_string(assessed.state)
              << "  acknowledged after " << after(assessed.acknowledged_after_s)
              << ", answered after " << after(assessed.answered_after_s) << "  " << record.page
              << "\n";
  }
}

}  // namespace

int run_replies_command(const RepliesArgs& args) {
  auto target = target::load_target(args.target);
  if (!target) return report_error(target.error(), ExitCode::usage);
  if (target->probe.mailbox.empty()) {
    return report_error(Error{Error::Code::input, "missing: the IMAP mailbox replies come to",
                              target->source_file, 0, "probe.mailbox"},
                        ExitCode::usage);
  }
  auto now = current_time();
  if (!now) return report_error(now.error(), ExitCode::usage);
  auto db_file = probe_store_file(args.db);
  if (!db_file) return report_error(db_file.error(), ExitCode::usage);
  auto probes = store::ProbeStore::open(*db_file);
  if (!probes) return report_error(probes.error(), ExitCode::usage);
  auto records = probes->for_site(target->site);
  if (!records) return report_error(records.error(), ExitCode::usage);

  probe::ImapClient client(target->probe.mailbox, probe::login_from_environment());
  // Everything is read before anything is written: a refused login or a server that goes away
  // halfway leaves the store as it was.
  auto checked = client.check();
  auto found = checked ? probe::find_replies(client, *records)
                       : Result<std::vector<probe::ProbeReplies>>(tl::unexpected(checked.error()));
  if (!found) {
    return report_error(found.error(), found.error().code == Error::Code::usage
                                           ? ExitCode::usage
                                           : ExitCode::unreachable);
  }
  for (const probe::ProbeReplies& replies : *found) {
    if (replies.acknowledged_at.empty() && replies.answered_at.empty()) continue;
    auto ok = probes->set_replies(replies.probe_id, replies.acknowledged_at, replies.answered_at);
    if (!ok) return report_error(ok.error(), ExitCode::usage);
  }
  records = probes->for_site(target->site);
  if (!records) return report_error(records.error(), ExitCode::usage);
  std::cout << found->size() << " probe(s) looked for in " << target->probe.mailbox << "\n";
  print_probes(*records, *target, *now);
  return to_int(ExitCode::ok);
}

}  // namespace joignable::cli
