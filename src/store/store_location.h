// Where the store lives when no --db and no JOIGNABLE_DB say otherwise: one file per user, so
// that `history`, `compare` and what-changed work without flags, following the XDG base
// directory specification. Reads the environment; thread-safe as long as nobody changes it.
#pragma once

#include <filesystem>

#include "util/result.h"

namespace joignable::store {

// $XDG_DATA_HOME/joignable/joignable.db when XDG_DATA_HOME is set to an absolute path, else
// $HOME/.local/share/joignable/joignable.db. Creates the joignable folder when missing. Fails when
// neither variable is usable or the folder cannot be made.
[[nodiscard]] Result<std::filesystem::path> default_store_file();

}  // namespace joignable::store
