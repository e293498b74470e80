#include "util/edit_distance.h"

#include <catch2/catch.hpp>

namespace joignable::util {

TEST_CASE("edit distance counts insertions, deletions and substitutions", "[util]") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("max_pages", "max_pages") == 0);
  CHECK(edit_distance("max_page", "max_pages") == 1);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("", "abc") == 3);
}

TEST_CASE("closest match suggests a near key and nothing for a far one", "[util]") {
  const std::vector<std::string> keys = {"max_pages", "max_depth", "delay_ms"};
  CHECK(closest_match("max_page", keys) == "max_pages");
  CHECK(closest_match("max_dept", keys) == "max_depth");
  CHECK_FALSE(closest_match("user_agent_string", keys).has_value());
}

}  // namespace joignable::util
