// The crawl's output: pages of the site with how each fetch went, and the links between them.
// A website that misbehaves is data here (a FetchStatus), never an error. Plain values.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "crawl/fetch_status.h"
#include "crawl/link.h"
#include "crawl/link_list.h"

namespace joignable::crawl {

struct Page {
  std::string url;        // normalised, as first requested
  std::string final_url;  // after redirects; equals url when there were none
  std::optional<int> depth;  // click depth from the home page; nullopt when reached otherwise
  FetchStatus status;
  std::string content_type;            // media type only, lower case ("text/html")
  std::vector<std::string> redirects;  // every URL of the chain after `url`, in order
  bool truncated = false;              // the body was cut at CrawlOptions::max_body_bytes
};

// The answer to a link that was checked but not crawled (another host, or out of scope).
struct LinkCheck {
  std::string url;
  FetchStatus status;
  bool internal = false;
};

// The robots.txt of one origin of the site, as fetched before its first page.
struct RobotsFile {
  std::string url;     // "https://example.com/robots.txt"
  FetchStatus status;  // of the last redirect hop
  int delay_ms = 0;    // pause asked between two requests: max(delay_ms, capped Crawl-delay)
};

// URLs of the site the trap guard kept the crawl from (crawl/scope.h), by pattern.
struct CrawlTrap {
  std::string pattern;  // "/agenda?*", "*/a/*/a/*"
  // too_many_queries | repeated_segment | path_too_deep | session_id | faceted_search |
  // growing_path | numbered_path
  std::string reason;
  std::string example;  // the first URL skipped
  int skipped = 0;      // links to such URLs that were not followed
};

// A sitemap file the crawl fetched (crawl/sitemap_discovery.h), and what it gave.
struct SitemapFile {
  std::string url;     // as listed (robots.txt, an index) or guessed (/sitemap.xml)
  FetchStatus status;  // of the last redirect hop
  int pages = 0;       // entries that are pages of the site, duplicates counted
  int sitemaps = 0;    // the files it lists, when an index
  int skipped = 0;     // entries left out: on another site, not http(s), or unreadable
  // Why a file that answered 2xx was not read whole: empty, not_a_sitemap, "malformed: line 3:
  // ...", entity_declared, too_deep, corrupt_gzip, max_bytes, max_entries, max_fetch_bytes;
  // "" when it was (or when it did not answer 2xx: the status says why).
  std::string problem;
};

// A page whose handler (the extraction) threw: it keeps its status but gave no links nor
// contact points. A bug in joignable or a library, which the run reports instead of hiding.
struct PageError {
  std::string url;      // Page::url
  std::string message;  // what the exception said
};

struct CrawlResult {
  std::vector<Page> pages;  // pages[0] is the home page
  LinkList links;
  std::vector<LinkCheck> checks;
  std::vector<RobotsFile> robots;  // empty when CrawlOptions::respect_robots is false
  std::vector<CrawlTrap> traps;
  std::vector<SitemapFile> sitemaps;  // round by round, in the order listed
  std::vector<PageError> page_errors;  // in the order the pages were handled
};

// What an interrupted crawl of the same site had done, as its events (crawler.h) reported it:
// pages with the links found on them, and link checks. crawl() replays a page or a check of it
// when the crawl reaches its URL instead of fetching it again, so the result is the one an
// uninterrupted crawl would have given (as long as the site did not change meanwhile). The store
// gives it back to resume a run.
struct CrawlSoFar {
  std::vector<Page> pages;
  std::vector<Link> links;
  std::vector<LinkCheck> checks;
};

}  // namespace joignable::crawl
