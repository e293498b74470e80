#include "crawl/parse_pool.h"

#include <algorithm>
#include <exception>
#include <optional>

#include <malloc.h>

namespace joignable::crawl {
namespace {

// A body at least this large is parsed by one worker at a time: its parse tree alone takes tens
// of megabytes (about ten times the HTML), and two at once made most of a hostile crawl's peak.
constexpr std::size_t kLargeBody = 1 << 20;

std::mutex large_parse;

// A worker's turn at a large body, and, once the page is handled, the memory its tree took given
// back to the system (glibc keeps freed memory in each thread's arena otherwise).
class LargeParseTurn {
 public:
  explicit LargeParseTurn(std::size_t body_bytes) {
    if (body_bytes >= kLargeBody) lock_.emplace(large_parse);
  }
  ~LargeParseTurn() {
    if (lock_) malloc_trim(0);
  }
  LargeParseTurn(const LargeParseTurn&) = delete;
  LargeParseTurn& operator=(const LargeParseTurn&) = delete;

 private:
  std::optional<std::unique_lock<std::mutex>> lock_;
};

}  // namespace

ParsePool::ParsePool(Handler handler, int threads, std::function<void()> on_done)
    : handler_(std::move(handler)), on_done_(std::move(on_done)) {
  for (int i = 0; i < std::max(1, threads); ++i) workers_.emplace_back([this] { work(); });
}

ParsePool::~ParsePool() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  job_ready_.notify_all();
  for (auto& worker : workers_) worker.join();
}

void ParsePool::submit(ParseJob job) {
  const std::size_t bytes = job.body.size();
  {
    const std::lock_guard lock(mutex_);
    jobs_.push_back(std::move(job));
  }
  ++pending_;
  pending_bytes_ += bytes;
  job_ready_.notify_one();
}

std::vector<ParsedPage> ParsePool::take_done() {
  std::vector<ParsedPage> taken;
  {
    const std::lock_guard lock(mutex_);
    taken.swap(done_);
  }
  pending_ -= taken.size();
  for (const ParsedPage& parsed : taken) pending_bytes_ -= parsed.body_bytes;
  return taken;
}

void ParsePool::wait_for_done(std::chrono::milliseconds max_wait) {
  std::unique_lock lock(mutex_);
  page_done_.wait_for(lock, max_wait, [this] { return !done_.empty(); });
}

void ParsePool::work() {
  for (;;) {
    ParseJob job;
    {
      std::unique_lock lock(mutex_);
      job_ready_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
      if (jobs_.empty()) return;  // stopping, and nothing left to do
      job = std::move(jobs_.front());
      jobs_.pop_front();
    }
    const LargeParseTurn turn(job.body.size());
    ParsedPage parsed{std::move(job.page), job.depth, {}, job.body.size(), {}};
    try {
      parsed.links = handler_(parsed.page, job.body);
    } catch (const std::exception& e) {
      // An exception must not escape a worker thread, which would end the process: the page
      // keeps its status, yields no links, and the crawl reports what happened.
      parsed.links.clear();
      parsed.error = e.what();
    }
    job.body = std::string();  // the body goes as soon as its page is handled
    {
      const std::lock_guard lock(mutex_);
      done_.push_back(std::move(parsed));
    }
    page_done_.notify_one();
    if (on_done_) on_done_();
  }
}

}  // namespace joignable::crawl
