// The crawl stage: fetches the site from its home page, hands each HTML page of the site to the
// caller's PageHandler (which finds the links) and follows the links it returns, within
// CrawlOptions. Links to other sites and form actions are only checked (their status recorded),
// never parsed. A misbehaving site is data in the CrawlResult, never an error; the crawl cannot
// hang (every request has a timeout) and keeps no page body after its handler returns.
//
// robots.txt (RFC 9309, robots.h) is obeyed per origin of the site when respect_robots is set;
// bodies reach the handler as UTF-8 (charset.h); 429/503 answers with Retry-After are asked again
// after the wait (fetcher.h). A killed crawl resumes from CrawlSoFar.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "crawl/page.h"
#include "target/target.h"

namespace joignable::crawl {

// Returns the links found in `body`, the HTML of `page`, resolved against page.final_url (and any
// <base href>). It is called from several parser threads at once (parse_pool.h), so it must be
// thread-safe.
using PageHandler =
    std::function<std::vector<DiscoveredLink>(const Page& page, std::string_view body)>;

struct CrawlProgress {
  int done = 0;    // pages and link checks finished
  int queued = 0;  // pages and link checks waiting or in flight
  int errors = 0;  // finished ones that are broken (FetchStatus::is_broken)
  double elapsed_seconds = 0;
};

// All optional; called on the thread that called crawl(). Pages and checks replayed from a
// CrawlSoFar are not reported again: together the events are what a store must keep to resume.
struct CrawlEvents {
  // Each page once fetched and handled, with the links first found on it (those of `links` whose
  // `from` is this page).
  std::function<void(const Page&, const std::vector<Link>&)> on_page;
  std::function<void(const LinkCheck&)> on_check;           // each link check, once answered
  std::function<void(const CrawlProgress&)> on_progress;  // after each batch of answers
};

// Crawls the site whose home page is `home_url`:
// - pages[0] is the home page (depth 0). When it cannot be fetched (network error, status >= 400,
//   not HTML, or a URL that is not http(s)) the result holds that page alone.
// - A page of the site (util::same_site) answering 2xx with text/html or application/xhtml+xml
//   goes to `handle_page`, once per final URL. Its links of kind anchor, area, iframe, canonical
//   and alternate to the site are fetched as pages, up to max_pages pages and max_depth clicks;
//   those beyond are recorded as links but not fetched, as are pages out of the include/exclude
//   globs or caught by the trap guard (scope.h; `traps` says what it stopped). A page that is not HTML (a PDF) or that
//   redirects off the site is recorded with its status, not parsed.
// - Links to other sites are checked once each (HEAD, then GET when HEAD fails or answers >= 400)
//   and recorded in `checks` with internal = false. Form actions are checked once each with a GET
//   (internal when on the site, unless already fetched as a page); a 405 there is recorded as is.
// - Every link goes into `links` (from = the page's requested URL, to = normalised without its
//   fragment), once per (from, to, kind, fragment). Tracking parameters
//   (CrawlOptions::strip_params) are removed from every URL first.
// - Sitemaps (sitemap_discovery.h: robots.txt Sitemap lines, /sitemap.xml, their indexes) are
//   fetched once robots.txt of the home page's origin is known (unless max_pages is 1), and
//   recorded in `sitemaps`. The pages of the site they list that no click reached are crawled
//   after every page within max_depth clicks, as are the pages those link to; max_depth does
//   not bound them, max_pages does, and scope and robots.txt apply.
// - Page::depth is the shortest chain of anchor/area links from the home page among the links
//   found; pages reached only through other kinds (iframe, canonical) or a sitemap have none.
// - `so_far` is replayed as said above: the handler is not called for its pages.
// - A handler that throws (a std::exception) does not stop the crawl: its page keeps its status,
//   gives no links, and is listed in `page_errors` with the exception's message.
CrawlResult crawl(const std::string& home_url, const target::CrawlOptions& options,
                  const PageHandler& handle_page, const CrawlEvents& events = {},
                  const CrawlSoFar& so_far = {});

}  // namespace joignable::crawl
