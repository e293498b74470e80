// A run's screenshots in the store (migration 8): written by finish_run with the rest of what the
// report concluded, read back by RunStore::load_screenshots. Internal to store/. Not thread-safe.
#pragma once

#include <vector>

#include <SQLiteCpp/SQLiteCpp.h>

#include "render/screenshot.h"

namespace joignable::store {

void write_screenshots(SQLite::Database& db, long long run,
                       const std::vector<render::Screenshot>& shots);
std::vector<render::Screenshot> read_screenshots(SQLite::Database& db, long long run);

}  // namespace joignable::store
