#include "render/chromium_path.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

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

Result<std::string> make_browser_profile(std::string_view purpose) {
  std::string profile = (std::filesystem::temp_directory_path() /
                         ("joignable-" + std::string(purpose) + "-XXXXXX"))
                            .string();
  if (::mkdtemp(profile.data()) == nullptr) {
    return make_error(Error::Code::io, "cannot create a temporary browser profile");
  }
  return profile;
}

std::vector<std::string> headless_args(const std::string& chromium, const std::string& profile) {
  // "--headless" is the new headless mode, the only one Debian 12's Chromium has.
  std::vector<std::string> args = {chromium,
                                   "--headless",
                                   "--user-data-dir=" + profile,
                                   "--no-first-run",
                                   "--disable-gpu",
                                   "--disable-extensions",
                                   "--disable-background-networking",
                                   "--disable-component-update",
                                   "--disable-sync"};
  if (::geteuid() == 0) args.insert(args.begin() + 1, "--no-sandbox");
  return args;
}

}  // namespace joignable::render
