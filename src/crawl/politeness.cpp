#include "crawl/politeness.h"

#include <algorithm>

namespace joignable::crawl {

Politeness::Politeness(int per_host, std::chrono::milliseconds delay)
    : per_host_(std::max(1, per_host)), delay_(std::max(std::chrono::milliseconds(0), delay)) {}

bool Politeness::may_start(const std::string& host, Clock::time_point now) const {
  const auto it = hosts_.find(host);
  if (it == hosts_.end()) {
    return true;
  }
  return it->second.in_flight < per_host_ && next_start(host, now) <= now;
}

Politeness::Clock::time_point Politeness::next_start(const std::string& host,
                                                     Clock::time_point now) const {
  const auto it = hosts_.find(host);
  if (it == hosts_.end() || !it->second.has_started) {
    return now;
  }
  return it->second.last_start + delay_;
}

void Politeness::started(const std::string& host, Clock::time_point now) {
  HostState& state = hosts_[host];
  ++state.in_flight;
  state.last_start = now;
  state.has_started = true;
}

void Politeness::finished(const std::string& host) {
  const auto it = hosts_.find(host);
  if (it != hosts_.end() && it->second.in_flight > 0) {
    --it->second.in_flight;
  }
}

}  // namespace joignable::crawl
