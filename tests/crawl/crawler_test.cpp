#include "crawl/crawler.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <regex>
#include <set>
#include <stdexcept>

#include <catch2/catch.hpp>

#include "support/crawl_lookup.h"
#include "support/event_log.h"
#include "support/test_server.h"
#include "util/url.h"

namespace joignable::crawl {
namespace {

using testing::EventLog;
using testing::find_page;
using testing::TestServer;

const std::string kSites = std::string(JOIGNABLE_TEST_FIXTURES) + "/sites/";

// The fixtures write links in exactly these two forms; the real extractor lives in extract/.
std::vector<DiscoveredLink> fixture_links(const Page& page, std::string_view body) {
  static const std::regex kLink(R"re(<a href="([^"]*)">([^<]*)</a>|<form action="([^"]*)")re");
  std::vector<DiscoveredLink> links;
  const std::string text(body);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), kLink); it != std::sregex_iterator();
       ++it) {
    const bool is_form = (*it)[3].matched;
    const auto url = util::resolve(page.final_url, is_form ? (*it)[3].str() : (*it)[1].str());
    if (url) {
      links.push_back({*url, is_form ? LinkKind::form_action : LinkKind::anchor, (*it)[2].str()});
    }
  }
  return links;
}

// Crawls with fixture_links and remembers which pages were handed over. Thread-safe, as a
// PageHandler must be: the crawler calls it from its parser threads.
struct Recorder {
  std::mutex mutex;
  std::vector<std::string> handled;
  std::string last_body;

  PageHandler handler() {
    return [this](const Page& page, std::string_view body) {
      const std::lock_guard lock(mutex);
      handled.push_back(page.url);
      last_body = std::string(body);
      return fixture_links(page, body);
    };
  }
};

const LinkCheck* find_check(const CrawlResult& result, const std::string& url) {
  const auto it = std::find_if(result.checks.begin(), result.checks.end(),
                               [&](const LinkCheck& check) { return check.url == url; });
  return it == result.checks.end() ? nullptr : &*it;
}

// Query values for /links and /redirect-to: only the characters that would split the query.
std::string encoded(std::string value) {
  std::string out;
  for (char c : value) {
    out += c == '?' ? "%3F" : c == '&' ? "%26" : c == '=' ? "%3D" : std::string(1, c);
  }
  return out;
}

target::CrawlOptions fast_options() {
  target::CrawlOptions options;
  options.connect_timeout_ms = 2000;
  options.timeout_ms = 5000;
  return options;
}

TEST_CASE("a site is crawled page by page with each page's status", "[crawl]") {
  TestServer site(kSites + "crawl_basic");
  Recorder recorder;
  const CrawlResult result = crawl(site.url("/"), fast_options(), recorder.handler());

  REQUIRE(result.pages.size() == 6);
  CHECK(result.pages[0].url == site.url("/"));
  CHECK(result.pages[0].depth == 0);
  CHECK(result.pages[0].status.http_status == 200);
  CHECK(result.pages[0].content_type == "text/html");
  const std::map<std::string, int> expected = {
      {"/about.html", 200},  {"/contact.html", 200},      {"/missing.html", 404},
      {"/status/500", 500}, {"/files/brochure.pdf", 200},
  };
  for (const auto& [path, status] : expected) {
    const Page* page = find_page(result, site.url(path));
    REQUIRE(page != nullptr);
    CHECK(page->status.http_status == status);
    CHECK(page->depth == 1);
  }
  CHECK(find_page(result, site.url("/missing.html"))->status.is_broken());
  CHECK(find_page(result, site.url("/files/brochure.pdf"))->content_type == "application/pdf");
  const std::set<std::string> handled(recorder.handled.begin(), recorder.handled.end());
  CHECK(handled == std::set<std::string>{site.url("/"), site.url("/about.html"),
                                         site.url("/contact.html")});
}

TEST_CASE("a page every page links to is fetched once and found on all of them", "[crawl]") {
  TestServer site(kSites + "crawl_basic");
  Recorder recorder;
  const CrawlResult result = crawl(site.url("/"), fast_options(), recorder.handler());

  const auto missing = site.url("/missing.html");
  CHECK(std::count_if(result.pages.begin(), result.pages.end(),
                      [&](const Page& page) { return page.url == missing; }) == 1);
  std::set<std::string> found_on;
  for (const Link& link : result.links) {
    if (link.to == missing) {
      found_on.insert(link.from);
    }
  }
  CHECK(found_on == std::set<std::string>{site.url("/"), site.url("/about.html"),
                                          site.url("/contact.html")});
}

