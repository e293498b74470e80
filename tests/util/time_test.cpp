#include "util/time.h"

#include <catch2/catch.hpp>

namespace util = joignable::util;

TEST_CASE("ISO-8601 times read back to the second, offsets included", "[util]") {
  CHECK(util::to_iso8601(0) == "1970-01-01T00:00:00Z");
  CHECK(util::parse_iso8601("2026-11-23T09:58:00Z") == 1795427880);
  CHECK(util::to_iso8601(1795427880) == "2026-11-23T09:58:00Z");
  CHECK(util::parse_iso8601("2026-11-23T10:58:00+01:00") == 1795427880);
  CHECK(util::parse_iso8601("2026-11-23T04:28:00-05:30") == 1795427880);
  CHECK_FALSE(util::parse_iso8601("2026-11-23 09:58:00Z"));
  CHECK_FALSE(util::parse_iso8601("2026-11-23T09:58:00"));
  CHECK_FALSE(util::parse_iso8601("yesterday"));
}
