// `joignable batch` and `joignable merge`: an agency's portfolio. batch audits many targets, each
// in its own `joignable audit` process, --jobs at a time, into DIR/<slug>/, then writes
// DIR/index.json and DIR/index.html; --shard K/N audits one deterministic share of the targets
// (portfolio/shard.h), and merge joins the shares' folders into one index.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace joignable::cli {

struct BatchArgs {
  std::vector<std::string> targets;  // target files, globs of them, URL list files, URLs
  int jobs = 4;                      // audits running at once
  std::string out = "joignable-portfolio";
  std::string shard;    // "K/N" or "/N" (K from JOB_COMPLETION_INDEX); "" for every target
  std::string db;       // passed to each audit; "" for the audit's default
  std::string lang;     // of the reports and the index; "" for each target's own (index: fr)
  std::string formats;  // extra report formats for each audit (md is always written)
  bool quiet = false;
};

struct MergeArgs {
  std::vector<std::string> dirs;  // the shards' --out folders
  std::string out;
  std::string lang;  // of index.html; "" for French
};

// Exit codes: 0 every target has a report; 3 some target's site was unreachable or its audit
// failed (its line in the index says why); 2 usage (bad option, no such target file).
int run_batch_command(const BatchArgs& args);
// Exit codes as batch's; 2 also when a DIR holds no batch folder or one slug names two targets.
int run_merge_command(const MergeArgs& args);

}  // namespace joignable::cli