TEST_CASE("links keep their text and fragment and are recorded once per kind and fragment",
          "[crawl]") {
  TestServer site(kSites + "crawl_basic");
  Recorder recorder;
  const CrawlResult result = crawl(site.url("/"), fast_options(), recorder.handler());

  std::vector<Link> to_about;
  std::copy_if(result.links.begin(), result.links.end(), std::back_inserter(to_about),
               [&](const Link& link) {
                 return link.from == site.url("/") && link.to == site.url("/about.html");
               });
  // "about.html" and "about.html#team": one target, two links, each anchor to be checked.
  REQUIRE(to_about.size() == 2);
  CHECK(to_about[0].text == "About us");
  CHECK(to_about[0].fragment == "");
  CHECK(to_about[0].kind == LinkKind::anchor);
  CHECK(to_about[1].text == "Team");
  CHECK(to_about[1].fragment == "team");
  // 7 on the home page (mailto: is no http link), 3 + 2.
  CHECK(result.links.size() == 12);
}

TEST_CASE("a form action is checked with a GET and a 405 is not broken", "[crawl]") {
  TestServer site(kSites + "crawl_basic");
  Recorder recorder;
  const CrawlResult result = crawl(site.url("/"), fast_options(), recorder.handler());

  REQUIRE(result.checks.size() == 1);
  CHECK(result.checks[0].url == site.url("/post-only"));
  CHECK(result.checks[0].internal);
  CHECK(result.checks[0].status.http_status == 405);
  CHECK_FALSE(result.checks[0].status.is_broken());
  CHECK(find_page(result, site.url("/post-only")) == nullptr);
}

TEST_CASE("the crawl stops at max_depth clicks from the home page", "[crawl]") {
  TestServer site(kSites + "crawl_chain");
  Recorder recorder;
  auto options = fast_options();
  options.max_depth = 2;
  const CrawlResult result = crawl(site.url("/"), options, recorder.handler());

  REQUIRE(result.pages.size() == 3);
  CHECK(find_page(result, site.url("/2.html"))->depth == 2);
  CHECK(find_page(result, site.url("/3.html")) == nullptr);
  // The link to the page beyond the limit is still recorded.
  CHECK(std::any_of(result.links.begin(), result.links.end(),
                    [&](const Link& link) { return link.to == site.url("/3.html"); }));
}

TEST_CASE("the crawl stops at max_pages pages", "[crawl]") {
  TestServer site(kSites + "crawl_chain");
  Recorder recorder;
  auto options = fast_options();
  options.max_pages = 4;
  const CrawlResult result = crawl(site.url("/"), options, recorder.handler());

  REQUIRE(result.pages.size() == 4);
  CHECK(result.pages.back().url == site.url("/3.html"));
  CHECK(result.pages.back().depth == 3);
}

TEST_CASE("a redirect chain is recorded hop by hop", "[crawl]") {
  TestServer site;
  Recorder recorder;
  const CrawlResult result = crawl(site.url("/redirect/3"), fast_options(), recorder.handler());

  REQUIRE(result.pages.size() == 1);
  const Page& home = result.pages[0];
  CHECK(home.url == site.url("/redirect/3"));
  CHECK(home.final_url == site.url("/redirect/0"));
  CHECK(home.redirects == std::vector<std::string>{site.url("/redirect/2"), site.url("/redirect/1"),
                                                   site.url("/redirect/0")});
  CHECK(home.status.http_status == 200);
  CHECK(recorder.handled == std::vector<std::string>{site.url("/redirect/3")});
}

TEST_CASE("more redirects than max_redirects is an error", "[crawl]") {
  TestServer site;
  auto options = fast_options();
  options.max_redirects = 2;
  const CrawlResult result = crawl(site.url("/redirect/3"), options, fixture_links);

  REQUIRE(result.pages.size() == 1);
  CHECK(result.pages[0].status.error == NetError::too_many_redirects);
  CHECK(result.pages[0].redirects.size() == 2);
  CHECK(result.pages[0].status.is_broken());
}

TEST_CASE("a redirect loop ends as too_many_redirects", "[crawl]") {
  TestServer site;
  const CrawlResult result = crawl(site.url("/redirect-loop"), fast_options(), fixture_links);

  REQUIRE(result.pages.size() == 1);
  CHECK(result.pages[0].status.error == NetError::too_many_redirects);
  // Each URL may come back once; the third visit is the loop.
  CHECK(result.pages[0].redirects == std::vector<std::string>{site.url("/redirect-loop/b"),
                                                              site.url("/redirect-loop"),
                                                              site.url("/redirect-loop/b")});
}

