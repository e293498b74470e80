// Fetching one text resource with a single blocking libcurl request: robots.txt (robots_fetch.h)
// and listings given by URL (listings/). Apart from the Fetcher, which keeps HTML bodies only and
// runs the crawl's multi loop. Callers call it when blocking stalls nothing. Thread-safe (no
// shared state).
#pragma once

#include <cstddef>
#include <string>

#include "crawl/page.h"
#include "target/target.h"

namespace joignable::crawl {

struct TextAnswer {
  FetchStatus status;        // of the last hop
  std::string body;          // at most the cap asked for; empty unless a 2xx answer
  bool truncated = false;    // the body was cut at the cap
  std::string content_type;  // of the last hop, as sent; "" when none
};

// GETs `url` with the crawl's User-Agent and timeouts (`options`), following at most
// `max_redirects` redirects to http(s) URLs only. Reading stops at `max_bytes` (decompressed)
// without that being an error. Failures are data in the status.
TextAnswer fetch_text(const std::string& url, const target::CrawlOptions& options,
                      std::size_t max_bytes, long max_redirects);

}  // namespace joignable::crawl
