// Fetching one robots.txt for the 404 probe, which reads it before its few requests:
// fetch_text() (fetch_text.h) with robots.txt's own limits. The crawler asks its Fetcher instead
// (a raw body), so that the transfers in flight go on meanwhile. Thread-safe (no shared state).
#pragma once

#include <string>

#include "crawl/fetch_text.h"
#include "crawl/robots.h"
#include "target/target.h"

namespace joignable::crawl {

inline constexpr long kRobotsMaxRedirects = 5;

using RobotsAnswer = TextAnswer;

// GETs `url` with the crawl's User-Agent and timeouts, following at most kRobotsMaxRedirects
// redirects (RFC 9309 2.3.1.2: at least five) to http(s) URLs. Reading stops at kRobotsMaxBytes
// without that being an error. Failures are data in the status.
inline RobotsAnswer fetch_robots(const std::string& url, const target::CrawlOptions& options) {
  return fetch_text(url, options, kRobotsMaxBytes, kRobotsMaxRedirects);
}

}  // namespace joignable::crawl
