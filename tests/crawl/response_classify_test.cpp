#include "crawl/response_classify.h"

#include <optional>
#include <string>

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

TEST_CASE("a challenge page is recognised by its markers on 403, 429 and 503 only", "[crawl]") {
  struct Case {
    int status;
    const char* body;
    bool challenge;
  };
  const Case cases[] = {
      {403, "<html><head><title>Just a moment...</title></head>", true},
      {503, "<script src=\"/cdn-cgi/challenge-platform/h/g/orchestrate\"></script>", true},
      {403, "<div id=\"cf-browser-verification\">", true},
      {403, "<title>Attention Required! | Cloudflare</title>", true},
      {403, "<script src=\"https://ct.captcha-delivery.com/c.js\"></script>", true},  // DataDome
      {403, "<script src=\"/_Incapsula_Resource?SWJIYLWA=5074a7\"></script>", true},
      {403, "<!-- sucuri_cloudproxy_js -->", true},
      {403, "<script src=\"https://x.token.awswaf.com/challenge.js\"></script>", true},
      {403, "Reference #18.c1b3d. https://errors.edgesuite.net/18.c1b3d", true},  // Akamai
      {429, "<div id=\"px-captcha\"></div>", true},                              // PerimeterX
      {403, "<div class=\"g-recaptcha\" data-sitekey=\"x\"></div>", true},
      {503, "<TITLE>JUST A MOMENT...</TITLE>", true},  // any case
      // The same markers on another status, or a site's own words, are not a challenge.
      {200, "<title>Just a moment...</title>", false},
      {404, "<div id=\"px-captcha\"></div>", false},
      {500, "<!-- sucuri_cloudproxy_js -->", false},
      {403, "<h1>Access denied</h1><p>Akamai customers only.</p>", false},
      {503, "<h1>Maintenance</h1><p>Just a moment, we are back soon.</p>", false},
      {403, "", false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.status, c.body);
    CHECK(is_bot_challenge(c.status, {}, c.body) == c.challenge);
  }
}

TEST_CASE("a challenge marker past the first bytes of the body is not looked for", "[crawl]") {
  const std::string late = std::string(kChallengeBodyBytes, ' ') + "<div id=\"px-captcha\">";
  CHECK_FALSE(is_bot_challenge(403, {}, late));
  CHECK(is_bot_challenge(403, {}, late.substr(kChallengeBodyBytes)));
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
