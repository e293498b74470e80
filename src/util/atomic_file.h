// Writing a file so that a reader sees either the old file or the whole new one, never half of
// it (a CI job that is killed, or a viewer reloading the report mid-write): the text goes to a
// temporary file in the same folder, which is then renamed over the target. Thread-safe for
// distinct paths.
#pragma once

#include <filesystem>
#include <functional>
#include <ostream>

#include "util/result.h"

namespace joignable::util {

// Calls `write` with a stream on "<path>.tmp-<pid>", then renames that file to `path`. When
// `write` fails or the file cannot be written or renamed, the temporary file is removed, `path`
// is left as it was, and the Error names `path`.
[[nodiscard]] Result<void> write_file_atomically(
    const std::filesystem::path& path, const std::function<Result<void>(std::ostream&)>& write);

}  // namespace joignable::util