TEST_CASE("cookies set along a redirect chain are sent back", "[crawl]") {
  TestServer site;
  const CrawlResult result = crawl(site.url("/cookie-wall"), fast_options(), fixture_links);

  REQUIRE(result.pages.size() == 1);
  CHECK(result.pages[0].status.http_status == 200);
  CHECK(result.pages[0].status.error == NetError::none);
  CHECK(result.pages[0].redirects == std::vector<std::string>{site.url("/cookie-wall")});
}

TEST_CASE("a redirect to another scheme is forbidden_scheme", "[crawl]") {
  TestServer site;
  const CrawlResult result = crawl(site.url("/redirect-to-ftp"), fast_options(), fixture_links);

  REQUIRE(result.pages.size() == 1);
  CHECK(result.pages[0].status.error == NetError::forbidden_scheme);
  CHECK(result.pages[0].status.http_status == 302);
}

TEST_CASE("an endless body is cut at max_body_bytes and kept as truncated", "[crawl]") {
  TestServer site;
  Recorder recorder;
  auto options = fast_options();
  options.max_body_bytes = 100000;
  const CrawlResult result = crawl(site.url("/endless"), options, recorder.handler());

  REQUIRE(result.pages.size() == 1);
  CHECK(result.pages[0].truncated);
  CHECK(result.pages[0].status.is_ok());
  CHECK(recorder.last_body.size() == 100000);
}

TEST_CASE("a server slower than timeout_ms gives a timeout", "[crawl]") {
  TestServer site;
  auto options = fast_options();
  options.timeout_ms = 500;
  const CrawlResult result = crawl(site.url("/slow"), options, fixture_links);

  REQUIRE(result.pages.size() == 1);
  CHECK(result.pages[0].status.error == NetError::timeout);
  CHECK(result.pages[0].status.http_status == 0);
  CHECK_FALSE(result.pages[0].status.error_detail.empty());
}

TEST_CASE("a gzip body reaches the handler decoded", "[crawl]") {
  TestServer site;
  Recorder recorder;
  const CrawlResult result = crawl(site.url("/gzip"), fast_options(), recorder.handler());

  REQUIRE(result.pages.size() == 1);
  CHECK(result.pages[0].content_type == "text/html");
  CHECK(recorder.last_body.find("route:/gzip") != std::string::npos);
}

TEST_CASE("a page that is not labelled HTML is not parsed", "[crawl]") {
  TestServer site;
  Recorder recorder;
  const CrawlResult result = crawl(site.url("/wrong-type"), fast_options(), recorder.handler());

  REQUIRE(result.pages.size() == 1);
  CHECK(result.pages[0].content_type == "image/png");
  CHECK(recorder.handled.empty());
}

TEST_CASE("links to another site are checked once and not crawled", "[crawl]") {
  TestServer site;
  TestServer other;  // another port: another site
  const std::string inner = "/links?to=" + other.url("/status/404");
  const std::string home = site.url("/links?to=" + other.url("/status/404") + "&to=" +
                                    other.url("/head-refused") + "&to=" +
                                    other.url("/status/200") + "&to=" + encoded(inner));
  Recorder recorder;
  const CrawlResult result = crawl(home, fast_options(), recorder.handler());

  CHECK(result.pages.size() == 2);
  CHECK(recorder.handled.size() == 2);
  REQUIRE(result.checks.size() == 3);
  const LinkCheck* missing = find_check(result, other.url("/status/404"));
  REQUIRE(missing != nullptr);
  CHECK(missing->status.http_status == 404);
  CHECK(missing->status.is_broken());
  CHECK_FALSE(missing->internal);
  const LinkCheck* refused = find_check(result, other.url("/head-refused"));
  REQUIRE(refused != nullptr);
  CHECK(refused->status.http_status == 200);
  CHECK(find_check(result, other.url("/status/200"))->status.http_status == 200);
}

