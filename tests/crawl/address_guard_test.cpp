// The address policy as a crawl meets it: a loopback test server stands for a public site
// (CrawlOptions::loopback_one_is_public) and DecoyListeners on other loopback addresses for the
// private machines next to the auditor. A decoy that counts no connection was never reached.
#include "crawl/address_guard.h"

#include <algorithm>
#include <cctype>
#include <regex>

#include <catch2/catch.hpp>

#include "crawl/crawler.h"
#include "crawl/fetch_text.h"
#include "support/decoy_listener.h"
#include "support/test_server.h"
#include "util/url.h"

namespace joignable::crawl {
namespace {

using testing::DecoyListener;
using testing::TestServer;

std::vector<DiscoveredLink> anchor_links(const Page& page, std::string_view body) {
  static const std::regex kHref(R"re(<a href="([^"]*)")re");
  std::vector<DiscoveredLink> links;
  const std::string text(body);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), kHref); it != std::sregex_iterator();
       ++it) {
    if (const auto url = util::resolve(page.final_url, (*it)[1].str())) {
      links.push_back({*url, LinkKind::anchor, ""});
    }
  }
  return links;
}

// A query value for /links and /redirect-to.
std::string encoded(const std::string& value) {
  std::string out;
  for (const char c : value) {
    out += c == '?' ? "%3F" : c == '&' ? "%26" : c == '=' ? "%3D" : c == '%' ? "%25" : std::string(1, c);
  }
  return out;
}

target::CrawlOptions public_loopback() {
  target::CrawlOptions options;
  options.loopback_one_is_public = true;
  options.connect_timeout_ms = 2000;
  options.timeout_ms = 5000;
  return options;
}

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// The status of the page or link check at `url`; escapes compare in any case ("%3f", "%3F").
const FetchStatus* status_of(const CrawlResult& result, const std::string& url) {
  const auto page = std::find_if(result.pages.begin(), result.pages.end(),
                                 [&](const Page& p) { return lower(p.url) == lower(url); });
  if (page != result.pages.end()) return &page->status;
  const auto check = std::find_if(result.checks.begin(), result.checks.end(),
                                  [&](const LinkCheck& c) { return lower(c.url) == lower(url); });
  return check == result.checks.end() ? nullptr : &check->status;
}

TEST_CASE("links and redirects from a public site never connect to a private address", "[crawl]") {
  DecoyListener decoy("127.0.0.2");
  DecoyListener decoy_v6("::1");
  TestServer site;
  const std::string port = std::to_string(decoy.port());
  const std::string to_decoy = "http://127.0.0.2:" + port + "/admin";
  // Each URL leads to a private address: spelt numerically, through a redirect, or two.
  const std::vector<std::string> private_urls = {
      to_decoy,
      "http://2130706434:" + port + "/decimal",
      "http://0x7f000002:" + port + "/hex",
      "http://0177.0.0.2:" + port + "/octal",
      "http://127.2:" + port + "/short",
      "http://[::ffff:127.0.0.2]:" + port + "/mapped",
      "http://[::1]:" + std::to_string(decoy_v6.port()) + "/v6",
      "http://0.0.0.0:" + port + "/unspecified",
      "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
      "http://10.0.0.1/intranet",
      "http://[fd00::1]/ula",
      site.url("/redirect-to?url=" + encoded(to_decoy)),
      site.url("/redirect-to?url=" +
               encoded(site.url("/redirect-to?url=" + encoded(to_decoy + "/two-steps")))),
  };
  std::string home = "/links?to=" + encoded(site.url("/about"));
  for (const std::string& url : private_urls) home += "&to=" + encoded(url);

  const CrawlResult result = crawl(site.url(home), public_loopback(), anchor_links);

  CHECK(decoy.connections() == 0);
  CHECK(decoy_v6.connections() == 0);
  for (const std::string& url : private_urls) {
    const auto normalised = util::normalize(url);
    REQUIRE(normalised);
    INFO(url);
    const FetchStatus* status = status_of(result, *normalised);
    REQUIRE(status != nullptr);
    CHECK(status->error == NetError::refused_private);
    CHECK_FALSE(status->is_broken());
    const auto refusal = parse_refusal(status->error_detail);
    REQUIRE(refusal);
    CHECK_FALSE(refusal->address.empty());
    CHECK(refusal->kind != "public");
  }
  const FetchStatus* metadata = status_of(result, "http://169.254.169.254/latest/meta-data/iam/security-credentials/");
  REQUIRE(metadata != nullptr);
  CHECK(parse_refusal(metadata->error_detail)->kind == "link-local");
  // The public page next to them is fetched as usual.
  REQUIRE(status_of(result, site.url("/about")) != nullptr);
  CHECK(status_of(result, site.url("/about"))->error == NetError::none);
}

TEST_CASE("a sitemap listed on a private address is refused, not fetched", "[crawl]") {
  DecoyListener decoy("127.0.0.2");
  TestServer site;
  const std::string sitemap = "http://127.0.0.2:" + std::to_string(decoy.port()) + "/sitemap.xml";
  site.set_robots(200, "User-agent: *\nAllow: /\nSitemap: " + sitemap + "\n");
  const CrawlResult result = crawl(site.url("/"), public_loopback(), anchor_links);
  CHECK(decoy.connections() == 0);
  const auto listed = std::find_if(result.sitemaps.begin(), result.sitemaps.end(),
                                   [&](const SitemapFile& file) { return file.url == sitemap; });
  REQUIRE(listed != result.sitemaps.end());
  CHECK(listed->status.error == NetError::refused_private);
}

TEST_CASE("a private home page is crawled, and its host at its address only", "[crawl]") {
  DecoyListener decoy("127.0.0.2");
  TestServer site;
  const std::string port = std::to_string(site.port());
  // localhost is the same machine under another name: not the host the audit was asked for.
  const std::string by_name = "http://localhost:" + port + "/about";
  const std::string other = "http://127.0.0.2:" + std::to_string(decoy.port()) + "/";
  target::CrawlOptions options;
  options.connect_timeout_ms = 2000;
  const CrawlResult result = crawl(
      site.url("/links?to=" + encoded(by_name) + "&to=" + encoded(other)), options, anchor_links);
  REQUIRE_FALSE(result.pages.empty());
  CHECK(result.pages.front().status.is_ok());
  CHECK(decoy.connections() == 0);
  REQUIRE(status_of(result, by_name) != nullptr);
  CHECK(status_of(result, by_name)->error == NetError::refused_private);
  REQUIRE(status_of(result, other) != nullptr);
  CHECK(status_of(result, other)->error == NetError::refused_private);
}

TEST_CASE("allow_private lifts the policy", "[crawl]") {
  DecoyListener decoy("127.0.0.2");
  TestServer site;
  const std::string other = "http://127.0.0.2:" + std::to_string(decoy.port()) + "/";
  target::CrawlOptions options = public_loopback();
  options.allow_private = true;
  const CrawlResult result = crawl(site.url("/links?to=" + encoded(other)), options, anchor_links);
  CHECK(decoy.connections() > 0);
  REQUIRE(status_of(result, other) != nullptr);
  CHECK(status_of(result, other)->error != NetError::refused_private);
}

TEST_CASE("fetch_text refuses a private address, redirects included", "[crawl]") {
  DecoyListener decoy("127.0.0.2");
  TestServer site;
  const std::string to_decoy = "http://127.0.0.2:" + std::to_string(decoy.port()) + "/listing.json";
  const TextAnswer direct = fetch_text(to_decoy, public_loopback(), 1 << 20, 5);
  const TextAnswer redirected =
      fetch_text(site.url("/redirect-to?url=" + encoded(to_decoy)), public_loopback(), 1 << 20, 5);
  CHECK(decoy.connections() == 0);
  CHECK(direct.status.error == NetError::refused_private);
  CHECK(redirected.status.error == NetError::refused_private);
  REQUIRE(parse_refusal(redirected.status.error_detail));
  CHECK(parse_refusal(redirected.status.error_detail)->url == to_decoy);
}

}  // namespace
}  // namespace joignable::crawl
