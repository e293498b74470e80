#include "crawl/scope.h"

#include <catch2/catch.hpp>

namespace joignable::crawl {
namespace {

const std::string kSite = "https://a.fr";

TEST_CASE("include and exclude globs decide over path and query", "[crawl][scope]") {
  target::CrawlOptions options;
  options.include = {"/shop/*", "/contact*"};
  options.exclude = {"/shop/cart*", "*?print=*"};
  Scope scope(options);
  CHECK(scope.judge(kSite + "/shop/shoes") == Scope::Verdict::crawl);
  CHECK(scope.judge(kSite + "/contact") == Scope::Verdict::crawl);
  CHECK(scope.judge(kSite + "/blog/post") == Scope::Verdict::excluded);
  CHECK(scope.judge(kSite + "/shop/cart?add=1") == Scope::Verdict::excluded);
  CHECK(scope.judge(kSite + "/shop/shoes?print=1") == Scope::Verdict::excluded);
  CHECK(scope.traps().empty());
}

TEST_CASE("a path takes a bounded number of distinct queries", "[crawl][scope]") {
  target::CrawlOptions options;
  options.max_queries_per_path = 3;
  Scope scope(options);
  for (int month = 0; month < 3; ++month) {
    const std::string url = kSite + "/agenda?m=" + std::to_string(month);
    REQUIRE(scope.judge(url) == Scope::Verdict::crawl);
    scope.admitted(url);
  }
  CHECK(scope.judge(kSite + "/agenda?m=3") == Scope::Verdict::trap);
  CHECK(scope.judge(kSite + "/agenda?m=4") == Scope::Verdict::trap);
  CHECK(scope.judge(kSite + "/agenda") == Scope::Verdict::crawl);  // no query: not the trap
  CHECK(scope.judge(kSite + "/news?page=9") == Scope::Verdict::crawl);
  const auto traps = scope.traps();
  REQUIRE(traps.size() == 1);
  CHECK(traps[0].pattern == "/agenda?*");
  CHECK(traps[0].reason == "too_many_queries");
  CHECK(traps[0].example == kSite + "/agenda?m=3");
  CHECK(traps[0].skipped == 2);
}

TEST_CASE("paths that grow by repeating themselves are traps", "[crawl][scope]") {
  Scope scope(target::CrawlOptions{});
  CHECK(scope.judge(kSite + "/a/b/a/b/a/b") == Scope::Verdict::crawl);
  CHECK(scope.judge(kSite + "/a/b/a/b/a/b/a/b") == Scope::Verdict::trap);
  std::string deep;
  for (int i = 0; i < 30; ++i) deep += "/s" + std::to_string(i);
  CHECK(scope.judge(kSite + deep) == Scope::Verdict::trap);
  const auto traps = scope.traps();
  REQUIRE(traps.size() == 2);
  CHECK(traps[0].reason == "repeated_segment");
  CHECK(traps[1].reason == "path_too_deep");
}

}  // namespace
}  // namespace joignable::crawl
