// The Catch2 runner: the only translation unit that defines main for the tests.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
