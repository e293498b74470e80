#include "crawl/fetcher.h"

#include <algorithm>
#include <atomic>
#include <deque>
#include <map>
#include <mutex>

#include <curl/curl.h>

#include "crawl/politeness.h"
#include "crawl/transfer.h"
#include "util/build_info.h"

namespace joignable::crawl {

using Clock = std::chrono::steady_clock;

// A 429 or 503 with Retry-After is asked again, after the wait, this many times at most; a longer
// wait than kMaxRetryWait is not worth holding an audit for: the answer is recorded as it is.
constexpr int kMaxRetries = 2;
constexpr std::chrono::seconds kMaxRetryWait(30);

std::string user_agent() {
  return std::string("joignable/") + build_info::kVersion + " (+" + build_info::kProjectUrl + ")";
}

struct Fetcher::Impl {
  explicit Impl(const target::CrawlOptions& crawl_options)
      : options(crawl_options),
        politeness(crawl_options.per_host_concurrency,
                   std::chrono::milliseconds(crawl_options.delay_ms)),
        agent(user_agent()) {
    static std::once_flag curl_initialised;
    std::call_once(curl_initialised, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    multi = curl_multi_init();
  }

  ~Impl() {
    for (auto& [easy, transfer] : active) {
      curl_multi_remove_handle(multi, easy);
      curl_easy_cleanup(easy);
    }
    for (CURL* easy : idle_handles) {
      curl_easy_cleanup(easy);
    }
    curl_multi_cleanup(multi);
  }

  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;

  void start_ready(Clock::time_point now, std::vector<FetchResult>& results);
  bool may_start(const Transfer& transfer, Clock::time_point now) const;
  bool start(std::unique_ptr<Transfer>& transfer, Clock::time_point now);
  void collect_done(std::vector<FetchResult>& results);
  void after_hop(std::unique_ptr<Transfer> transfer, CURLcode code,
                 std::vector<FetchResult>& results);
  Clock::time_point next_wake(Clock::time_point now, Clock::time_point deadline) const;

  target::CrawlOptions options;
  Politeness politeness;
  std::string agent;
  CURLM* multi = nullptr;
  std::atomic<bool> woken{false};  // set by wake(), from any thread
  CookieJar cookies;  // outlives the handles, which the destructor cleans up first
  std::deque<std::unique_ptr<Transfer>> pending;
  std::map<CURL*, std::unique_ptr<Transfer>> active;
  std::vector<CURL*> idle_handles;
  bool holding_pages = false;
};

void Fetcher::Impl::start_ready(Clock::time_point now, std::vector<FetchResult>& results) {
  const auto limit = static_cast<std::size_t>(std::max(1, options.concurrency));
  for (auto it = pending.begin(); it != pending.end() && active.size() < limit;) {
    if (!may_start(**it, now)) {
      ++it;
      continue;
    }
    std::unique_ptr<Transfer> transfer = std::move(*it);
    it = pending.erase(it);
    if (!start(transfer, now)) {
      results.push_back(transfer->finish(CURLE_OUT_OF_MEMORY));
    }
  }
}

bool Fetcher::Impl::may_start(const Transfer& transfer, Clock::time_point now) const {
  return !(holding_pages && transfer.is_page()) && politeness.may_start(transfer.host(), now);
}

bool Fetcher::Impl::start(std::unique_ptr<Transfer>& transfer, Clock::time_point now) {
  CURL* easy = nullptr;
  if (!idle_handles.empty()) {
    easy = idle_handles.back();
    idle_handles.pop_back();
  } else {
    easy = curl_easy_init();
  }
  if (easy == nullptr) {
    return false;
  }
  transfer->configure(easy, options, agent, cookies, now);
  politeness.started(transfer->host(), now);
  curl_multi_add_handle(multi, easy);
  active.emplace(easy, std::move(transfer));
  return true;
}

void Fetcher::Impl::collect_done(std::vector<FetchResult>& results) {
  int left = 0;
  while (CURLMsg* message = curl_multi_info_read(multi, &left)) {
    if (message->msg != CURLMSG_DONE) {
      continue;
    }
    CURL* easy = message->easy_handle;
    const CURLcode code = message->data.result;
    const auto it = active.find(easy);
    if (it == active.end()) {
      continue;
    }
    std::unique_ptr<Transfer> transfer = std::move(it->second);
    active.erase(it);
    curl_multi_remove_handle(multi, easy);
    politeness.finished(transfer->host());
    transfer->read_answer(easy);
    // Drops the pointers into the transfer; the connection stays in the multi handle's cache.
    CookieJar::reset(easy);
    idle_handles.push_back(easy);
    after_hop(std::move(transfer), code, results);
  }
}

void Fetcher::Impl::after_hop(std::unique_ptr<Transfer> transfer, CURLcode code,
                              std::vector<FetchResult>& results) {
  if (const auto wait = transfer->retry(code, kMaxRetries, kMaxRetryWait)) {
    // The whole host waits, as Retry-After asks, not only this request.
    politeness.pause(transfer->host(), Clock::now() + *wait);
    pending.push_front(std::move(transfer));
    return;
  }
  if (transfer->next_hop(code, options.max_redirects)) {
    // The next hop keeps its place ahead of requests that have not started yet.
    pending.push_front(std::move(transfer));
    return;
  }
  results.push_back(transfer->finish(code));
}

Clock::time_point Fetcher::Impl::next_wake(Clock::time_point now,
                                           Clock::time_point deadline) const {
  Clock::time_point wake = deadline;
  for (const auto& transfer : pending) {
    const auto slot = politeness.next_start(transfer->host(), now);
    if (slot > now) {
      wake = std::min(wake, slot);
    }
  }
  return wake;
}

Fetcher::Fetcher(const target::CrawlOptions& options) : impl_(std::make_unique<Impl>(options)) {}

Fetcher::~Fetcher() = default;

void Fetcher::submit(FetchRequest request) {
  impl_->pending.push_back(std::make_unique<Transfer>(std::move(request)));
}

std::size_t Fetcher::outstanding() const { return impl_->pending.size() + impl_->active.size(); }

std::vector<FetchResult> Fetcher::poll(std::chrono::milliseconds max_wait) {
  std::vector<FetchResult> results;
  const auto deadline = Clock::now() + max_wait;
  while (outstanding() > 0) {
    auto now = Clock::now();
    impl_->start_ready(now, results);
    int running = 0;
    curl_multi_perform(impl_->multi, &running);
    impl_->collect_done(results);
    now = Clock::now();
    if (!results.empty() || now >= deadline || impl_->woken.exchange(false)) {
      break;
    }
    // Pending hops of finished redirects start on the next turn without waiting.
    const bool startable = std::any_of(
        impl_->pending.begin(), impl_->pending.end(),
        [&](const auto& transfer) { return impl_->may_start(*transfer, now); });
    if (startable && impl_->active.size() < static_cast<std::size_t>(impl_->options.concurrency)) {
      continue;
    }
    const auto wake = impl_->next_wake(now, deadline);
    const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(wake - now);
    curl_multi_poll(impl_->multi, nullptr, 0, static_cast<int>(std::max<long>(1, wait.count())),
                    nullptr);
  }
  return results;
}

void Fetcher::set_host_delay(const std::string& origin, std::chrono::milliseconds delay) {
  impl_->politeness.set_delay(origin, delay);
}

void Fetcher::hold_pages(bool hold) { impl_->holding_pages = hold; }

void Fetcher::wake() {
  impl_->woken = true;
  curl_multi_wakeup(impl_->multi);
}

}  // namespace joignable::crawl
