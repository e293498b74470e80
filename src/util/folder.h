// Creating the folder a command writes into, with an Error that names it when it cannot be.
#pragma once

#include <filesystem>

#include "util/result.h"

namespace joignable::util {

// Creates `path` and its parents when missing; an existing folder is fine.
[[nodiscard]] Result<void> make_folder(const std::filesystem::path& path);

}  // namespace joignable::util
