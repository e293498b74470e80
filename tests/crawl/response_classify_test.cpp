#include "crawl/response_classify.h"

#include <optional>

#include <catch2/catch.hpp>
#include <curl/curl.h>

namespace joignable::crawl {
namespace {

TEST_CASE("libcurl results map to the contract's net errors", "[crawl]") {
  CHECK(net_error_from_curl(CURLE_OK) == NetError::none);
  CHECK(net_error_from_curl(CURLE_OPERATION_TIMEDOUT) == NetError::timeout);
  CHECK(net_error_from_curl(CURLE_COULDNT_RESOLVE_HOST) == NetError::dns);
  CHECK(net_error_from_curl(CURLE_COULDNT_CONNECT) == NetError::connect);
  CHECK(net_error_from_curl(CURLE_PEER_FAILED_VERIFICATION) == NetError::tls);
  CHECK(net_error_from_curl(CURLE_SSL_CONNECT_ERROR) == NetError::tls);
  CHECK(net_error_from_curl(CURLE_RECV_ERROR) == NetError::reset);
  CHECK(net_error_from_curl(CURLE_GOT_NOTHING) == NetError::reset);
  CHECK(net_error_from_curl(CURLE_PARTIAL_FILE) == NetError::reset);
  CHECK(net_error_from_curl(CURLE_TOO_MANY_REDIRECTS) == NetError::too_many_redirects);
  CHECK(net_error_from_curl(CURLE_UNSUPPORTED_PROTOCOL) == NetError::other);
  CHECK(net_error_from_curl(CURLE_OUT_OF_MEMORY) == NetError::other);
}

TEST_CASE("a bot-protection challenge is recognised by its headers", "[crawl]") {
  CHECK(is_bot_challenge(403, {{"cf-mitigated", "challenge"}}));
  CHECK(is_bot_challenge(503, {{"cf-mitigated", "challenge"}}));
  CHECK(is_bot_challenge(429, {{"x-datadome", "protected"}}));
  CHECK(is_bot_challenge(403, {{"server", "akamaighost"}}));
}

TEST_CASE("a plain error answer is not a challenge", "[crawl]") {
  CHECK_FALSE(is_bot_challenge(403, {{"server", "nginx"}}));
  CHECK_FALSE(is_bot_challenge(503, {}));
  CHECK_FALSE(is_bot_challenge(404, {{"cf-mitigated", "challenge"}}));
  CHECK_FALSE(is_bot_challenge(503, {{"server", "akamaighost"}}));
}

}  // namespace
}  // namespace joignable::crawl

namespace joignable::crawl {
namespace {

TEST_CASE("Retry-After is read as seconds or as an HTTP date", "[crawl][retry]") {
  // 2026-11-23T10:00:00Z
  constexpr long long kNow = 1795428000;
  struct Case {
    int status;
    const char* header;  // nullptr: no Retry-After
    std::optional<long long> wait;
  };
  const Case cases[] = {
      {429, "5", 5},
      {503, "0", 0},
      {503, "120", 120},
      {429, "Mon, 23 Nov 2026 10:00:30 GMT", 30},
      {429, "Mon, 23 Nov 2026 09:59:00 GMT", 0},  // in the past: no wait
      {429, "99999999999999999999", 999999999},   // absurd: "too long", not an overflow
      {429, "soon", std::nullopt},
      {429, "-3", std::nullopt},
      {429, "", std::nullopt},
      {429, nullptr, std::nullopt},
      {500, "5", std::nullopt},
      {200, "5", std::nullopt},
  };
  for (const Case& c : cases) {
    CAPTURE(c.status, c.header ? c.header : "(none)");
    HeaderMap headers;
    if (c.header) headers["retry-after"] = c.header;
    const auto wait = retry_after(c.status, headers, kNow);
    REQUIRE(wait.has_value() == c.wait.has_value());
    if (wait) CHECK(wait->count() == *c.wait);
  }
}

}  // namespace
}  // namespace joignable::crawl
