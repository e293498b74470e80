// The portfolio index of `batch` and `merge`: one line per target of DIR/<slug>/, read back from
// what the audit left there (batch.json, written by batch when the audit ended, and report.json),
// then written as DIR/index.json and DIR/index.html. Building the index from the folders alone is
// what lets `merge` give the same index as a batch on one machine. Thread-compatible.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "util/result.h"

namespace joignable::report {

// What batch knows of one audit when it ends: DIR/<slug>/batch.json.
struct BatchRecord {
  std::string target;    // the argument audited: a target file or a URL
  std::string identity;  // its stable identity (portfolio::PortfolioTarget)
  int exit_code = 0;     // of `joignable audit`
  std::string error;     // its last line on stderr when it failed; ""
};

struct PortfolioEntry {
  std::string slug;  // the folder's name
  BatchRecord batch;
  std::string status;  // "audited", "unreachable" (report says site.unreachable), "failed"
  std::string name, site;            // from report.json; "" when failed
  std::string finished_at;
  std::optional<int> score;
  std::string grade;
  int findings = 0;
  std::optional<int> score_delta;  // changes.score_delta of report.json, when the run has one
  std::optional<int> new_findings;  // size of changes.new, when report.json has `changes`
  bool has_report = false;          // <slug>/report.html exists
};

struct PortfolioIndex {
  std::string generated_at;  // ISO-8601, UTC
  std::string lang;          // of index.html: fr | en
  std::vector<PortfolioEntry> entries;  // by slug
};

// Writes folder/batch.json; `folder` must exist.
[[nodiscard]] Result<void> write_batch_record(const std::filesystem::path& folder,
                                              const BatchRecord& record);
// Whether `folder` holds a target of a batch (a batch.json).
bool is_batch_folder(const std::filesystem::path& folder);
// Reads folder/batch.json and, for an audit that ran, folder/report.json. Fails, naming the file,
// when batch.json cannot be read, or report.json is not a joignable report.
[[nodiscard]] Result<PortfolioEntry> read_portfolio_entry(const std::filesystem::path& folder);
// The entries of every batch folder directly under `dir`, by slug.
[[nodiscard]] Result<std::vector<PortfolioEntry>> read_portfolio(const std::filesystem::path& dir);

std::string render_index_json(const PortfolioIndex& index);
// Fails when the template (templates_dir/index.html.mustache) cannot be read or rendered.
[[nodiscard]] Result<std::string> render_index_html(const PortfolioIndex& index,
                                                    const std::filesystem::path& templates_dir);

}  // namespace joignable::report
