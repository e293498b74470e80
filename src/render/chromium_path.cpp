#include "render/chromium_path.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
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

namespace {

// Removes "<prefix><pid>-XXXXXX" folders in `temp` whose process no longer runs.
void remove_orphan_profiles(const std::filesystem::path& temp, const std::string& prefix) {
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(temp, error)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) != 0 || !entry.is_directory(error)) continue;
    const std::string rest = name.substr(prefix.size());
    const auto dash = rest.find('-');
    if (dash == 0 || dash == std::string::npos ||
        rest.find_first_not_of("0123456789") != dash) {
      continue;
    }
    const auto owner = static_cast<pid_t>(std::strtol(rest.substr(0, dash).c_str(), nullptr, 10));
    if (owner > 0 && ::kill(owner, 0) != 0 && errno == ESRCH) {
      std::filesystem::remove_all(entry.path(), error);
    }
  }
}

}  // namespace

Result<std::string> make_browser_profile(std::string_view purpose) {
  const std::filesystem::path temp = std::filesystem::temp_directory_path();
  const std::string prefix = "joignable-" + std::string(purpose) + "-";
  remove_orphan_profiles(temp, prefix);
  std::string profile = (temp / (prefix + std::to_string(::getpid()) + "-XXXXXX")).string();
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
