// The 404 probe: after the crawl, one or two URLs of the site that cannot exist are requested, to
// see whether the site says so (404, 410) or pretends the page is there (a "soft 404": 200, or a
// redirect to the home page), and what its error page offers a lost visitor. The requests go
// through a Fetcher with the crawl's options (timeouts, redirects, body cap, politeness), and
// robots.txt is obeyed like in the crawl: a disallowed probe is not sent, and says so. The HTML of
// each answer goes to the caller's handler; nothing of it is kept here. Failures are data in each
// NotFoundProbe. Functions run on the calling thread; they share no state (thread-safe).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "crawl/page.h"
#include "target/target.h"

namespace joignable::crawl {

struct NotFoundProbe {
  std::string url;        // the URL that cannot exist
  std::string final_url;  // after redirects; equals url when there were none
  // The answer after redirects. disallowed_by_robots (and no status) when robots.txt forbids url.
  FetchStatus status;
  std::string content_type;            // media type in lower case, "" when none
  std::vector<std::string> redirects;  // every hop after url, in order
};

// Called once per probe whose answer is an HTML page (any status), with that page's body (cut at
// max_body_bytes, in UTF-8), before probe_not_found returns. `body` does not outlive the call.
using NotFoundPageHandler = std::function<void(const NotFoundProbe& probe, std::string_view body)>;

// The URLs to probe for a crawl: "<origin>/joignable-404-check-<token>" and, when pages of the site
// lie in folders, "<origin>/<folder>/joignable-404-check-<token>.html" in the folder holding the
// most pages (CMSs often answer differently under a folder). <origin> is that of the home page
// after its redirects. None when the home page did not answer 2xx: there is no site to probe.
std::vector<std::string> not_found_probe_urls(const CrawlResult& crawl, std::string_view token);

// 16 random hex digits, so that no real page can be hit by chance and no cache can answer.
std::string random_probe_token();

// Requests each URL with a GET (bodies kept when HTML) and returns one NotFoundProbe per URL, in
// order. With options.respect_robots, the robots.txt of each URL's origin is fetched first (the
// crawl keeps no rules), and its Crawl-delay paces the probes as it paced the crawl.
std::vector<NotFoundProbe> probe_not_found(const std::vector<std::string>& urls,
                                           const target::CrawlOptions& options,
                                           const NotFoundPageHandler& handle_page);

}  // namespace joignable::crawl
