// `joignable audit TARGET`: flags as CONTRACT.md lists them, merged over the target file.
#pragma once

#include <optional>
#include <string>

namespace joignable::cli {

struct AuditArgs {
  std::string target;             // a target file or a bare URL
  std::string out = "joignable-report";
  std::string formats;            // comma-separated; html and json are always written
  std::string lang;               // overrides [target] lang
  std::string db;                 // default: OUT/joignable.db
  std::optional<int> fail_under;  // 0-100
  std::optional<int> max_pages;
  std::optional<int> concurrency;
  bool strict = false;
  bool quiet = false;
  bool resume = false;  // finish the site's last killed run instead of starting afresh
};

int run_audit_command(const AuditArgs& args);

}  // namespace joignable::cli
