// One audit from a Target to the reports on disk: crawl, extract, model, rules, score, report,
// with the run written to the SQLite store as it goes. Shared by `audit` and `demo`.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cli/exit_code.h"
#include "cli/thresholds.h"
#include "store/target_key.h"
#include "target/target.h"
#include "util/result.h"

namespace joignable::cli {

struct AuditOptions {
  std::filesystem::path out_dir = "joignable-report";  // report.html and report.json go here
  std::vector<std::string> formats = {"html", "json"};  // plus md, junit, csv when asked
  std::filesystem::path db_file;  // "": the per-user store (store/store_location.h)
  // The runs are filed under this key rather than the target's: the demo keeps one while its
  // server's port changes. nullopt: store::target_key(target).
  std::optional<store::TargetKey> filed_as;
  // A report.json to compare with instead of the previous run in the store; "" for none.
  std::filesystem::path baseline;
  Thresholds thresholds;  // exit 1 when one trips; each prints its line on stderr
  bool quiet = false;     // no progress on stderr (threshold lines are still printed)
  bool resume = false;  // continue the site's newest unfinished run in the store, if any
};

// What the customer's tries gave (issue 11): contact forms by their probe's state (report.json
// spelling), and the call log's calls with how many reached someone.
struct TriedSummary {
  std::map<std::string, int> forms;  // "answered" -> 1, "unanswered" -> 1...
  int calls = 0;
  int calls_answered = 0;
};

struct AuditSummary {
  ExitCode exit_code = ExitCode::ok;
  long long run = 0;  // the run's id in the store
  std::optional<int> overall_score;
  std::string grade;
  int pages = 0;
  int rendered_pages = 0;  // read from the browser's DOM (render = "auto" or "always")
  int findings = 0;
  std::vector<std::filesystem::path> written;  // report files, in format order
  std::filesystem::path db_file;               // the store the run went to
  report::Changes changes;                     // since the previous run or the baseline
  std::vector<std::string> tripped;            // one line per threshold that tripped
  TriedSummary tried;
  std::vector<std::string> errors;  // "URL: what": pages whose analysis threw (report.json errors)
};

// Errors are about the environment (rules, templates, output folder, database); a broken site is
// never an error: it yields findings and, when the home page fails, ExitCode::unreachable.
[[nodiscard]] Result<AuditSummary> run_audit(const target::Target& target,
                                             const AuditOptions& options);

// The formats `--format` accepts, in the order reports are written.
const std::vector<std::string>& known_formats();

}  // namespace joignable::cli
