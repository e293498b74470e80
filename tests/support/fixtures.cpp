#include "support/fixtures.h"

#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

namespace joignable::testing {

std::string fixture_page(const std::string& relative) {
  const std::string path = std::string(JOIGNABLE_TEST_FIXTURES) + "/pages/" + relative;
  std::ifstream in(path, std::ios::binary);
  INFO(path);
  REQUIRE(in);
  std::stringstream content;
  content << in.rdbuf();
  return content.str();
}

}  // namespace joignable::testing
