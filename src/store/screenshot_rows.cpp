#include "store/screenshot_rows.h"

#include <string>

#include "store/database.h"
#include "store/run_store_impl.h"
#include "store/statement.h"

namespace joignable::store {

void write_screenshots(SQLite::Database& db, long long run,
                       const std::vector<render::Screenshot>& shots) {
  SQLite::Statement insert(db,
                           "INSERT INTO screenshots (run_id, position, page_url, role, width, "
                           "height, mobile, quality, phones, forms, hours, jpeg) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  int position = 0;
  for (const render::Screenshot& shot : shots) {
    bind_row(insert, run, position++, shot.page, shot.role, shot.width, shot.height, shot.mobile,
             shot.quality, shot.outlined.phones, shot.outlined.forms, shot.outlined.hours);
    insert.bind(12, shot.jpeg.data(), static_cast<int>(shot.jpeg.size()));
    insert.exec();
  }
}

std::vector<render::Screenshot> read_screenshots(SQLite::Database& db, long long run) {
  SQLite::Statement query(db,
                          "SELECT page_url, role, width, height, mobile, quality, phones, forms, "
                          "hours, jpeg FROM screenshots WHERE run_id = ? ORDER BY position");
  bind_row(query, run);
  std::vector<render::Screenshot> shots;
  while (query.executeStep()) {
    render::Screenshot shot;
    shot.page = query.getColumn(0).getString();
    shot.role = query.getColumn(1).getString();
    shot.width = query.getColumn(2).getInt();
    shot.height = query.getColumn(3).getInt();
    shot.mobile = flag(query.getColumn(4));
    shot.quality = query.getColumn(5).getInt();
    shot.outlined = {query.getColumn(6).getInt(), query.getColumn(7).getInt(),
                     query.getColumn(8).getInt()};
    const SQLite::Column jpeg = query.getColumn(9);
    shot.jpeg.assign(static_cast<const char*>(jpeg.getBlob()),
                     static_cast<std::size_t>(jpeg.getBytes()));
    shots.push_back(std::move(shot));
  }
  return shots;
}

Result<std::vector<render::Screenshot>> RunStore::load_screenshots(long long run) const {
  std::vector<render::Screenshot> shots;
  auto done = guarded(impl_->file, "cannot read the screenshots of run " + std::to_string(run),
                      [&]() -> Result<void> {
                        if (auto known = require_run(*impl_->db, run); !known) return known;
                        shots = read_screenshots(*impl_->db, run);
                        return {};
                      });
  if (!done) return tl::unexpected(done.error());
  return shots;
}

}  // namespace joignable::store
