#include "util/data_dir.h"

#include <cstdlib>

#include "util/build_info.h"

namespace joignable::util {

std::filesystem::path data_dir() {
  if (const char* dir = std::getenv("JOIGNABLE_DATA_DIR"); dir != nullptr && *dir != '\0') {
    return dir;
  }
  return build_info::kSourceDir;
}

}  // namespace joignable::util
