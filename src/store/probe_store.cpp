#include "store/probe_store.h"

#include <utility>

#include <SQLiteCpp/SQLiteCpp.h>

#include "store/database.h"
#include "store/migrations.h"
#include "store/statement.h"

namespace joignable::store {

ProbeStore::ProbeStore(std::string file, std::unique_ptr<SQLite::Database> db)
    : file_(std::move(file)), db_(std::move(db)) {}
ProbeStore::ProbeStore(ProbeStore&&) noexcept = default;
ProbeStore& ProbeStore::operator=(ProbeStore&&) noexcept = default;
ProbeStore::~ProbeStore() = default;

Result<ProbeStore> ProbeStore::open(const std::filesystem::path& db_file) {
  auto db = open_database(db_file);
  if (!db) return tl::unexpected(db.error());
  if (auto ok = migrate(**db, db_file.string()); !ok) return tl::unexpected(ok.error());
  return ProbeStore(db_file.string(), std::move(*db));
}

Result<long long> ProbeStore::add(const probe::ProbeRecord& r) {
  long long id = 0;
  auto ok = guarded(file_, "cannot store the probe", [&]() -> Result<void> {
    SQLite::Statement insert(
        *db_,
        "INSERT INTO probes (site, page, action, token, sent_at, outcome, http_status, "
        "final_url, confirmation, reason, acknowledged_at, answered_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULLIF(?, ''), NULLIF(?, ''))");
    exec_row(insert, r.site, r.page, r.action, r.token, r.sent_at, probe::to_string(r.outcome),
             r.http_status, r.final_url, r.confirmation, r.reason, r.acknowledged_at,
             r.answered_at);
    id = db_->getLastInsertRowid();
    return {};
  });
  if (!ok) return tl::unexpected(ok.error());
  return id;
}

Result<std::vector<probe::ProbeRecord>> ProbeStore::for_site(const std::string& site) const {
  std::vector<probe::ProbeRecord> records;
  auto ok = guarded(file_, "cannot read the probes", [&]() -> Result<void> {
    SQLite::Statement query(
        *db_,
        "SELECT id, site, page, action, token, sent_at, outcome, http_status, final_url, "
        "confirmation, reason, acknowledged_at, answered_at FROM probes WHERE site = ? "
        "ORDER BY sent_at, id");
    bind_row(query, site);
    while (query.executeStep()) {
      probe::ProbeRecord r;
      r.id = query.getColumn(0).getInt64();
      r.site = query.getColumn(1).getString();
      r.page = query.getColumn(2).getString();
      r.action = query.getColumn(3).getString();
      r.token = query.getColumn(4).getString();
      r.sent_at = query.getColumn(5).getString();
      r.outcome = probe::probe_outcome_from(query.getColumn(6).getString());
      r.http_status = query.getColumn(7).getInt();
      r.final_url = query.getColumn(8).getString();
      r.confirmation = query.getColumn(9).getString();
      r.reason = query.getColumn(10).getString();
      r.acknowledged_at = text_or_empty(query.getColumn(11));
      r.answered_at = text_or_empty(query.getColumn(12));
      records.push_back(std::move(r));
    }
    return {};
  });
  if (!ok) return tl::unexpected(ok.error());
  return records;
}

Result<void> ProbeStore::set_replies(long long id, const std::string& acknowledged_at,
                                     const std::string& answered_at) {
  return guarded(file_, "cannot store the replies", [&]() -> Result<void> {
    // ISO-8601 UTC texts of one length compare as their times do.
    SQLite::Statement update(
        *db_,
        "UPDATE probes SET "
        "acknowledged_at = CASE WHEN ?1 <> '' AND (acknowledged_at IS NULL OR ?1 < "
        "acknowledged_at) THEN ?1 ELSE acknowledged_at END, "
        "answered_at = CASE WHEN ?2 <> '' AND (answered_at IS NULL OR ?2 < answered_at) "
        "THEN ?2 ELSE answered_at END WHERE id = ?3");
    exec_row(update, acknowledged_at, answered_at, id);
    if (db_->getChanges() == 0) {
      return make_error(Error::Code::database, "no probe " + std::to_string(id));
    }
    return {};
  });
}

}  // namespace joignable::store
