// RunStore's history queries: the runs of one target over time, for what-changed, `history` and
// `compare`. Runs are matched by site_key and, when the key names one, by target name.
#include "store/run_store.h"

#include <string>
#include <utility>

#include <SQLiteCpp/SQLiteCpp.h>

#include "report/history_writer.h"
#include "store/database.h"
#include "store/run_store_impl.h"
#include "store/statement.h"

namespace joignable::store {
namespace {

// ?1 site key, ?2 name or NULL, ?3 the query's own condition's value.
constexpr const char* kSelectRuns =
    "SELECT id, target_name, site, started_at, finished_at, "
    "CAST(strftime('%s', finished_at) AS INTEGER) - CAST(strftime('%s', started_at) AS INTEGER), "
    "overall_score, grade, "
    "coalesce(page_count, (SELECT count(*) FROM pages WHERE pages.run_id = runs.id)), "
    "(SELECT count(*) FROM findings WHERE findings.run_id = runs.id), new_findings, "
    "fixed_findings FROM runs "
    "WHERE site_key = ?1 AND (?2 IS NULL OR target_name = ?2) AND finished_at IS NOT NULL ";

RunRecord read_record(SQLite::Statement& query) {
  RunRecord record;
  record.id = query.getColumn(0).getInt64();
  record.target_name = query.getColumn(1).getString();
  record.site = query.getColumn(2).getString();
  record.started_at = query.getColumn(3).getString();
  record.finished_at = query.getColumn(4).getString();
  if (!query.getColumn(5).isNull()) record.duration_s = query.getColumn(5).getInt64();
  record.overall_score = optional_int(query.getColumn(6));
  record.grade = text_or_empty(query.getColumn(7));
  record.pages = query.getColumn(8).getInt64();
  record.findings = query.getColumn(9).getInt();
  record.new_findings = optional_int(query.getColumn(10));
  record.fixed_findings = optional_int(query.getColumn(11));
  return record;
}

void read_categories(SQLite::Database& db, RunRecord& record) {
  SQLite::Statement query(db,
                          "SELECT category, title, score FROM category_scores WHERE run_id = ? "
                          "ORDER BY position");
  bind_row(query, record.id);
  while (query.executeStep()) {
    record.categories.push_back(report::CategorySummary{query.getColumn(0).getString(),
                                                        query.getColumn(1).getString(),
                                                        optional_int(query.getColumn(2))});
  }
}

// The runs `condition` (SQL over ?3) and `order` select among those of `key`.
template <class Value>
Result<std::vector<RunRecord>> select_runs(const std::string& file, SQLite::Database& db,
                                           const TargetKey& key, const std::string& condition,
                                           const Value& value, const char* order) {
  std::vector<RunRecord> records;
  auto done = guarded(file, "cannot list the runs of " + key.site, [&]() -> Result<void> {
    SQLite::Transaction transaction(db);  // one snapshot for the runs and their scores
    SQLite::Statement query(db, kSelectRuns + condition + order);
    bind_row(query, site_key(key.site), key.name, value);
    while (query.executeStep()) records.push_back(read_record(query));
    for (RunRecord& record : records) read_categories(db, record);
    return {};
  });
  if (!done) return tl::unexpected(done.error());
  return records;
}

Result<std::optional<RunRecord>> first_of(Result<std::vector<RunRecord>> records) {
  if (!records) return tl::unexpected(records.error());
  if (records->empty()) return std::optional<RunRecord>();
  return std::optional<RunRecord>(std::move(records->front()));
}

// ISO-8601 UTC times sort as text; the id breaks ties between runs of the same second.
constexpr const char* kNewestFirst = " ORDER BY finished_at DESC, id DESC LIMIT 1";

}  // namespace

Result<std::optional<RunRecord>> RunStore::previous_finished_run(const TargetKey& key,
                                                                 long long run) const {
  return first_of(
      select_runs(impl_->file, *impl_->db, key, "AND (?3 = 0 OR id < ?3)", run, kNewestFirst));
}

Result<std::optional<RunRecord>> RunStore::latest_finished_run(const TargetKey& key,
                                                               long long max_age_s) const {
  const std::string age = "-" + std::to_string(max_age_s) + " seconds";
  return first_of(select_runs(impl_->file, *impl_->db, key,
                              "AND finished_at >= strftime('%Y-%m-%dT%H:%M:%SZ', 'now', ?3)", age,
                              kNewestFirst));
}

Result<std::vector<RunRecord>> RunStore::finished_runs(const TargetKey& key) const {
  return select_runs(impl_->file, *impl_->db, key, "AND ?3 = 0", 0, " ORDER BY finished_at, id");
}

Result<std::vector<report::FindingRef>> RunStore::finding_refs(long long run) const {
  std::vector<report::FindingRef> refs;
  const std::string what = "cannot read the findings of run " + std::to_string(run);
  auto done = guarded(impl_->file, what, [&]() -> Result<void> {
    SQLite::Statement query(*impl_->db,
                            "SELECT DISTINCT rule, key FROM findings WHERE run_id = ? "
                            "ORDER BY rule, key");
    bind_row(query, run);
    while (query.executeStep()) {
      refs.push_back({query.getColumn(0).getString(), query.getColumn(1).getString()});
    }
    return {};
  });
  if (!done) return tl::unexpected(done.error());
  return refs;
}

}  // namespace joignable::store
