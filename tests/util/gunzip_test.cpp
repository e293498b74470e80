#include "util/gunzip.h"

#include <catch2/catch.hpp>

#include "support/gzip.h"

namespace joignable::util {
namespace {

using testing::gzip;
using testing::GzipPart;
using Status = Gunzipped::Status;

TEST_CASE("gunzip recognises gzip by its magic number", "[util]") {
  REQUIRE(is_gzip(gzip("x")));
  REQUIRE(is_gzip("\x1f\x8b"));
  REQUIRE_FALSE(is_gzip("\x1f"));
  REQUIRE_FALSE(is_gzip("<urlset/>"));
  REQUIRE_FALSE(is_gzip(""));
}

TEST_CASE("gunzip inflates a member, concatenated members and ignores trailing garbage",
          "[util]") {
  const std::string one = gzip("hello ");
  const std::string two = gzip("world");
  const auto [what, input, expected] = GENERATE_COPY(table<std::string, std::string, std::string>({
      {"one member", one, "hello "},
      {"two members", one + two, "hello world"},
      {"NUL padding after the member", one + std::string(16, '\0'), "hello "},
      {"empty content", gzip(""), ""},
  }));
  CAPTURE(what);
  const Gunzipped result = gunzip(input, 1024);
  REQUIRE(result.status == Status::complete);
  REQUIRE(result.bytes == expected);
}

TEST_CASE("gunzip reports cut or damaged data as corrupt and keeps what inflated", "[util]") {
  const std::string whole = gzip({GzipPart{"0123456789", 10'000}});
  const Gunzipped cut = gunzip(whole.substr(0, whole.size() - 4), 1'000'000);
  REQUIRE(cut.status == Status::corrupt);
  REQUIRE(cut.bytes.size() <= 100'000);
  std::string damaged = whole;
  damaged[damaged.size() - 6] ^= 0x55;  // the CRC no longer matches
  REQUIRE(gunzip(damaged, 1'000'000).status == Status::corrupt);
  REQUIRE(gunzip("\x1f\x8b garbage", 1'000).status == Status::corrupt);
}

TEST_CASE("gunzip stops a gzip bomb at the cap", "[util]") {
  const std::string kilobyte(1024, 'a');
  const std::string bomb = gzip({GzipPart{kilobyte, 100 * 1024}});  // 100 MiB inflated
  REQUIRE(bomb.size() < 200 * 1024);
  const Gunzipped result = gunzip(bomb, 1024 * 1024);
  REQUIRE(result.status == Status::capped);
  REQUIRE(result.bytes.size() == 1024 * 1024);
}

TEST_CASE("gunzip output exactly at the cap is complete", "[util]") {
  const Gunzipped result = gunzip(gzip({GzipPart{"abcd", 1000}}), 4000);
  REQUIRE(result.status == Status::complete);
  REQUIRE(result.bytes.size() == 4000);
}

}  // namespace
}  // namespace joignable::util
