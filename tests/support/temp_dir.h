// TempDir: a fresh, empty directory under std::filesystem::temp_directory_path() for one test,
// removed with everything in it when the TempDir goes out of scope. Not copyable; thread-compatible
// (two TempDirs never share a directory).
#pragma once

#include <filesystem>

namespace joignable::testing {

class TempDir {
 public:
  // Aborts with a message when the directory cannot be made: a test without it cannot run.
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // path() / name: a file or folder inside the directory.
  std::filesystem::path operator/(const std::filesystem::path& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

}  // namespace joignable::testing