TEST_CASE("a challenge page marked only in its body is blocked, not broken", "[crawl]") {
  TestServer site;
  TestServer other;
  Recorder recorder;
  const CrawlResult result = crawl(site.url("/links?to=/challenge&to=" + other.url("/challenge")),
                                   fast_options(), recorder.handler());

  // The external link's HEAD gets a 403 without a body; the GET after it shows the challenge.
  const LinkCheck* external = find_check(result, other.url("/challenge"));
  REQUIRE(external != nullptr);
  CHECK(external->status.http_status == 403);
  CHECK(external->status.blocked);
  CHECK_FALSE(external->status.is_broken());
  const Page* page = find_page(result, site.url("/challenge"));
  REQUIRE(page != nullptr);
  CHECK(page->status.blocked);
  CHECK_FALSE(page->status.is_broken());
}

TEST_CASE("a page redirecting off the site is recorded but not parsed", "[crawl]") {
  TestServer site;
  TestServer other;
  const std::string away = "/redirect-to?url=" + other.url("/status/200");
  Recorder recorder;
  const CrawlResult result =
      crawl(site.url("/links?to=" + encoded(away)), fast_options(), recorder.handler());

  REQUIRE(result.pages.size() == 2);
  CHECK(result.pages[1].final_url == other.url("/status/200"));
  CHECK(result.pages[1].status.http_status == 200);
  CHECK(recorder.handled.size() == 1);
}

TEST_CASE("an unreachable home page gives that page alone", "[crawl]") {
  std::string home;
  {
    TestServer gone;
    home = gone.url("/");
  }
  Recorder recorder;
  const CrawlResult refused = crawl(home, fast_options(), recorder.handler());
  REQUIRE(refused.pages.size() == 1);
  CHECK(refused.pages[0].status.error == NetError::connect);

  TestServer site;
  const CrawlResult failing = crawl(site.url("/status/503"), fast_options(), recorder.handler());
  REQUIRE(failing.pages.size() == 1);
  CHECK(failing.pages[0].status.http_status == 503);
  CHECK(failing.links.empty());
  CHECK(recorder.handled.empty());
}

TEST_CASE("a home URL that is not http(s) is a forbidden_scheme page", "[crawl]") {
  const CrawlResult result = crawl("ftp://127.0.0.1/", fast_options(), fixture_links);
  REQUIRE(result.pages.size() == 1);
  CHECK(result.pages[0].status.error == NetError::forbidden_scheme);
}

TEST_CASE("the crawl reports each page and its progress", "[crawl]") {
  TestServer site(kSites + "crawl_basic");
  std::vector<std::string> seen;
  CrawlProgress last;
  CrawlEvents events;
  events.on_page = [&](const Page& page, const std::vector<Link>&) { seen.push_back(page.url); };
  events.on_progress = [&](const CrawlProgress& progress) { last = progress; };
  const CrawlResult result = crawl(site.url("/"), fast_options(), fixture_links, events);

  REQUIRE(seen.size() == result.pages.size());
  CHECK(seen[0] == site.url("/"));
  CHECK(last.done == 7);
  CHECK(last.queued == 0);
  CHECK(last.errors == 2);
}


std::set<std::string> page_urls(const CrawlResult& result) {
  std::set<std::string> urls;
  for (const Page& page : result.pages) urls.insert(page.url);
  return urls;
}

std::set<std::string> link_keys(const CrawlResult& result) {
  std::set<std::string> keys;
  for (const Link& link : result.links) {
    keys.insert(link.from + " " + link.to + " " + std::string(to_string(link.kind)) + " " +
                link.text + "#" + link.fragment);
  }
  return keys;
}

std::set<std::string> check_keys(const CrawlResult& result) {
  std::set<std::string> keys;
  for (const LinkCheck& check : result.checks) {
    keys.insert(check.url + " " + std::to_string(check.status.http_status));
  }
  return keys;
}

