#include "crawl/fetcher.h"

#include <algorithm>
#include <chrono>

#include <catch2/catch.hpp>

#include "support/test_server.h"

namespace joignable::crawl {
namespace {

using testing::TestServer;

// Polls until every request has an answer; each poll is bounded, so is the loop.
std::vector<FetchResult> fetch_all(Fetcher& fetcher) {
  std::vector<FetchResult> results;
  for (int turn = 0; turn < 200 && fetcher.outstanding() > 0; ++turn) {
    for (FetchResult& result : fetcher.poll(std::chrono::milliseconds(100))) {
      results.push_back(std::move(result));
    }
  }
  return results;
}

// The test server on 127.0.0.1 stands for a public site (address_policy.h).
target::CrawlOptions public_loopback() {
  target::CrawlOptions options;
  options.loopback_one_is_public = true;
  return options;
}

FetchResult fetch_one(FetchRequest request, target::CrawlOptions options = public_loopback()) {
  Fetcher fetcher(options);
  fetcher.submit(std::move(request));
  auto results = fetch_all(fetcher);
  REQUIRE(results.size() == 1);
  return std::move(results[0]);
}

TEST_CASE("requests carry joignable's user agent", "[crawl]") {
  TestServer site;
  const FetchResult result = fetch_one({site.url("/user-agent"), Method::get, true, 7});
  CHECK(result.tag == 7);
  CHECK(result.status.http_status == 200);
  CHECK(result.body.find(user_agent()) != std::string::npos);
  CHECK(user_agent().rfind("joignable/", 0) == 0);
}

TEST_CASE("held pages wait while link checks and raw files go on, and start when released",
          "[crawl]") {
  TestServer site;
  Fetcher fetcher(public_loopback());
  fetcher.hold_pages(true);
  fetcher.submit({site.url("/status/200"), Method::get, true, 1});   // a page
  fetcher.submit({site.url("/status/404"), Method::get, false, 2});  // a link check
  fetcher.submit(
      {.url = site.url("/wrong-type"), .keep_body = true, .tag = 3, .raw_body_bytes = 16});  // a file
  std::vector<std::uint64_t> tags;
  for (int turn = 0; turn < 20 && tags.size() < 2; ++turn) {
    for (const FetchResult& result : fetcher.poll(std::chrono::milliseconds(100))) {
      tags.push_back(result.tag);
    }
  }
  std::sort(tags.begin(), tags.end());
  CHECK(tags == std::vector<std::uint64_t>{2, 3});
  CHECK(fetcher.poll(std::chrono::milliseconds(300)).empty());  // the page still waits
  CHECK(fetcher.outstanding() == 1);
  fetcher.hold_pages(false);
  const std::vector<FetchResult> page = fetch_all(fetcher);
  REQUIRE(page.size() == 1);
  CHECK(page[0].tag == 1);
  CHECK_FALSE(page[0].body.empty());
}

TEST_CASE("a HEAD request gets the answer to HEAD", "[crawl]") {
  TestServer site;
  const FetchResult head = fetch_one({site.url("/head-refused"), Method::head, false, 0});
  CHECK(head.method == Method::head);
  CHECK(head.status.http_status == 405);
  const FetchResult get = fetch_one({site.url("/head-refused"), Method::get, false, 0});
  CHECK(get.status.http_status == 200);
  CHECK(get.body.empty());
}

TEST_CASE("a body is kept only when asked for and HTML", "[crawl]") {
  TestServer site;
  CHECK_FALSE(fetch_one({site.url("/status/200"), Method::get, true, 0}).body.empty());
  CHECK(fetch_one({site.url("/status/200"), Method::get, false, 0}).body.empty());
  const FetchResult image = fetch_one({site.url("/wrong-type"), Method::get, true, 0});
  CHECK(image.body.empty());
  CHECK(image.status.is_ok());
}

TEST_CASE("a stacked gzip body is inflated layer by layer and cut at the body cap", "[crawl]") {
  TestServer site;
  target::CrawlOptions options = public_loopback();
  options.max_body_bytes = 1 << 20;
  const FetchResult result = fetch_one({site.url("/gzip-stacked"), Method::get, true, 0}, options);
  CHECK(result.status.is_ok());
  CHECK(result.truncated);
  CHECK(result.body.size() == static_cast<std::size_t>(options.max_body_bytes));
  CHECK(result.body.find("route:/gzip-stacked") != std::string::npos);
}

TEST_CASE("a body is kept raw, whatever its type, when asked for raw", "[crawl]") {
  TestServer site;
  FetchRequest request{.url = site.url("/wrong-type"), .keep_body = true, .raw_body_bytes = 16};
  const FetchResult cut = fetch_one(request);
  CHECK(cut.body.size() == 16);
  CHECK(cut.truncated);
  request.raw_body_bytes = 1 << 20;
  const FetchResult whole = fetch_one(request);
  CHECK(whole.body.find("route:/wrong-type") != std::string::npos);
  CHECK_FALSE(whole.truncated);
}

TEST_CASE("a 403 whose body is a challenge page is blocked, without keeping the body",
          "[crawl]") {
  TestServer site;
  const FetchResult get = fetch_one({site.url("/challenge"), Method::get, false, 0});
  CHECK(get.status.http_status == 403);
  CHECK(get.status.blocked);
  CHECK_FALSE(get.status.is_broken());
  CHECK(get.body.empty());
  const FetchResult page = fetch_one({site.url("/challenge"), Method::get, true, 0});
  CHECK(page.status.blocked);
  // A HEAD has no body to read: only the crawler's GET after it can tell.
  const FetchResult head = fetch_one({site.url("/challenge"), Method::head, false, 0});
  CHECK(head.status.http_status == 403);
  CHECK_FALSE(head.status.blocked);
  // A plain 403 stays what it is.
  CHECK_FALSE(fetch_one({site.url("/status/403"), Method::get, false, 0}).status.blocked);
}

TEST_CASE("many requests to one host all get their answer", "[crawl]") {
  TestServer site;
  target::CrawlOptions options = public_loopback();
  options.concurrency = 4;
  options.per_host_concurrency = 2;
  Fetcher fetcher(options);
  for (int i = 0; i < 20; ++i) {
    fetcher.submit({site.url("/status/200?n=" + std::to_string(i)), Method::get, false,
                    static_cast<std::uint64_t>(i)});
  }
  const auto results = fetch_all(fetcher);
  REQUIRE(results.size() == 20);
  for (const FetchResult& result : results) {
    CHECK(result.url == site.url("/status/200?n=" + std::to_string(result.tag)));
    CHECK(result.status.http_status == 200);
  }
}

}  // namespace
}  // namespace joignable::crawl

