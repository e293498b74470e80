#include "crawl/scope.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "crawl/url_family.h"

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
  const target::CrawlOptions options;
  Scope scope(options);
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

// Admits `count` URLs made by `make(i)`; returns how many the scope let through.
template <class Make>
int admit_all(Scope& scope, int count, Make make) {
  int crawled = 0;
  for (int i = 0; i < count; ++i) {
    const std::string url = kSite + make(i);
    if (scope.judge(url) != Scope::Verdict::crawl) continue;
    scope.admitted(url);
    ++crawled;
  }
  return crawled;
}

TEST_CASE("session ids in a path segment make one family, capped", "[crawl][scope]") {
  const target::CrawlOptions options;
  Scope scope(options);
  const auto n = [](int i) { return std::to_string(i); };
  CHECK(admit_all(scope, 300, [&](int i) { return "/sid/abc" + n(i) + "/page"; }) == kMaxFamilyUrls);
  CHECK(admit_all(scope, 300, [&](int i) { return "/s(x" + n(i) + "yz)/page"; }) == kMaxFamilyUrls);
  CHECK(admit_all(scope, 300, [&](int i) { return "/shop;jsessionid=A" + n(i) + "/item"; }) ==
        kMaxFamilyUrls);
  CHECK(admit_all(scope, 300, [&](int i) { return "/a/f0e1d2c3b4a5" + n(1000 + i) + "/x"; }) ==
        kMaxFamilyUrls);
  const auto traps = scope.traps();
  REQUIRE(traps.size() == 4);
  CHECK(traps[0].pattern == "/sid/*/*");
  CHECK(traps[1].pattern == "/s(*)/*");
  CHECK(traps[2].pattern == "/shop;jsessionid=*/*");
  CHECK(traps[3].pattern == "/a/*/*");
  for (const auto& trap : traps) {
    CHECK(trap.reason == "session_id");
    CHECK(trap.skipped == 100);
  }
}

TEST_CASE("faceted-search filters in the path make one family per listing, capped",
          "[crawl][scope]") {
  const target::CrawlOptions options;
  Scope scope(options);
  const std::vector<std::string> colours = {"rouge", "bleu", "vert", "noir", "blanc", "gris"};
  // Each filter in any order, alone or with others: 6 x 6 x 12 x 2 = 864 combinations.
  const int combined = admit_all(scope, 864, [&](int i) {
    const std::string colour = "couleur=" + colours[i % 6];
    const std::string second = "matiere:" + colours[(i / 6) % 6];
    const std::string size = "taille-" + std::to_string(36 + (i / 36) % 12);
    return i % 2 ? "/boutique/" + colour + "/" + second + "/" + size
                 : "/boutique/" + second + "/" + colour;
  });
  CHECK(combined == kMaxFamilyUrls);
  CHECK(admit_all(scope, 300, [](int i) {
          return "/collections/all/red+small" + std::to_string(i);
        }) == kMaxFamilyUrls);
  CHECK(admit_all(scope, 300, [](int i) {
          return "/chaussures/filtre/rouge/" + std::to_string(i % 20) + "-" + std::to_string(i);
        }) == kMaxFamilyUrls);
  std::vector<std::string> patterns;
  for (const auto& trap : scope.traps()) {
    if (trap.reason == "faceted_search") patterns.push_back(trap.pattern);
  }
  CHECK(patterns ==
        std::vector<std::string>{"/boutique/*", "/collections/all/*", "/chaussures/filtre/*"});
  // Words that merely hold a mark are not filters.
  CHECK_FALSE(url_family("/blog/c++-en-10-minutes"));
  CHECK_FALSE(url_family("/note:"));
  CHECK_FALSE(url_family("/mentions-legales"));
  CHECK(url_family("/catalogue/couleur%3Drouge")->reason == "faceted_search");
}

TEST_CASE("a path that deepens at every click and numbered paths are capped", "[crawl][scope]") {
  const target::CrawlOptions options;
  Scope scope(options);
  // Every page links one level deeper, under names of its own.
  const int grown = admit_all(scope, 400, [](int i) {
    return "/maze/room/d" + std::to_string(i % 7) + "/e" + std::to_string(i);
  });
  CHECK(grown == kMaxFamilyUrls);
  CHECK(admit_all(scope, 500, [](int i) {
          return "/agenda/" + std::to_string(2000 + i / 12) + "/" + std::to_string(i % 12);
        }) == kMaxFamilyUrls);
  CHECK(admit_all(scope, 5, [](int i) { return "/contact-" + std::string(1, static_cast<char>('a' + i)); }) == 5);
  bool growing = false, numbered = false;
  for (const auto& trap : scope.traps()) {
    growing = growing || (trap.reason == "growing_path" && trap.pattern == "/maze/room/…");
    numbered = numbered || (trap.reason == "numbered_path" && trap.pattern == "/agenda/*/*");
  }
  CHECK(growing);
  CHECK(numbered);
}

}  // namespace
}  // namespace joignable::crawl
