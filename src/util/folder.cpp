#include "util/folder.h"

namespace joignable::util {

Result<void> make_folder(const std::filesystem::path& path) {
  std::error_code ec;
  std::filesystem::create_directories(path, ec);
  if (ec) return make_error(Error::Code::io, "cannot create folder: " + ec.message(), path.string());
  return {};
}

}  // namespace joignable::util
