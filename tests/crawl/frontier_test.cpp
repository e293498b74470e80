#include "crawl/frontier.h"

#include <catch2/catch.hpp>

namespace joignable::crawl {
namespace {

TEST_CASE("the frontier admits each URL once", "[crawl]") {
  Frontier frontier(10, 5);
  CHECK(frontier.add("http://a/", 0) == Frontier::Admission::queued);
  CHECK(frontier.add("http://a/", 1) == Frontier::Admission::seen);
  frontier.mark_seen("http://a/final");
  CHECK(frontier.add("http://a/final", 1) == Frontier::Admission::seen);
  CHECK(frontier.queued() == 1);
}

TEST_CASE("the frontier hands out the shallowest page first, oldest among equals", "[crawl]") {
  Frontier frontier(10, 5);
  frontier.add("http://a/deep", 3);
  frontier.add("http://a/one", 1);
  frontier.add("http://a/two", 1);
  CHECK(frontier.next()->url == "http://a/one");
  CHECK(frontier.next()->url == "http://a/two");
  const auto last = frontier.next();
  CHECK(last->url == "http://a/deep");
  CHECK(last->depth == 3);
  CHECK_FALSE(frontier.next().has_value());
}

TEST_CASE("the frontier stops at max_depth and max_pages", "[crawl]") {
  Frontier frontier(2, 1);
  CHECK(frontier.add("http://a/far", 2) == Frontier::Admission::too_deep);
  CHECK(frontier.add("http://a/", 0) == Frontier::Admission::queued);
  CHECK(frontier.add("http://a/b", 1) == Frontier::Admission::queued);
  CHECK(frontier.add("http://a/c", 1) == Frontier::Admission::over_limit);
  // A URL refused for depth may come back through a shorter path.
  CHECK_FALSE(frontier.seen("http://a/far"));
}

TEST_CASE("listed pages come after every click depth, beyond max_depth, within max_pages",
          "[crawl]") {
  Frontier frontier(4, 1);
  CHECK(frontier.add("http://a/", 0) == Frontier::Admission::queued);
  CHECK(frontier.add("http://a/listed", kListedDepth) == Frontier::Admission::queued);
  CHECK(frontier.add("http://a/linked-from-listed", kListedDepth + 1) ==
        Frontier::Admission::queued);
  CHECK(frontier.add("http://a/clicked", 1) == Frontier::Admission::queued);
  CHECK(frontier.add("http://a/more", kListedDepth) == Frontier::Admission::over_limit);
  CHECK(frontier.next()->url == "http://a/");
  CHECK(frontier.next()->url == "http://a/clicked");
  CHECK(frontier.next()->url == "http://a/listed");
  CHECK(frontier.next()->url == "http://a/linked-from-listed");
}

}  // namespace
}  // namespace joignable::crawl
