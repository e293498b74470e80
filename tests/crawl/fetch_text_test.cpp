#include "crawl/fetch_text.h"

#include <catch2/catch.hpp>

#include "crawl/fetcher.h"
#include "crawl/robots_fetch.h"
#include "support/test_server.h"

namespace joignable::crawl {

// The test server on 127.0.0.1 stands for a public site (address_policy.h).
const target::CrawlOptions kPublicLoopback = [] {
  target::CrawlOptions options;
  options.loopback_one_is_public = true;
  return options;
}();

TEST_CASE("fetch_text keeps a 2xx body with its content type and the crawl's user agent",
          "[crawl]") {
  testing::TestServer server;
  const TextAnswer answer = fetch_text(server.url("/user-agent"), kPublicLoopback, 1 << 20, 5);
  CHECK(answer.status.is_ok());
  CHECK(answer.body.find(user_agent()) != std::string::npos);
  CHECK(answer.content_type == "text/html");
  CHECK_FALSE(answer.truncated);
}

TEST_CASE("fetch_text cuts the body at the cap it is given, without an error", "[crawl]") {
  testing::TestServer server;
  const TextAnswer answer = fetch_text(server.url("/endless"), kPublicLoopback, 1000, 5);
  CHECK(answer.status.is_ok());
  CHECK(answer.status.error == NetError::none);
  CHECK(answer.body.size() == 1000);
  CHECK(answer.truncated);
}

TEST_CASE("fetch_text keeps no body for an error status", "[crawl]") {
  testing::TestServer server;
  const TextAnswer answer = fetch_text(server.url("/status/404"), kPublicLoopback, 1 << 20, 5);
  CHECK(answer.status.http_status == 404);
  CHECK(answer.status.error == NetError::none);
  CHECK(answer.body.empty());
}

TEST_CASE("fetch_text follows redirects up to the cap it is given, to http(s) only", "[crawl]") {
  testing::TestServer server;
  CHECK(fetch_text(server.url("/redirect/2"), kPublicLoopback, 1 << 20, 2).status.is_ok());
  const TextAnswer over = fetch_text(server.url("/redirect/3"), kPublicLoopback, 1 << 20, 2);
  CHECK(over.status.error == NetError::too_many_redirects);
  CHECK(over.body.empty());
  const TextAnswer ftp = fetch_text(server.url("/redirect-to-ftp"), kPublicLoopback, 1 << 20, 5);
  CHECK(ftp.status.error != NetError::none);
  CHECK(ftp.body.empty());
}

TEST_CASE("fetch_robots reads at most kRobotsMaxBytes of robots.txt", "[crawl]") {
  testing::TestServer server;
  server.set_robots(200, std::string(kRobotsMaxBytes + 100, '#'));
  const RobotsAnswer answer = fetch_robots(server.url("/robots.txt"), kPublicLoopback);
  CHECK(answer.status.http_status == 200);
  CHECK(answer.body.size() == kRobotsMaxBytes);
}

}  // namespace joignable::crawl
