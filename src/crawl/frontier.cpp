#include "crawl/frontier.h"

#include <algorithm>

namespace joignable::crawl {

Frontier::Frontier(int max_pages, int max_depth) : max_pages_(max_pages), max_depth_(max_depth) {}

Frontier::Admission Frontier::add(const std::string& url, int depth) {
  if (seen_.count(url) != 0) {
    return Admission::seen;
  }
  if (depth > max_depth_ && depth < kListedDepth) {
    return Admission::too_deep;
  }
  if (admitted_ >= static_cast<std::size_t>(std::max(0, max_pages_))) {
    return Admission::over_limit;
  }
  seen_.insert(url);
  queue_.push(Queued{FrontierEntry{url, depth}, admitted_++});
  return Admission::queued;
}

void Frontier::mark_seen(const std::string& url) { seen_.insert(url); }

bool Frontier::seen(const std::string& url) const { return seen_.count(url) != 0; }

std::optional<FrontierEntry> Frontier::next() {
  if (queue_.empty()) {
    return std::nullopt;
  }
  FrontierEntry entry = queue_.top().entry;
  queue_.pop();
  return entry;
}

std::optional<int> Frontier::next_depth() const {
  if (queue_.empty()) {
    return std::nullopt;
  }
  return queue_.top().entry.depth;
}

}  // namespace joignable::crawl
