// Politeness: how many requests may be in flight to one host, and how long to wait between two
// requests to it. Hosts are keyed by origin ("https://example.com:8443"). Used by the fetcher on
// its own thread; not thread-safe.
#pragma once

#include <chrono>
#include <map>
#include <string>

namespace joignable::crawl {

class Politeness {
 public:
  using Clock = std::chrono::steady_clock;

  // `per_host` requests at most in flight to one host (at least 1); `delay` between the starts of
  // two requests to one host.
  Politeness(int per_host, std::chrono::milliseconds delay);

  // Whether a request to `host` may start at `now`.
  bool may_start(const std::string& host, Clock::time_point now) const;
  // When `host` will next accept a request by the delay rule alone; `now` or earlier when it does.
  Clock::time_point next_start(const std::string& host, Clock::time_point now) const;

  // From now on at least `delay` between two starts to `host` (its robots.txt Crawl-delay), on top
  // of the delay for every host.
  void set_delay(const std::string& host, std::chrono::milliseconds delay);
  // No request to `host` starts before `until` (it answered 429 or 503 with Retry-After).
  void pause(const std::string& host, Clock::time_point until);

  void started(const std::string& host, Clock::time_point now);
  void finished(const std::string& host);

 private:
  struct HostState {
    int in_flight = 0;
    Clock::time_point last_start{};
    bool has_started = false;
    std::chrono::milliseconds delay{0};
    Clock::time_point paused_until{};
  };

  int per_host_;
  std::chrono::milliseconds delay_;
  std::map<std::string, HostState> hosts_;
};

}  // namespace joignable::crawl
