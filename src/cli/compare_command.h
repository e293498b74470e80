// `joignable compare`: several companies side by side. Each target's newest finished run in the
// store is reused when it is younger than seven days (unless --fresh); the others are audited now,
// their reports in DIR/<slug>/. Writes DIR/compare.html, compare.json and compare.md.
#pragma once

#include <string>
#include <vector>

namespace joignable::cli {

struct CompareArgs {
  std::vector<std::string> targets;  // target files, globs, URL list files or URLs
  std::string out = "joignable-compare";
  std::string db;    // "" for the per-user store (store/store_location.h), as audit
  std::string lang;  // "" for the first target's
  bool fresh = false;  // audit every target now, whatever the store holds
  bool quiet = false;
  bool no_screenshots = false;  // the new audits' reports without screenshots
};

// Exit codes: 0 the comparison is written (a site that could not be reached is in it, scored as
// its report scores it); 2 usage, a bad target file, fewer than two targets, or a store error.
int run_compare_command(const CompareArgs& args);

}  // namespace joignable::cli
