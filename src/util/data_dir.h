// Where joignable finds its data folders (rules/, reports/, targets/demo/): JOIGNABLE_DATA_DIR
// when set, else the source tree the binary was built from. Thread-safe.
#pragma once

#include <filesystem>

namespace joignable::util {

std::filesystem::path data_dir();

}  // namespace joignable::util
