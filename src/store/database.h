// The SQLite connection behind the store: opening a file with the pragmas every joignable
// database runs under, and the one place where SQLiteCpp's exceptions become Errors. Internal to
// store/: other stages use run_store.h. A connection is not thread-safe; several processes may
// share one file (WAL, busy timeout).
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "util/result.h"

namespace SQLite {
class Database;
}

namespace joignable::store {

// How long a writer waits for another process's lock before giving up, in milliseconds.
inline constexpr int kBusyTimeoutMs = 5000;

// Opens (creating it when missing) `file` with journal_mode=WAL, foreign_keys=ON,
// synchronous=NORMAL and the busy timeout. Fails when the file cannot be opened or is not a
// SQLite database; the Error names the file. Does not migrate (see migrations.h).
[[nodiscard]] Result<std::unique_ptr<SQLite::Database>> open_database(
    const std::filesystem::path& file);

// Runs `body`, turning a SQLite::Exception into Error{database, "<what>: <sqlite message>", file}.
// Errors that `body` returns itself pass through, given `file` when they name none.
[[nodiscard]] Result<void> guarded(const std::string& file, std::string_view what,
                                   const std::function<Result<void>()>& body);

}  // namespace joignable::store
