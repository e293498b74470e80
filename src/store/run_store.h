// RunStore: every audit run, kept in one SQLite file (joignable.db by default) so that `history`
// can show scores over time and a killed crawl can be picked up again. A run is written in steps:
// begin_run, then add_crawl_batch as many times as the crawl has batches, then finish_run
// with the built report. Each call is one transaction: a crash loses at most the batch in flight.
// The report.json text itself is not kept (the report files are the artefact); the store keeps
// the facts worth querying across runs, and the screenshots report.html shows as evidence.
// SQLiteCpp stays behind the pimpl.
// Not thread-safe: one RunStore per thread. Several processes may share a file (WAL, busy timeout).
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "store/target_key.h"
#include "util/result.h"

// The stages' types the store takes and gives back by reference; whoever passes or reads one
// includes its header (crawl/page.h, extract/contact_points.h, report/report.h,
// report/history_writer.h). The store's own values are in store/crawl_batch.h (what a crawl
// stores as it goes) and store/stored_run.h (a run read back).
namespace joignable::crawl {
struct Page;
}  // namespace joignable::crawl
namespace joignable::extract {
struct PageAnalysis;
}  // namespace joignable::extract
namespace joignable::render {
struct Screenshot;
}  // namespace joignable::render
namespace joignable::report {
struct FindingRef;
struct Report;
struct RunRecord;
}  // namespace joignable::report

namespace joignable::store {

struct CrawlBatch;
struct StoredCrawl;
struct StoredRun;

struct RunSummary {
  long long id = 0;
  std::string started_at;
  std::string finished_at;  // "" while the run is going on, or when it was killed
  std::optional<int> overall_score;
  std::string grade;  // "" when there is no overall score
};

// A finished run as the history queries give it back.
using RunRecord = report::RunRecord;

class RunStore {
 public:
  // Opens `db_file`, creating it when missing, and brings its schema up to date. Fails, naming the
  // file, when it cannot be opened, is not a SQLite database, or was written by a newer joignable.
  [[nodiscard]] static Result<RunStore> open(const std::filesystem::path& db_file);

  RunStore(RunStore&&) noexcept;
  RunStore& operator=(RunStore&&) noexcept;
  RunStore(const RunStore&) = delete;
  RunStore& operator=(const RunStore&) = delete;
  ~RunStore();

  // Records a new, unfinished run and returns its id. The run is filed under target_key(target),
  // or under `key` (the demo keeps one key while its server's port changes).
  [[nodiscard]] Result<long long> begin_run(const target::Target& target,
                                            const std::string& started_at);
  [[nodiscard]] Result<long long> begin_run(const target::Target& target,
                                            const std::string& started_at, const TargetKey& key);
  // Adds one step of the crawl to `run`, all or nothing: a killed process loses at most the
  // batch in flight, never half of one. A page URL stored before for this run is replaced (its
  // click depth is final only at the end); links are not deduplicated. Fails when `run` does
  // not exist.
  [[nodiscard]] Result<void> add_crawl_batch(long long run, const CrawlBatch& batch);
  // add_crawl_batch with pages alone.
  [[nodiscard]] Result<void> add_pages(long long run, const std::vector<crawl::Page>& pages);
  // Stores what the report concluded (scores, contact points, findings with their keys, every
  // rule's outcome, how many findings were new and fixed, the screenshots, finished_at) and
  // marks the run finished. Fails when `run` does not exist or is already finished.
  [[nodiscard]] Result<void> finish_run(long long run, const report::Report& report);

  // History queries (run_store_history.cpp). Runs of `key`: site_key() equal and, when key.name
  // is set, the same target name. Only finished runs count.
  // The newest finished run of `key` begun before `run` (pass 0 for any): what `run` is compared
  // with. nullopt on a first run.
  [[nodiscard]] Result<std::optional<RunRecord>> previous_finished_run(const TargetKey& key,
                                                                      long long run) const;
  // The newest finished run of `key` that finished at most `max_age_s` seconds ago, if any.
  [[nodiscard]] Result<std::optional<RunRecord>> latest_finished_run(const TargetKey& key,
                                                                    long long max_age_s) const;
  // Every finished run of `key`, oldest first.
  [[nodiscard]] Result<std::vector<RunRecord>> finished_runs(const TargetKey& key) const;
  // The rule and key of every finding of `run`, sorted, without repeats.
  [[nodiscard]] Result<std::vector<report::FindingRef>> finding_refs(long long run) const;

  // Every run of `site` (compared as stored by begin_run), newest first.
  [[nodiscard]] Result<std::vector<RunSummary>> runs_for_site(const std::string& site) const;
  // Fails when `run` does not exist.
  [[nodiscard]] Result<StoredRun> load_run(long long run) const;
  // The newest run of `site` that was begun and never finished (killed), if any.
  [[nodiscard]] Result<std::optional<long long>> unfinished_run(const std::string& site) const;
  // Everything add_crawl_batch stored for `run`. Fails when `run` does not exist.
  [[nodiscard]] Result<StoredCrawl> load_crawl(long long run) const;
  // The extraction add_crawl_batch stored for the page `url` of `run`; nullopt when there is none.
  // Fails when the stored document cannot be read. Meant to be called once per page, so that an
  // audit need not hold every page's extraction at once: the query is prepared once per store.
  [[nodiscard]] Result<std::optional<extract::PageAnalysis>> load_analysis(
      long long run, const std::string& url) const;
  // The screenshots finish_run stored for `run`, in the report's order (none for a run stored
  // before they existed). Fails when `run` does not exist.
  [[nodiscard]] Result<std::vector<render::Screenshot>> load_screenshots(long long run) const;
  // The pages of `run` in the order they were first added, redirects included.
  [[nodiscard]] Result<std::vector<crawl::Page>> load_pages(long long run) const;

 private:
  struct Impl;
  explicit RunStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace joignable::store