namespace joignable::crawl {
namespace {

TEST_CASE("429 and 503 with Retry-After are asked again after the wait, a bounded number of times",
          "[crawl][retry]") {
  TestServer server;
  const auto started = std::chrono::steady_clock::now();
  const FetchResult once =
      fetch_one({server.url("/busy?status=429&retry=1&times=1"), Method::get, true, 0});
  CHECK(once.status.http_status == 200);
  CHECK(std::chrono::steady_clock::now() - started >= std::chrono::milliseconds(900));

  const FetchResult twice =
      fetch_one({server.url("/busy?status=503&retry=0&times=2"), Method::get, true, 0});
  CHECK(twice.status.http_status == 200);

  // Still busy after the retries: the answer is what the server said, broken.
  const FetchResult stubborn =
      fetch_one({server.url("/busy?status=503&retry=0&times=9"), Method::get, true, 0});
  CHECK(stubborn.status.http_status == 503);
  CHECK(stubborn.status.is_broken());
  const auto asked = server.requests();
  CHECK(std::count(asked.begin(), asked.end(), "/busy?status=503&retry=0&times=9") == 3);

  // A wait longer than the cap is not waited for.
  const auto before_long = std::chrono::steady_clock::now();
  const FetchResult long_wait =
      fetch_one({server.url("/busy?status=429&retry=3600&times=1"), Method::get, true, 0});
  CHECK(long_wait.status.http_status == 429);
  CHECK(std::chrono::steady_clock::now() - before_long < std::chrono::seconds(5));
}

}  // namespace
}  // namespace joignable::crawl
