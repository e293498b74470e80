// Browser tests need Debian's chromium (CI installs it with .ci/install-deps). Catch2 2 has no
// SKIP: a machine without it gets a warning naming what is missing, and the test checks nothing.
#pragma once

#include <catch2/catch.hpp>

#include "render/chromium_path.h"

namespace joignable::testing {

// Whether Chromium is installed; warns "SKIPPED: ..." when it is not.
inline bool chromium_or_skip() {
  if (render::is_executable(render::find_chromium())) return true;
  WARN("SKIPPED: chromium is not installed (run .ci/install-deps): browser test not run");
  return false;
}

}  // namespace joignable::testing
