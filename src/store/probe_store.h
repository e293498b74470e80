// ProbeStore: the form probe's submissions, in the same SQLite file as the audit runs (table
// `probes`, schema step 7). `probe` adds one row per form it sends or finds behind a CAPTCHA;
// `replies` sets the dates of the first acknowledgement and the first human answer; `audit`
// reads the latest per form. SQLiteCpp stays behind the pimpl. Not thread-safe: one ProbeStore
// per thread. Several processes may share a file (WAL, busy timeout).
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "probe/probe_record.h"
#include "util/result.h"

namespace SQLite {
class Database;
}

namespace joignable::store {

class ProbeStore {
 public:
  // Opens `db_file`, creating it when missing, and brings its schema up to date (migrations.h).
  [[nodiscard]] static Result<ProbeStore> open(const std::filesystem::path& db_file);

  ProbeStore(ProbeStore&&) noexcept;
  ProbeStore& operator=(ProbeStore&&) noexcept;
  ~ProbeStore();

  // Stores `record` (its id is ignored) and returns the new id.
  [[nodiscard]] Result<long long> add(const probe::ProbeRecord& record);
  // Every probe of `site`, oldest first.
  [[nodiscard]] Result<std::vector<probe::ProbeRecord>> for_site(const std::string& site) const;
  // Sets the reply dates of probe `id` (ISO-8601 UTC; "" leaves a date alone) where the store has
  // none or a later one: the first acknowledgement or answer stays the first. Fails when `id`
  // does not exist.
  [[nodiscard]] Result<void> set_replies(long long id, const std::string& acknowledged_at,
                                         const std::string& answered_at);

 private:
  ProbeStore(std::string file, std::unique_ptr<SQLite::Database> db);
  std::string file_;
  std::unique_ptr<SQLite::Database> db_;
};

}  // namespace joignable::store
