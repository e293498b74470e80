#include "support/temp_dir.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <system_error>

#include <unistd.h>

namespace joignable::testing {

TempDir::TempDir() {
  std::error_code error;
  const std::filesystem::path base = std::filesystem::temp_directory_path(error);
  // mkdtemp picks the unique name atomically, so parallel test processes never collide.
  std::string pattern =
      ((error ? std::filesystem::path("/tmp") : base) / "joignable-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    std::perror(("cannot make a temporary directory " + pattern).c_str());
    std::abort();
  }
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;  // a leftover temporary directory must not fail the test
  std::filesystem::remove_all(path_, ignored);
}

}  // namespace joignable::testing
