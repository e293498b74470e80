// What RunStore's pimpl holds, shared by run_store.cpp (opening and writing) and
// run_store_load.cpp (reading). Internal to store/. Not thread-safe.
#pragma once

#include <memory>
#include <string>

#include <SQLiteCpp/SQLiteCpp.h>

#include "store/run_store.h"
#include "util/result.h"

namespace joignable::store {

struct RunStore::Impl {
  std::string file;  // as given to open(), for error messages
  std::unique_ptr<SQLite::Database> db;
  // load_analysis's query, prepared on first use; declared after db, so it goes first.
  std::unique_ptr<SQLite::Statement> analysis_query;
};

// Fails with "no run N" when `run` is not in the database.
[[nodiscard]] Result<void> require_run(SQLite::Database& db, long long run);

}  // namespace joignable::store
