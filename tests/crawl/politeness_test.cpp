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

namespace joignable::crawl {
namespace {

TEST_CASE("a host's own delay and pause come on top of delay_ms", "[crawl][retry]") {
  using std::chrono::milliseconds;
  Politeness politeness(4, milliseconds(100));
  const auto now = Politeness::Clock::now();
  politeness.set_delay("http://slow", milliseconds(2000));
  politeness.started("http://slow", now);
  politeness.started("http://fast", now);
  CHECK(politeness.next_start("http://slow", now) == now + milliseconds(2000));
  CHECK(politeness.next_start("http://fast", now) == now + milliseconds(100));

  politeness.pause("http://fast", now + milliseconds(5000));
  CHECK(politeness.next_start("http://fast", now) == now + milliseconds(5000));
  CHECK_FALSE(politeness.may_start("http://fast", now + milliseconds(4999)));
  CHECK(politeness.may_start("http://fast", now + milliseconds(5000)));
  // A pause never shortens an earlier, longer one.
  politeness.pause("http://fast", now + milliseconds(10));
  CHECK(politeness.next_start("http://fast", now) == now + milliseconds(5000));
  // A host never seen may be paused before its first request.
  politeness.pause("http://new", now + milliseconds(300));
  CHECK_FALSE(politeness.may_start("http://new", now));
}

}  // namespace
}  // namespace joignable::crawl
