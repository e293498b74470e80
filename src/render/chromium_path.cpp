#include "render/chromium_path.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

namespace joignable::render {

bool is_executable(const std::string& path) {
  return !path.empty() && ::access(path.c_str(), X_OK) == 0 &&
         !std::filesystem::is_directory(path);
}

std::string find_chromium() {
  if (const char* chosen = std::getenv("JOIGNABLE_CHROMIUM"); chosen != nullptr && *chosen) {
    return chosen;
  }
  const char* path = std::getenv("PATH");
  std::string dirs = path != nullptr ? path : "/usr/bin:/bin";
  for (const char* name : {"chromium", "chromium-browser", "google-chrome"}) {
    std::size_t start = 0;
    while (start <= dirs.size()) {
      std::size_t end = dirs.find(':', start);
      if (end == std::string::npos) end = dirs.size();
      const std::filesystem::path candidate =
          std::filesystem::path(dirs.substr(start, end - start)) / name;
      if (end > start && is_executable(candidate.string())) return candidate.string();
      start = end + 1;
    }
  }
  return is_executable("/usr/bin/chromium") ? "/usr/bin/chromium" : "";
}

}  // namespace joignable::render
