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
  if (it == hosts_.end()) {
    return now;
  }
  const HostState& state = it->second;
  const auto by_delay =
      state.has_started ? state.last_start + std::max(delay_, state.delay) : Clock::time_point{};
  return std::max({now, by_delay, state.paused_until});
}

void Politeness::set_delay(const std::string& host, std::chrono::milliseconds delay) {
  hosts_[host].delay = delay;
}

void Politeness::pause(const std::string& host, Clock::time_point until) {
  HostState& state = hosts_[host];
  state.paused_until = std::max(state.paused_until, until);
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
