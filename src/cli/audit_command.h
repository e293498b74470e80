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
  std::string db;                 // default: the per-user store (store/store_location.h)
  std::string baseline;           // a previous report.json to compare with instead of the store
  std::optional<int> fail_under;  // 0-100
  std::string fail_under_category;  // "phone=80,forms=70"
  std::string fail_on;              // "new" or ""
  std::optional<int> max_pages;
  std::optional<int> concurrency;
  bool strict = false;  // exit 1 on any finding of severity error
  bool quiet = false;
  bool resume = false;  // finish the site's last killed run instead of starting afresh
  bool allow_private = false;         // connect to private and loopback addresses too
  std::string render;                 // "auto" | "always" | "never"; "" keeps the target's
  bool no_screenshots = false;        // [report] screenshots = false
  bool test_public_loopback = false;  // tests only: 127.0.0.1 counts as a public address
};

int run_audit_command(const AuditArgs& args);

}  // namespace joignable::cli
