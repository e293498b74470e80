#include "crawl/response_classify.h"

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
