// RequestPolicy without a browser: what a rendered page may ask for, and where from.
#include "render/request_policy.h"

#include <catch2/catch.hpp>

#include "support/decoy_listener.h"
#include "support/test_server.h"

namespace joignable::render {
namespace {

target::CrawlOptions public_loopback() {
  target::CrawlOptions options;
  options.loopback_one_is_public = true;
  return options;
}

TEST_CASE("a rendered page may load the site and other sites' scripts, not their trackers",
          "[render]") {
  testing::TestServer site;
  const target::CrawlOptions options = public_loopback();
  RequestPolicy policy(site.url("/"), options);
  CHECK(policy.judge(site.url("/app.js"), "Script", "GET").allowed);
  CHECK(policy.judge(site.url("/api/x.json"), "Fetch", "POST").allowed);
  CHECK(policy.judge(site.url("/logo.png"), "Image", "GET").allowed);
  CHECK(policy.judge("http://127.0.0.1:1/widget.js", "Script", "GET").allowed);

  const RequestVerdict image = policy.judge("http://127.0.0.1:1/pixel.gif", "Image", "GET");
  CHECK_FALSE(image.allowed);
  CHECK(image.reason == "other-site Image");
  CHECK_FALSE(policy.judge("http://127.0.0.1:1/frame.html", "Document", "GET").allowed);
  CHECK(policy.judge("https://www.google-analytics.com/g/collect", "Script", "GET").reason ==
        "tracker");
  CHECK(policy.judge(site.url("/video.mp4"), "Media", "GET").reason == "type Media");
  CHECK(policy.judge(site.url("/x"), "XHR", "DELETE").reason == "method");
  CHECK(policy.judge("ftp://127.0.0.1/x", "Script", "GET").reason == "scheme");
}

TEST_CASE("a rendered page may not reach a private address", "[render]") {
  testing::DecoyListener decoy("127.0.0.2");
  testing::TestServer site;
  const target::CrawlOptions options = public_loopback();
  RequestPolicy policy(site.url("/"), options);
  const std::string decoy_url = "http://127.0.0.2:" + std::to_string(decoy.port()) + "/x";
  const RequestVerdict verdict = policy.judge(decoy_url, "Fetch", "GET");
  CHECK_FALSE(verdict.allowed);
  CHECK(verdict.reason == "address 127.0.0.2 (loopback)");
  CHECK(decoy.connections() == 0);
}

TEST_CASE("a rendered page keeps the site's robots.txt and its pause", "[render]") {
  testing::TestServer site;
  site.set_robots(200, "User-agent: *\nDisallow: /private/\nCrawl-delay: 1\n");
  const target::CrawlOptions options = public_loopback();
  RequestPolicy policy(site.url("/"), options);
  CHECK(policy.judge(site.url("/private/data.json"), "Fetch", "GET").reason == "robots");
  const RequestVerdict first = policy.judge(site.url("/a.js"), "Script", "GET");
  const RequestVerdict second = policy.judge(site.url("/b.js"), "Script", "GET");
  REQUIRE(first.allowed);
  REQUIRE(second.allowed);
  CHECK(second.not_before - first.not_before >= std::chrono::milliseconds(1000));
}

TEST_CASE("tracker hosts are recognised with their subdomains only", "[render]") {
  CHECK(is_tracker_host("doubleclick.net"));
  CHECK(is_tracker_host("stats.g.doubleclick.net"));
  CHECK_FALSE(is_tracker_host("notdoubleclick.net"));
  CHECK_FALSE(is_tracker_host("example.fr"));
}

}  // namespace
}  // namespace joignable::render