TEST_CASE("a crawl resumed from part of the events refetches nothing done and ends the same",
          "[crawl][resume]") {
  TestServer site(kSites + "crawl_basic");
  EventLog log;
  const CrawlResult whole = crawl(site.url("/"), fast_options(), fixture_links, log.events());
  REQUIRE(log.so_far.pages.size() == whole.pages.size());
  REQUIRE(whole.pages.size() >= 4);

  // As if killed after the first three pages and the checks answered by then.
  CrawlSoFar interrupted;
  interrupted.pages.assign(log.so_far.pages.begin(), log.so_far.pages.begin() + 3);
  for (const Link& link : log.so_far.links) {
    if (find_page(CrawlResult{interrupted.pages, {}, {}, {}, {}, {}, {}}, link.from)) {
      interrupted.links.push_back(link);
    }
  }
  interrupted.checks = log.so_far.checks;

  Recorder recorder;
  EventLog resumed_log;
  const CrawlResult resumed = crawl(site.url("/"), fast_options(), recorder.handler(),
                                    resumed_log.events(), interrupted);
  for (const Page& done : interrupted.pages) {
    CHECK(std::count(recorder.handled.begin(), recorder.handled.end(), done.url) == 0);
  }
  CHECK(resumed_log.so_far.pages.size() == whole.pages.size() - 3);
  CHECK(resumed_log.so_far.checks.empty());
  CHECK(page_urls(resumed) == page_urls(whole));
  CHECK(link_keys(resumed) == link_keys(whole));
  CHECK(check_keys(resumed) == check_keys(whole));
  for (const Page& page : whole.pages) {
    const Page* again = find_page(resumed, page.url);
    REQUIRE(again);
    CHECK(again->depth == page.depth);
    CHECK(again->status.http_status == page.status.http_status);
  }
}


std::set<std::string> disallowed_urls(const CrawlResult& result) {
  std::set<std::string> urls;
  for (const LinkCheck& check : result.checks) {
    if (check.status.disallowed_by_robots) urls.insert(check.url);
  }
  return urls;
}

TEST_CASE("pages robots.txt disallows are recorded as checks, not fetched", "[crawl]") {
  TestServer site(kSites + "crawl_basic");
  site.set_robots(200, "User-agent: *\nDisallow: /about\nDisallow: /post-only\n");
  Recorder recorder;
  const CrawlResult result = crawl(site.url("/"), fast_options(), recorder.handler());

  CHECK(page_urls(result) == std::set<std::string>{site.url("/"), site.url("/contact.html"),
                                                   site.url("/missing.html"),
                                                   site.url("/status/500"),
                                                   site.url("/files/brochure.pdf")});
  CHECK(disallowed_urls(result) ==
        std::set<std::string>{site.url("/about.html"), site.url("/post-only")});
  const LinkCheck* about = find_check(result, site.url("/about.html"));
  REQUIRE(about != nullptr);
  CHECK(about->internal);
  CHECK(about->status.http_status == 0);
  CHECK_FALSE(about->status.is_broken());
  CHECK_FALSE(result.pages[0].status.disallowed_by_robots);
  REQUIRE(result.robots.size() == 1);
  CHECK(result.robots[0].url == site.url("/robots.txt"));
  CHECK(result.robots[0].status.http_status == 200);
  CHECK(result.robots[0].delay_ms == 0);
}

TEST_CASE("the group for joignable wins over the star group in a crawl", "[crawl]") {
  TestServer site(kSites + "crawl_basic");
  site.set_robots(200, "User-agent: *\nDisallow: /\n\nUser-agent: Joignable\nDisallow: /contact\n");
  const CrawlResult result = crawl(site.url("/"), fast_options(), fixture_links);

  CHECK(disallowed_urls(result) == std::set<std::string>{site.url("/contact.html")});
  CHECK(find_page(result, site.url("/about.html")) != nullptr);
  CHECK(result.pages.size() == 5);
}

TEST_CASE("without robots.txt (404) the whole site is crawled", "[crawl]") {
  TestServer site(kSites + "crawl_basic");
  const CrawlResult result = crawl(site.url("/"), fast_options(), fixture_links);

  CHECK(result.pages.size() == 6);
  CHECK(disallowed_urls(result).empty());
  REQUIRE(result.robots.size() == 1);
  CHECK(result.robots[0].status.http_status == 404);
}

TEST_CASE("a robots.txt answering 500 leaves the home page alone, flagged", "[crawl]") {
  TestServer site(kSites + "crawl_basic");
  site.set_robots(500, "User-agent: *\nAllow: /\n");
  const CrawlResult result = crawl(site.url("/"), fast_options(), fixture_links);

  REQUIRE(result.pages.size() == 1);
  CHECK(result.pages[0].status.http_status == 200);
  CHECK(result.pages[0].status.disallowed_by_robots);
  CHECK(disallowed_urls(result) ==
        std::set<std::string>{site.url("/about.html"), site.url("/contact.html"),
                              site.url("/missing.html"), site.url("/status/500"),
                              site.url("/files/brochure.pdf"), site.url("/post-only")});
}

