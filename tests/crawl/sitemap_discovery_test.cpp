// Sitemaps in a crawl, over real HTTP: robots.txt names an index, the index a gzipped urlset,
// and the pages only the sitemap knows are crawled last, with no click depth.
#include "crawl/sitemap_discovery.h"

#include <algorithm>
#include <fstream>
#include <mutex>
#include <regex>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "crawl/crawler.h"
#include "support/crawl_lookup.h"
#include "support/event_log.h"
#include "support/gzip.h"
#include "support/temp_dir.h"
#include "support/test_server.h"
#include "util/url.h"

namespace joignable::crawl {
namespace {

using testing::TempDir;
using testing::find_page;
using testing::TestServer;

void write(const std::filesystem::path& file, const std::string& text) {
  std::ofstream(file, std::ios::binary) << text;
}

std::string page(const std::string& links) {
  return "<html><body>" + links + "</body></html>";
}

std::string urlset(const std::vector<std::string>& urls) {
  std::string xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">)";
  for (const std::string& url : urls) xml += "<url><loc>" + url + "</loc></url>\n";
  return xml + "</urlset>\n";
}

std::string index_of(const std::vector<std::string>& urls) {
  std::string xml = R"(<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">)";
  for (const std::string& url : urls) xml += "<sitemap><loc>" + url + "</loc></sitemap>\n";
  return xml + "</sitemapindex>\n";
}

// The links of the fixture pages: <a href="...">.
std::vector<DiscoveredLink> anchors(const Page& page, std::string_view body) {
  static const std::regex kLink(R"re(<a href="([^"]*)">)re");
  std::vector<DiscoveredLink> links;
  const std::string text(body);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), kLink); it != std::sregex_iterator();
       ++it) {
    if (auto url = util::resolve(page.final_url, (*it)[1].str())) {
      links.push_back({*url, LinkKind::anchor, ""});
    }
  }
  return links;
}

// A site whose home links /a.html; robots.txt names /sitemap_index.xml, which lists a gzipped
// urlset (a.html, orphan.html, a page of another site), a missing file and a broken one.
// orphan.html links /orphan-child.html, which nothing else knows.
struct SitemapSite {
  TempDir dir;
  TestServer server{write_files(dir)};

  SitemapSite() {
    write(dir / "sitemap_index.xml",
          index_of({server.url("/pages.xml.gz"), server.url("/missing.xml"), server.url("/bad.xml")}));
    write(dir / "pages.xml.gz",
          testing::gzip(urlset({server.url("/a.html"), server.url("/orphan.html"),
                                "http://other.invalid/elsewhere.html", server.url("/orphan.html")})));
    server.set_robots(200, "User-agent: *\nDisallow: /private\nSitemap: /sitemap_index.xml\n");
  }

  static std::filesystem::path write_files(const TempDir& dir) {
    write(dir / "index.html", page(R"(<a href="/a.html">)"));
    write(dir / "a.html", page(""));
    write(dir / "orphan.html", page(R"(<a href="/orphan-child.html">)"));
    write(dir / "orphan-child.html", page(""));
    write(dir / "bad.xml", "<urlset><url><loc>http://x/</loc></url");
    return dir.path();
  }

  std::string url(const std::string& path) const { return server.url(path); }
};

target::CrawlOptions options() {
  target::CrawlOptions options;
  options.connect_timeout_ms = 2000;
  options.timeout_ms = 5000;
  return options;
}

const SitemapFile* find_file(const CrawlResult& result, const std::string& url) {
  const auto it = std::find_if(result.sitemaps.begin(), result.sitemaps.end(),
                               [&](const SitemapFile& file) { return file.url == url; });
  return it == result.sitemaps.end() ? nullptr : &*it;
}

std::vector<std::string> page_urls(const CrawlResult& result) {
  std::vector<std::string> urls;
  for (const Page& page : result.pages) urls.push_back(page.url);
  return urls;
}

TEST_CASE("pages only a sitemap index's gzipped sitemap lists are crawled, with no depth",
          "[crawl][sitemap]") {
  SitemapSite site;
  const CrawlResult result = crawl(site.url("/"), options(), anchors);

  // Clicked pages first, then the listed one, then the page it links to.
  CHECK(page_urls(result) == std::vector<std::string>{site.url("/"), site.url("/a.html"),
                                                      site.url("/orphan.html"),
                                                      site.url("/orphan-child.html")});
  CHECK(find_page(result, site.url("/a.html"))->depth == 1);
  CHECK_FALSE(find_page(result, site.url("/orphan.html"))->depth.has_value());
  CHECK_FALSE(find_page(result, site.url("/orphan-child.html"))->depth.has_value());
  CHECK(find_page(result, site.url("/orphan.html"))->status.http_status == 200);
  // Out of the site: neither fetched nor checked.
  CHECK(std::none_of(result.checks.begin(), result.checks.end(), [](const LinkCheck& check) {
    return check.url.find("other.invalid") != std::string::npos;
  }));
}

TEST_CASE("every sitemap read is recorded with its status, its pages or its problem",
          "[crawl][sitemap]") {
  SitemapSite site;
  const CrawlResult result = crawl(site.url("/"), options(), anchors);

  // Round by round: the robots.txt line and the guess, then the index's files in its order.
  std::vector<std::string> read;
  for (const SitemapFile& file : result.sitemaps) read.push_back(file.url);
  CHECK(read == std::vector<std::string>{site.url("/sitemap_index.xml"), site.url("/sitemap.xml"),
                                         site.url("/pages.xml.gz"), site.url("/missing.xml"),
                                         site.url("/bad.xml")});
  const SitemapFile* index = find_file(result, site.url("/sitemap_index.xml"));
  CHECK(index->status.http_status == 200);
  CHECK(index->sitemaps == 3);
  CHECK(index->pages == 0);
  CHECK(index->problem.empty());
  const SitemapFile* pages = find_file(result, site.url("/pages.xml.gz"));
  CHECK(pages->pages == 3);  // duplicates counted
  CHECK(pages->skipped == 1);
  CHECK(pages->problem.empty());
  CHECK(find_file(result, site.url("/sitemap.xml"))->status.http_status == 404);
  CHECK(find_file(result, site.url("/missing.xml"))->status.http_status == 404);
  const SitemapFile* bad = find_file(result, site.url("/bad.xml"));
  CHECK(bad->status.http_status == 200);
  CHECK(bad->problem.rfind("malformed: ", 0) == 0);
}

