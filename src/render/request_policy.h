// RequestPolicy: whether a request a rendered page makes may go out, so that the browser keeps
// the crawler's rules (crawl/): http(s) only; the address policy (crawl/address_policy.h) on
// every address the host resolves to; robots.txt for the site's origins; the per-host pause of
// delay_ms and Crawl-delay. What a page needs to show its contact points is let through, what it
// does not is refused:
// - on the site: everything but media, event streams, pings and prefetches;
// - elsewhere: scripts, stylesheets, XHR and fetch only (a chat widget or a form injected by a
//   second origin's script), unless the host is a known tracker; other sites' frames are refused
//   (their DOM is not the page's, so they would show nothing to the extraction).
// Limit: curl checks the address it connects to (address_guard.h); the browser connects on its
// own, so the policy resolves the host itself and checks every address it gets. A DNS answer that
// changes between that look-up and the browser's (rebinding) is not caught; a resolution is kept
// for the whole audit to narrow that window to the browser's own cache.
// Thread-safe: the tabs share one policy.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "crawl/robots.h"
#include "target/target.h"

namespace joignable::render {

struct RequestVerdict {
  bool allowed = false;
  // Why it was refused: "scheme", "robots", "address 127.0.0.2 (loopback)", "dns",
  // "other-site image", "tracker", "method", "media"...; "" when allowed.
  std::string reason;
  // When allowed: the request waits until then (the host's pause); now when there is none.
  std::chrono::steady_clock::time_point not_before;
};

class RequestPolicy {
 public:
  // `home_url`: the site's home page (util::same_site decides what is the site); `options` must
  // outlive the policy.
  RequestPolicy(std::string home_url, const target::CrawlOptions& options);

  // `resource_type` as the DevTools protocol spells it ("Document", "Script", "XHR", "Fetch",
  // "Image"...), `method` the HTTP method. May block while the host is resolved or an origin's
  // robots.txt is fetched (once each per audit).
  RequestVerdict judge(const std::string& url, const std::string& resource_type,
                       const std::string& method);

 private:
  std::string refused_address(const std::string& host);
  const crawl::RobotsRules& robots_of(const std::string& origin);
  std::chrono::steady_clock::time_point next_turn(const std::string& origin, bool on_site);

  const std::string home_;
  const target::CrawlOptions& options_;
  std::mutex mutex_;
  std::map<std::string, std::string> address_verdicts_;  // host -> "" or why refused
  std::map<std::string, crawl::RobotsRules> robots_;     // origin of the site -> its rules
  std::map<std::string, std::chrono::steady_clock::time_point> next_request_;  // by origin
};

// Whether `host` (lower case) is, or is under, a domain known to serve only trackers and ads.
bool is_tracker_host(const std::string& host);

}  // namespace joignable::render
