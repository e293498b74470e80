// One audit from a Target to the reports on disk: crawl, extract, model, rules, score, report,
// with the run written to the SQLite store as it goes. Shared by `audit` and `demo`.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "cli/exit_code.h"
#include "target/target.h"
#include "util/result.h"

namespace joignable::cli {

struct AuditOptions {
  std::filesystem::path out_dir = "joignable-report";  // report.html and report.json go here
  std::vector<std::string> formats = {"html", "json"};  // plus md, junit, csv when asked
  std::filesystem::path db_file;                        // default: OUT/joignable.db
  std::optional<int> fail_under;                        // exit 1 under this overall score
  bool strict = false;  // exit 1 on any error-severity finding when fail_under is not given
  bool quiet = false;   // no progress on stderr
  bool resume = false;  // continue the site's newest unfinished run in the store, if any
};

struct AuditSummary {
  ExitCode exit_code = ExitCode::ok;
  long long run = 0;  // the run's id in the store
  std::optional<int> overall_score;
  std::string grade;
  int pages = 0;
  int findings = 0;
  std::vector<std::filesystem::path> written;  // report files, in format order
};

// Errors are about the environment (rules, templates, output folder, database); a broken site is
// never an error: it yields findings and, when the home page fails, ExitCode::unreachable.
[[nodiscard]] Result<AuditSummary> run_audit(const target::Target& target,
                                             const AuditOptions& options);

// The formats `--format` accepts, in the order reports are written.
const std::vector<std::string>& known_formats();

}  // namespace joignable::cli
