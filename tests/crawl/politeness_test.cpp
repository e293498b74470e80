#include "crawl/politeness.h"

#include <catch2/catch.hpp>

namespace joignable::crawl {
namespace {

using std::chrono::milliseconds;

TEST_CASE("politeness caps the requests in flight to one host", "[crawl]") {
  Politeness politeness(2, milliseconds(0));
  const auto now = Politeness::Clock::now();
  politeness.started("http://a", now);
  CHECK(politeness.may_start("http://a", now));
  politeness.started("http://a", now);
  CHECK_FALSE(politeness.may_start("http://a", now));
  CHECK(politeness.may_start("http://b", now));
  politeness.finished("http://a");
  CHECK(politeness.may_start("http://a", now));
}

TEST_CASE("politeness spaces the requests to one host by delay_ms", "[crawl]") {
  Politeness politeness(6, milliseconds(500));
  const auto now = Politeness::Clock::now();
  politeness.started("http://a", now);
  politeness.finished("http://a");
  CHECK_FALSE(politeness.may_start("http://a", now + milliseconds(499)));
  CHECK(politeness.may_start("http://a", now + milliseconds(500)));
  CHECK(politeness.next_start("http://a", now) == now + milliseconds(500));
  CHECK(politeness.next_start("http://b", now) == now);
}

}  // namespace
}  // namespace joignable::crawl
