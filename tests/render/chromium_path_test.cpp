// The browser profile folders: one per run, named with its process, and those of a joignable
// that was killed removed at the next start.
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include <catch2/catch.hpp>

#include "render/chromium_path.h"

namespace joignable::testing {
namespace {

namespace fs = std::filesystem;

// The PID of a process that has ended and been reaped.
pid_t ended_process() {
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  ::waitpid(child, nullptr, 0);
  return child;
}

}  // namespace

TEST_CASE("a profile folder is named with its process, and a killed run's goes at the next start",
          "[render]") {
  const fs::path temp = fs::temp_directory_path();
  const std::string prefix = "joignable-orphan-test-";
  const fs::path orphan = temp / (prefix + std::to_string(ended_process()) + "-a1b2c3");
  const fs::path alive = temp / (prefix + std::to_string(::getpid()) + "-d4e5f6");
  const fs::path other = temp / (prefix + "cache");
  for (const fs::path& folder : {orphan, alive, other}) fs::create_directories(folder / "Default");

  const auto profile = render::make_browser_profile("orphan-test");
  REQUIRE(profile.has_value());
  const std::string name = fs::path(*profile).filename().string();
  CHECK(name.rfind(prefix + std::to_string(::getpid()) + "-", 0) == 0);
  CHECK(fs::is_directory(*profile));
  CHECK_FALSE(fs::exists(orphan));
  CHECK(fs::exists(alive));
  CHECK(fs::exists(other));

  for (const fs::path& folder : {fs::path(*profile), alive, other}) fs::remove_all(folder);
}

}  // namespace joignable::testing
