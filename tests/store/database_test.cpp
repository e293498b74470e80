#include "store/database.h"

#include <fstream>

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include "support/temp_dir.h"

namespace joignable::store {
namespace {

using testing::TempDir;

TEST_CASE("a new database file runs in WAL mode with foreign keys on", "[store]") {
  TempDir dir;
  auto db = open_database(dir / "joignable.db");
  REQUIRE(db);
  CHECK((*db)->execAndGet("PRAGMA journal_mode").getString() == "wal");
  CHECK((*db)->execAndGet("PRAGMA foreign_keys").getInt() == 1);
  CHECK((*db)->execAndGet("PRAGMA synchronous").getInt() == 1);  // NORMAL
  CHECK((*db)->execAndGet("PRAGMA busy_timeout").getInt() == kBusyTimeoutMs);
  CHECK(std::filesystem::exists(dir / "joignable.db"));
}

TEST_CASE("a file that is not a database is an error naming the file", "[store]") {
  TempDir dir;
  const auto file = dir / "garbage.db";
  {
    std::ofstream out(file, std::ios::binary);
    for (int i = 0; i < 512; ++i) out.put(static_cast<char>((i * 37) % 251));
  }
  auto db = open_database(file);
  REQUIRE_FALSE(db);
  CHECK(db.error().code == Error::Code::database);
  CHECK(db.error().file == file.string());
  CHECK(db.error().to_string() ==
        file.string() + ": cannot open the database: file is not a database");
}

TEST_CASE("a database in a missing folder is an error naming the file", "[store]") {
  TempDir dir;
  const auto file = dir / "no-such-folder" / "joignable.db";
  auto db = open_database(file);
  REQUIRE_FALSE(db);
  CHECK(db.error().code == Error::Code::database);
  CHECK(db.error().to_string() ==
        file.string() + ": cannot open the database: unable to open database file");
}

TEST_CASE("guarded turns a SQLite exception into a database error", "[store]") {
  TempDir dir;
  auto db = open_database(dir / "joignable.db");
  REQUIRE(db);
  auto result = guarded("joignable.db", "cannot read", [&]() -> Result<void> {
    (*db)->exec("SELECT * FROM no_such_table");
    return {};
  });
  REQUIRE_FALSE(result);
  CHECK(result.error().code == Error::Code::database);
  CHECK(result.error().to_string() == "joignable.db: cannot read: no such table: no_such_table");
}

TEST_CASE("guarded gives its file to the errors its body returns", "[store]") {
  auto result = guarded("joignable.db", "cannot read", []() -> Result<void> {
    return make_error(Error::Code::database, "no run 3");
  });
  REQUIRE_FALSE(result);
  CHECK(result.error().to_string() == "joignable.db: no run 3");
}

}  // namespace
}  // namespace joignable::store
