#include "util/atomic_file.h"

#include <fstream>
#include <system_error>

#include <unistd.h>

namespace joignable::util {

Result<void> write_file_atomically(const std::filesystem::path& path,
                                   const std::function<Result<void>(std::ostream&)>& write) {
  std::filesystem::path temporary = path;
  temporary += ".tmp-" + std::to_string(::getpid());
  std::error_code ignored;
  const auto fail = [&](Error error) -> Result<void> {
    std::filesystem::remove(temporary, ignored);
    if (error.file.empty()) error.file = path.string();
    return tl::unexpected(std::move(error));
  };
  std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
  if (!out) {
    return fail(Error{Error::Code::io, "cannot create a temporary file next to it", {}, 0, {}});
  }
  if (auto written = write(out); !written) return fail(written.error());
  out.close();
  if (!out) return fail(Error{Error::Code::io, "cannot write", {}, 0, {}});
  std::error_code ec;
  std::filesystem::rename(temporary, path, ec);
  if (ec) return fail(Error{Error::Code::io, "cannot replace: " + ec.message(), {}, 0, {}});
  return {};
}

}  // namespace joignable::util