TEST_CASE("a home page robots.txt disallows is still fetched and parsed", "[crawl]") {
  TestServer site(kSites + "crawl_basic");
  site.set_robots(200, "User-agent: *\nDisallow: /\n");
  Recorder recorder;
  const CrawlResult result = crawl(site.url("/"), fast_options(), recorder.handler());

  REQUIRE(result.pages.size() == 1);
  CHECK(result.pages[0].status.disallowed_by_robots);
  CHECK(recorder.handled == std::vector<std::string>{site.url("/")});
  CHECK(disallowed_urls(result).size() == 6);
  CHECK(result.links.size() == 7);  // about.html twice, with and without #team
}

TEST_CASE("crawl-delay becomes the delay between requests to the site", "[crawl]") {
  TestServer site(kSites + "crawl_basic");
  site.set_robots(200, "User-agent: joignable\nCrawl-delay: 0.02\n");
  const CrawlResult result = crawl(site.url("/"), fast_options(), fixture_links);

  REQUIRE(result.robots.size() == 1);
  CHECK(result.robots[0].delay_ms == 20);
  CHECK(result.pages.size() == 6);
}

TEST_CASE("respect_robots = false ignores robots.txt", "[crawl]") {
  TestServer site(kSites + "crawl_basic");
  site.set_robots(200, "User-agent: *\nDisallow: /\n");
  auto options = fast_options();
  options.respect_robots = false;
  const CrawlResult result = crawl(site.url("/"), options, fixture_links);

  CHECK(result.pages.size() == 6);
  CHECK(result.robots.empty());
  CHECK(disallowed_urls(result).empty());
  CHECK_FALSE(result.pages[0].status.disallowed_by_robots);
}

}  // namespace
}  // namespace joignable::crawl

namespace joignable::crawl {
namespace {

TEST_CASE("an endless calendar is stopped by the trap guard and reported", "[crawl][scope]") {
  TestServer site;
  target::CrawlOptions options = fast_options();
  options.max_queries_per_path = 5;
  options.max_depth = 100;
  const CrawlResult result = crawl(site.url("/calendar?m=0"), options, fixture_links);
  CHECK(result.pages.size() == 6);  // the home page (no query counted) and five months
  REQUIRE(result.traps.size() == 1);
  CHECK(result.traps[0].pattern == "/calendar?*");
  CHECK(result.traps[0].skipped >= 1);
}

TEST_CASE("a page stuffed with links gives its first 2,000 and a trap", "[crawl][scope]") {
  TestServer site;
  target::CrawlOptions options = fast_options();
  options.max_pages = 1;  // the links are recorded, not followed
  const auto stuffed = [&](const Page&, std::string_view) {
    std::vector<DiscoveredLink> links;
    for (int i = 0; i < 2500; ++i) {
      links.push_back({site.url("/p" + std::to_string(i)), LinkKind::anchor, ""});
    }
    return links;
  };
  const CrawlResult result = crawl(site.url("/status/200"), options, stuffed);
  CHECK(result.links.size() == 2000);
  REQUIRE(result.traps.size() == 1);
  CHECK(result.traps[0].reason == "too_many_links");
  CHECK(result.traps[0].pattern == site.url("/status/200"));
  CHECK(result.traps[0].skipped == 500);
}

TEST_CASE("tracking parameters do not make one page many", "[crawl][scope]") {
  TestServer site;
  const std::string page = site.url("/status/200");
  const CrawlResult result =
      crawl(site.url("/links?to=" + encoded(page + "?utm_source=a") + "&to=" +
                     encoded(page + "?utm_source=b&gclid=x") + "&to=" + encoded(page)),
            fast_options(), fixture_links);
  CHECK(result.pages.size() == 2);
  CHECK(find_page(result, page) != nullptr);
}

TEST_CASE("a page whose handler throws is kept, reported, and the crawl goes on", "[crawl]") {
  TestServer site(kSites + "crawl_basic");
  Recorder recorder;
  const auto handler = recorder.handler();
  const CrawlResult result =
      crawl(site.url("/"), fast_options(), [&](const Page& page, std::string_view body) {
        if (page.url == site.url("/about.html")) throw std::length_error("basic_string::_M_create");
        return handler(page, body);
      });

  REQUIRE(result.page_errors.size() == 1);
  CHECK(result.page_errors[0].url == site.url("/about.html"));
  CHECK(result.page_errors[0].message == "basic_string::_M_create");
  const Page* about = find_page(result, site.url("/about.html"));
  REQUIRE(about != nullptr);
  CHECK(about->status.http_status == 200);
  CHECK(find_page(result, site.url("/contact.html")) != nullptr);
}

}  // namespace
}  // namespace joignable::crawl
