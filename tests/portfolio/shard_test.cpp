#include "portfolio/shard.h"

#include <set>

#include <catch2/catch.hpp>

namespace joignable::portfolio {
namespace {

std::vector<PortfolioTarget> sites(int count, int first = 0) {
  std::vector<PortfolioTarget> targets;
  for (int i = first; i < first + count; ++i) {
    const std::string url = "https://client-" + std::to_string(i) + ".example/";
    targets.push_back({url, url, readable_slug(url)});
  }
  return targets;
}

}  // namespace

TEST_CASE("a shard is read from K/N, or /N with JOB_COMPLETION_INDEX", "[portfolio]") {
  auto shard = parse_shard("2/3", std::nullopt);
  REQUIRE(shard.has_value());
  CHECK(shard->index == 2);
  CHECK(shard->count == 3);
  auto indexed = parse_shard("/4", "0");
  REQUIRE(indexed.has_value());
  CHECK(indexed->index == 1);
  CHECK(indexed->count == 4);
  CHECK(parse_shard("/4", "3")->index == 4);
  for (const char* bad : {"3", "0/3", "4/3", "a/3", "1/0", "1/", "/3"}) {
    CAPTURE(bad);
    const auto parsed = parse_shard(bad, std::nullopt);
    REQUIRE_FALSE(parsed.has_value());
    CHECK(parsed.error().key == "--shard");
  }
  CHECK_FALSE(parse_shard("/4", "4").has_value());
  CHECK_FALSE(parse_shard("/4", "x").has_value());
}

TEST_CASE("shards are disjoint, cover every target, and are fairly even", "[portfolio]") {
  const auto targets = sites(300);
  std::set<std::string> seen;
  for (int k = 1; k <= 3; ++k) {
    const auto mine = select_shard(targets, {k, 3});
    CHECK(mine.size() > 70);  // 100 expected; FNV-1a spreads these names well
    CHECK(mine.size() < 130);
    for (const auto& target : mine) CHECK(seen.insert(target.identity).second);
  }
  CHECK(seen.size() == targets.size());
}

TEST_CASE("adding targets never moves a target to another shard", "[portfolio]") {
  const auto before = sites(50);
  auto after = sites(50, 1000);
  after.insert(after.begin() + 25, before.begin(), before.end());
  std::set<std::string> old_targets;
  for (const auto& target : before) old_targets.insert(target.identity);
  for (int k = 1; k <= 4; ++k) {
    std::set<std::string> old_share, new_share;
    for (const auto& target : select_shard(before, {k, 4})) old_share.insert(target.identity);
    for (const auto& target : select_shard(after, {k, 4})) {
      if (old_targets.contains(target.identity)) new_share.insert(target.identity);
    }
    CHECK(old_share == new_share);
  }
  // Pinned: the hash is FNV-1a 64, the same on every machine and every build.
  CHECK(stable_hash("") == 14695981039346656037ULL);
  CHECK(stable_hash("a") == 0xaf63dc4c8601ec8cULL);
}

}  // namespace joignable::portfolio
