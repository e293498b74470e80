#include "store/store_location.h"

#include <cstdlib>
#include <system_error>

namespace joignable::store {
namespace {

// An environment variable holding an absolute path (the XDG rule: relative values are ignored).
std::filesystem::path absolute_env(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr || value[0] != '/') return {};
  return value;
}

}  // namespace

Result<std::filesystem::path> default_store_file() {
  std::filesystem::path data_home = absolute_env("XDG_DATA_HOME");
  if (data_home.empty()) {
    const std::filesystem::path home = absolute_env("HOME");
    if (home.empty()) {
      return make_error(Error::Code::usage,
                        "no default store: HOME and XDG_DATA_HOME are unset; give --db FILE", {}, 0,
                        "--db");
    }
    data_home = home / ".local" / "share";
  }
  const std::filesystem::path folder = data_home / "joignable";
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec) {
    return make_error(Error::Code::io, "cannot create the store's folder: " + ec.message(),
                      folder.string());
  }
  return folder / "joignable.db";
}

}  // namespace joignable::store
