// ParsePool: runs the PageHandler (HTML parsing and extraction, the crawl's costliest work) on
// worker threads, so that parsing uses every core while the crawl thread keeps the network busy.
// The crawl thread submits pages with their bodies and takes finished ones back; a body is
// dropped as soon as its page is handled. submit(), take_done() and pending() are for the crawl
// thread; workers only call the handler and the `on_done` callback, from any thread.
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "crawl/crawler.h"

namespace joignable::crawl {

struct ParseJob {
  Page page;
  std::string body;
  int depth = 0;
};

// A link of a parsed page, normalised on the worker: `from` is the page's URL.
struct ParsedLink {
  Link link;
  bool internal = false;  // `link.to` is on the site
};

struct ParsedPage {
  Page page;
  int depth = 0;
  std::vector<ParsedLink> links;
  std::size_t body_bytes = 0;  // of the body it was parsed from, which is gone
  std::string error;           // what the handler threw; "" when it returned
};

class ParsePool {
 public:
  using Handler = std::function<std::vector<ParsedLink>(const Page& page, std::string_view body)>;

  // `threads` workers (at least one) call `handler`; `on_done` runs on a worker after each page,
  // to wake the crawl thread. A handler that throws a std::exception yields a page with no links
  // and the exception's message in ParsedPage::error.
  ParsePool(Handler handler, int threads, std::function<void()> on_done);
  ~ParsePool();  // finishes the pages already submitted, then joins the workers
  ParsePool(const ParsePool&) = delete;
  ParsePool& operator=(const ParsePool&) = delete;

  void submit(ParseJob job);
  // Pages handled since the last call, in the order they finished.
  std::vector<ParsedPage> take_done();
  // Waits until a page is done or `max_wait` passes.
  void wait_for_done(std::chrono::milliseconds max_wait);
  // Submitted and not yet taken back, and the size of their bodies.
  std::size_t pending() const { return pending_; }
  std::size_t pending_bytes() const { return pending_bytes_; }

 private:
  void work();

  const Handler handler_;
  std::function<void()> on_done_;
  std::mutex mutex_;
  std::condition_variable job_ready_;
  std::condition_variable page_done_;
  std::deque<ParseJob> jobs_;
  std::vector<ParsedPage> done_;
  std::size_t pending_ = 0;        // crawl thread only
  std::size_t pending_bytes_ = 0;  // crawl thread only
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace joignable::crawl
