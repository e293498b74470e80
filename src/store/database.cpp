#include "store/database.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace joignable::store {

Result<std::unique_ptr<SQLite::Database>> open_database(const std::filesystem::path& file) {
  std::unique_ptr<SQLite::Database> db;
  auto opened = guarded(file.string(), "cannot open the database", [&]() -> Result<void> {
    db = std::make_unique<SQLite::Database>(file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE,
                                            kBusyTimeoutMs);
    // SQLite reads the file lazily: this first statement is what rejects a file that is not a
    // database. WAL lets `history` read while an audit writes.
    db->exec("PRAGMA journal_mode = WAL");
    db->exec("PRAGMA foreign_keys = ON");
    db->exec("PRAGMA synchronous = NORMAL");
    return {};
  });
  if (!opened) return tl::unexpected(opened.error());
  return db;
}

Result<void> guarded(const std::string& file, std::string_view what,
                     const std::function<Result<void>()>& body) {
  try {
    auto result = body();
    if (!result && result.error().file.empty()) result.error().file = file;
    return result;
  } catch (const SQLite::Exception& e) {
    return make_error(Error::Code::database, std::string(what) + ": " + e.what(), file);
  }
}

}  // namespace joignable::store
