// Fetcher: every HTTP request of a crawl goes through one libcurl multi handle driven by poll(),
// with a global limit on requests in flight (CrawlOptions::concurrency) and the per-host limits
// of Politeness. Redirects are followed here, hop by hop, rather than by libcurl, so that every
// hop is recorded and checked (http/https only, no loop, at most max_redirects); the timeout
// covers the whole chain. Bodies are kept only when asked for and only when HTML (or any file asked
// for raw), and are cut at max_body_bytes (decompressed) without that being an error; the start of
// a 403, 429 or 503 body is always read for the markers of a bot challenge (response_classify.h).
// A failed request is data in its FetchResult, never an Error. A Fetcher is used from one thread;
// it is not thread-safe.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "crawl/page.h"
#include "target/target.h"

namespace joignable::crawl {

enum class Method { get, head };

struct FetchRequest {
  std::string url;  // absolute http(s), normalised
  Method method = Method::get;
  // GET only: keep an HTML body (up to max_body_bytes). Otherwise the transfer stops as soon as
  // the body starts, since the status is all that is needed.
  bool keep_body = false;
  std::uint64_t tag = 0;  // the caller's, handed back untouched
  // With keep_body, more than 0: a file that is not a page (a sitemap: XML, text or gzip). Its
  // body is kept whatever its media type, as received (no charset conversion), up to this many
  // bytes instead of max_body_bytes.
  std::size_t raw_body_bytes = 0;
};

struct FetchResult {
  std::uint64_t tag = 0;
  Method method = Method::get;
  std::string url;        // as requested
  std::string final_url;  // the last URL reached
  FetchStatus status;
  std::string content_type;            // media type in lower case, "" when none
  std::vector<std::string> redirects;  // every hop after `url`, in order
  bool truncated = false;
  std::string body;  // empty unless keep_body was set and the answer was HTML (or raw_body_bytes)
};

class Fetcher {
 public:
  explicit Fetcher(const target::CrawlOptions& options);
  ~Fetcher();
  Fetcher(const Fetcher&) = delete;
  Fetcher& operator=(const Fetcher&) = delete;

  void submit(FetchRequest request);

  // Runs transfers until at least one request finishes or `max_wait` passes, and returns the
  // finished ones (possibly none). Returns at once when nothing is outstanding.
  std::vector<FetchResult> poll(std::chrono::milliseconds max_wait);

  // Requests submitted and not yet returned by poll().
  std::size_t outstanding() const;

  // At least `delay` between two requests to `origin` ("https://example.com"), on top of
  // CrawlOptions::delay_ms: its robots.txt Crawl-delay.
  void set_host_delay(const std::string& origin, std::chrono::milliseconds delay);

  // While true, page requests (keep_body, not raw files) wait instead of starting; link checks,
  // robots.txt and sitemaps go on. The crawl sets it while its parse backlog is full: a request
  // already submitted would otherwise bring its body in, however many bodies wait for a parser.
  void hold_pages(bool hold);

  // Makes a poll() under way return now, even with nothing finished. Callable from any thread
  // (other work for the caller is ready, such as a parsed page).
  void wake();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The User-Agent of every request: "joignable/<version> (+<project url>)".
std::string user_agent();

}  // namespace joignable::crawl
