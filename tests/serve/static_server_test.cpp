#include "serve/static_server.h"

#include <catch2/catch.hpp>

#include "crawl/fetcher.h"

namespace joignable::serve {
namespace {

const std::string kSite = std::string(JOIGNABLE_TEST_FIXTURES) + "/sites/crawl_basic";

crawl::FetchResult get(const std::string& url) {
  target::CrawlOptions options;
  options.loopback_one_is_public = true;  // the server stands for a public site
  crawl::Fetcher fetcher(options);
  fetcher.submit({url, crawl::Method::get, true, 0});
  for (int turn = 0; turn < 100; ++turn) {
    auto results = fetcher.poll(std::chrono::milliseconds(100));
    if (!results.empty()) {
      return std::move(results[0]);
    }
  }
  FAIL("no answer from " << url);
  return {};
}

TEST_CASE("the static server serves a folder on 127.0.0.1", "[serve]") {
  auto server = StaticServer::start(kSite);
  REQUIRE(server);
  const std::string root = (*server)->url();
  CHECK(root == "http://127.0.0.1:" + std::to_string((*server)->port()) + "/");
  const crawl::FetchResult home = get(root);
  CHECK(home.status.http_status == 200);
  CHECK(home.content_type == "text/html");
  CHECK(home.body.find("<title>Basic site</title>") != std::string::npos);
  CHECK(get(root + "files/brochure.pdf").content_type == "application/pdf");
}

TEST_CASE("the static server answers unknown paths with its 404.html", "[serve]") {
  auto server = StaticServer::start(kSite);
  REQUIRE(server);
  const crawl::FetchResult missing = get((*server)->url() + "nowhere.html");
  CHECK(missing.status.http_status == 404);
  CHECK(missing.body.find("Page not found") != std::string::npos);
}

TEST_CASE("the static server refuses a root that is not a folder", "[serve]") {
  const auto server = StaticServer::start(kSite + "/index.html");
  REQUIRE_FALSE(server);
  CHECK(server.error().message == "not a folder");
  CHECK(server.error().file == kSite + "/index.html");
}

}  // namespace
}  // namespace joignable::serve