TEST_CASE("max_pages bounds listed pages, clicked pages come first, max_depth does not",
          "[crawl][sitemap]") {
  SitemapSite site;
  target::CrawlOptions bounded = options();
  bounded.max_pages = 2;
  CHECK(page_urls(crawl(site.url("/"), bounded, anchors)) ==
        std::vector<std::string>{site.url("/"), site.url("/a.html")});

  target::CrawlOptions shallow = options();
  shallow.max_depth = 0;
  const CrawlResult result = crawl(site.url("/"), shallow, anchors);
  CHECK(result.pages.size() == 4);
  // Listed, and linked from the home page beyond max_depth: it keeps its click depth.
  CHECK(find_page(result, site.url("/a.html"))->depth == 1);
}

TEST_CASE("listed pages obey robots.txt and the exclude globs", "[crawl][sitemap]") {
  SitemapSite site;
  write(site.dir / "pages.xml.gz",
        testing::gzip(urlset({site.url("/private/x.html"), site.url("/orphan.html")})));
  target::CrawlOptions excluding = options();
  excluding.exclude = {"*/orphan.html"};
  const CrawlResult result = crawl(site.url("/"), excluding, anchors);
  CHECK(find_page(result, site.url("/orphan.html")) == nullptr);
  CHECK(find_page(result, site.url("/private/x.html")) == nullptr);
  const auto disallowed =
      std::find_if(result.checks.begin(), result.checks.end(),
                   [&](const LinkCheck& check) { return check.url == site.url("/private/x.html"); });
  REQUIRE(disallowed != result.checks.end());
  CHECK(disallowed->status.disallowed_by_robots);
}

TEST_CASE("without robots.txt, /sitemap.xml is still read", "[crawl][sitemap]") {
  TempDir dir;
  write(dir / "index.html", page(""));
  write(dir / "orphan.html", page(""));
  TestServer server(dir.path());
  write(dir / "sitemap.xml", urlset({server.url("/orphan.html")}));
  for (const bool respect : {true, false}) {
    target::CrawlOptions chosen = options();
    chosen.respect_robots = respect;
    const CrawlResult result = crawl(server.url("/"), chosen, anchors);
    CAPTURE(respect);
    REQUIRE(result.sitemaps.size() == 1);
    CHECK(result.sitemaps[0].pages == 1);
    REQUIRE(result.pages.size() == 2);
    CHECK_FALSE(result.pages[1].depth.has_value());
  }
}

TEST_CASE("a crawl of the home page alone asks for no sitemap", "[crawl][sitemap]") {
  SitemapSite site;
  target::CrawlOptions one = options();
  one.max_pages = 1;
  const CrawlResult result = crawl(site.url("/"), one, anchors);
  CHECK(result.pages.size() == 1);
  CHECK(result.sitemaps.empty());
  for (const std::string& path : site.server.requests()) {
    CHECK(path.find(".xml") == std::string::npos);
  }
}

TEST_CASE("a home page that fails keeps the crawl to itself, sitemap or not", "[crawl][sitemap]") {
  SitemapSite site;
  std::filesystem::remove(site.dir / "index.html");
  const CrawlResult result = crawl(site.url("/"), options(), anchors);
  REQUIRE(result.pages.size() == 1);
  CHECK(result.pages[0].status.http_status == 404);
}

// What the events of a crawl report, and which pages the handler was given.
struct HandlerLog : testing::EventLog {
  std::mutex mutex;
  std::vector<std::string> handled;

  PageHandler handler() {
    return [this](const Page& page, std::string_view body) {
      const std::lock_guard lock(mutex);
      handled.push_back(page.url);
      return anchors(page, body);
    };
  }
};

TEST_CASE("a resumed crawl replays listed pages without fetching them, still with no depth",
          "[crawl][sitemap][resume]") {
  SitemapSite site;
  HandlerLog whole_log;
  const CrawlResult whole = crawl(site.url("/"), options(), anchors, whole_log.events());
  REQUIRE(whole.pages.size() == 4);
  // The listed page was reported without a depth, as the store keeps it.
  CHECK_FALSE(whole_log.so_far.pages[2].depth.has_value());

  // As if killed once everything but the last page was done.
  CrawlSoFar interrupted = whole_log.so_far;
  interrupted.pages.pop_back();
  site.server.clear_requests();
  HandlerLog resumed_log;
  const CrawlResult resumed = crawl(site.url("/"), options(), resumed_log.handler(),
                                    resumed_log.events(), interrupted);
  CHECK(resumed_log.handled == std::vector<std::string>{site.url("/orphan-child.html")});
  for (const std::string& path : site.server.requests()) {
    CAPTURE(path);
    CHECK((path == "/orphan-child.html" || path == "/robots.txt" ||
           path.find(".xml") != std::string::npos));
  }
  CHECK(page_urls(resumed) == page_urls(whole));
  CHECK_FALSE(find_page(resumed, site.url("/orphan.html"))->depth.has_value());
  CHECK(resumed.sitemaps.size() == whole.sitemaps.size());
}

}  // namespace
}  // namespace joignable::crawl
