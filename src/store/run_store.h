// RunStore: every audit run, kept in one SQLite file (joignable.db by default) so that `history`
// can show scores over time and a killed crawl can be picked up again. A run is written in steps:
// begin_run, then add_crawl_batch as many times as the crawl has batches, then finish_run
// with the built report. Each call is one transaction: a crash loses at most the batch in flight.
// The report.json text itself is not kept (the report files are the artefact); the store keeps
// the facts worth querying across runs. SQLiteCpp stays behind the pimpl.
// Not thread-safe: one RunStore per thread. Several processes may share a file (WAL, busy timeout).
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "crawl/page.h"
#include "model/site_model.h"
#include "report/history_writer.h"
#include "report/report.h"
#include "store/target_key.h"
#include "target/target.h"
#include "util/result.h"

namespace joignable::store {

struct RunSummary {
  long long id = 0;
  std::string started_at;
  std::string finished_at;  // "" while the run is going on, or when it was killed
  std::optional<int> overall_score;
  std::string grade;  // "" when there is no overall score
};

// A finished run as the history queries give it back.
using RunRecord = report::RunRecord;

// A run as read back from the file: the target, how much was crawled, and what finish_run kept.
struct StoredRun {
  long long id = 0;
  std::string target_name, site, region, lang;
  std::string target_file;  // "" for a bare URL
  std::string started_at, finished_at;
  std::string tool_version;  // "" until finished
  long long page_count = 0;
  long long link_count = 0;
  std::optional<int> overall_score;
  std::string grade;
  std::vector<report::CategorySummary> categories;  // display order
  std::vector<model::SitePhone> phones;
  std::vector<model::SitePhone> faxes;
  std::vector<model::SiteEmail> emails;
  std::vector<model::SiteForm> forms;
  std::vector<model::SiteAddress> addresses;
  std::vector<model::SiteChannel> chat_widgets;
  std::vector<model::SiteChannel> social_links;
  std::vector<std::string> callback_pages;
  std::vector<model::SiteHours> hours;  // the weekly tables, as their spec gives them back
  std::optional<model::ContactPage> contact_page;
  std::vector<report::ReportFinding> findings;  // in the report's order
};

// One step of a crawl, stored in one transaction: pages with the links first found on them and
// their extraction, and link checks. What the crawl reports through crawl::CrawlEvents.
struct CrawlBatch {
  std::vector<crawl::Page> pages;
  std::vector<crawl::Link> links;
  std::vector<crawl::LinkCheck> checks;
  // By page URL, each an extract::encode_analysis() document (extract/contact_points_json.h).
  std::vector<std::pair<std::string, std::string>> analyses;
};

// What the batches of a run hold, to resume its crawl.
struct StoredCrawl {
  crawl::CrawlSoFar so_far;
  std::map<std::string, extract::PageAnalysis> analyses;  // by page URL
};

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
  // rule's outcome, how many findings were new and fixed, finished_at) and marks the run
  // finished. Fails when `run` does not exist or is already finished.
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
  // The pages of `run` in the order they were first added, redirects included.
  [[nodiscard]] Result<std::vector<crawl::Page>> load_pages(long long run) const;

 private:
  struct Impl;
  explicit RunStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace joignable::store
