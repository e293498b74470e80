// The database schema as an ordered list of migration steps. PRAGMA user_version holds how many
// steps a file has had; opening a file applies the missing ones in one transaction, and refuses a
// file written by a newer joignable. Steps are never edited once released: a change to the schema
// is a new step at the end. Internal to store/.
#pragma once

#include <string>

#include "util/result.h"

namespace SQLite {
class Database;
}

namespace joignable::store {

// The schema version this joignable writes: the number of migration steps.
int latest_schema_version();

// Brings `db` to latest_schema_version(), in one IMMEDIATE transaction so two processes opening
// the same new file do not both migrate it. Fails, naming `file`, when the file's version is newer
// than latest_schema_version(), when it has tables but no version (another program's database),
// or when a step fails; the file is then left as it was.
[[nodiscard]] Result<void> migrate(SQLite::Database& db, const std::string& file);

}  // namespace joignable::store
