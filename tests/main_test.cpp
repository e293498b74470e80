// The Catch2 runner: the only translation unit that defines main for the tests.
//
// Every joignable the tests start, and every in-process compare, skips the screenshots unless
// the test asks for them (`env -u JOIGNABLE_NO_SCREENSHOTS ...`, as tests/e2e/screenshots_test.cpp
// does): each would start Chromium, which costs seconds per audit. `demo` always takes them, so
// the demo's tests see the report as a user does.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <cstdlib>

int main(int argc, char* argv[]) {
  ::setenv("JOIGNABLE_NO_SCREENSHOTS", "1", 0);
  return Catch::Session().run(argc, argv);
}
