// `joignable probe TARGET [--db FILE] [--yes] [--dry-run]`: submits the target's contact forms
// with a token (src/probe/), only when [probe] enabled = true and --yes; otherwise, and always
// with --dry-run, prints what it would send. Records each submission in the store.
#pragma once

#include <filesystem>
#include <string>

#include "util/result.h"

namespace joignable::cli {

struct ProbeArgs {
  std::string target;  // a target file (a bare URL cannot enable the probe: it lists only)
  std::string db;      // default: the per-user store, as `audit`
  bool yes = false;
  bool dry_run = false;
};

int run_probe_command(const ProbeArgs& args);

// The store both probe commands use: `db`, or when empty the per-user store `audit` writes to
// by default (store/store_location.h).
[[nodiscard]] Result<std::filesystem::path> probe_store_file(const std::string& db);

}  // namespace joignable::cli
