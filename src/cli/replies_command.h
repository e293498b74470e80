// `joignable replies TARGET [--db FILE]`: reads the [probe] mailbox over IMAP and stores, for each
// probe, the first acknowledgement and the first human answer (src/probe/replies.h). Exit 2 when
// the login is refused (nothing changed), 3 when the server cannot be reached (the pending probes
// are kept as they were).
#pragma once

#include <string>

namespace joignable::cli {

struct RepliesArgs {
  std::string target;
  std::string db;  // default: the one `probe` uses
};

int run_replies_command(const RepliesArgs& args);

}  // namespace joignable::cli
