// Keeps every test away from the user's own joignable store and settings: before any test runs,
// XDG_DATA_HOME points at a temporary folder (removed at exit) and the JOIGNABLE_* variables a
// user or CI job may have set are cleared, for this process and the joignable processes it
// starts. JOIGNABLE_DATA_DIR stays: it says where the rules and templates are.
#include <cstdlib>

#include "support/temp_dir.h"

namespace joignable::testing {
namespace {

struct IsolatedStore {
  TempDir data_home;
  IsolatedStore() {
    setenv("XDG_DATA_HOME", data_home.path().c_str(), 1);
    for (const char* name :
         {"JOIGNABLE_DB", "JOIGNABLE_OUT", "JOIGNABLE_FORMAT", "JOIGNABLE_LANG",
          "JOIGNABLE_BASELINE", "JOIGNABLE_FAIL_UNDER", "JOIGNABLE_FAIL_UNDER_CATEGORY",
          "JOIGNABLE_FAIL_ON", "JOIGNABLE_STRICT", "JOIGNABLE_MAX_PAGES", "JOIGNABLE_CONCURRENCY",
          "JOIGNABLE_QUIET"}) {
      unsetenv(name);
    }
  }
};

// A static in the test executable itself (not a library), so the linker keeps it.
const IsolatedStore kIsolatedStore;

}  // namespace
}  // namespace joignable::testing
