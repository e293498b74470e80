#include "util/folder.h"

#include <fstream>

#include <catch2/catch.hpp>

#include "support/temp_dir.h"

namespace joignable::util {

TEST_CASE("make_folder creates a folder with its parents, or names the one it cannot create",
          "[util]") {
  const testing::TempDir dir;
  CHECK(make_folder(dir / "a" / "b"));
  CHECK(std::filesystem::is_directory(dir / "a" / "b"));
  CHECK(make_folder(dir / "a" / "b"));  // already there: fine
  std::ofstream(dir / "file") << "x";
  const Result<void> under_a_file = make_folder(dir / "file" / "out");
  REQUIRE_FALSE(under_a_file);
  CHECK(under_a_file.error().to_string().find((dir / "file" / "out").string()) !=
        std::string::npos);
  CHECK(under_a_file.error().to_string().find("cannot create folder") != std::string::npos);
}

}  // namespace joignable::util
