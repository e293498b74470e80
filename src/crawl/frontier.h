// Frontier: the pages of the site still to fetch. Each normalised URL is admitted once; pages
// come out shallowest first, so a page's depth is the length of the shortest chain found so far;
// admission stops at max_pages and beyond max_depth (for click depths, below kListedDepth). Owned by the crawler; not thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <queue>
#include <string>
#include <unordered_set>
#include <vector>

namespace joignable::crawl {

// Depths from kListedDepth on are the layers of pages found without clicks from the home page:
// pages a sitemap lists (kListedDepth) and the pages they link to (one more per link). They come
// after every click depth, and max_depth does not bound them (max_pages does).
inline constexpr int kListedDepth = 1 << 20;

struct FrontierEntry {
  std::string url;  // normalised
  int depth = 0;
};

class Frontier {
 public:
  enum class Admission { queued, seen, too_deep, over_limit };

  Frontier(int max_pages, int max_depth);

  // Admits `url` (normalised) at `depth` unless it was seen already, is deeper than max_depth
  // (and not listed, below kListedDepth) or max_pages URLs were admitted before it.
  Admission add(const std::string& url, int depth);
  // Records `url` as seen without queueing it (the end of a redirect chain, which was fetched).
  void mark_seen(const std::string& url);
  bool seen(const std::string& url) const;

  // The shallowest queued entry, in admission order among equals; nullopt when empty.
  std::optional<FrontierEntry> next();
  // The depth next() would return; nullopt when empty.
  std::optional<int> next_depth() const;
  std::size_t queued() const { return queue_.size(); }

 private:
  struct Queued {
    FrontierEntry entry;
    std::size_t order = 0;
    // std::priority_queue puts the greatest first: the greatest is the shallowest, oldest entry.
    bool operator<(const Queued& other) const {
      return entry.depth != other.entry.depth ? entry.depth > other.entry.depth
                                              : order > other.order;
    }
  };

  int max_pages_;
  int max_depth_;
  std::size_t admitted_ = 0;
  std::unordered_set<std::string> seen_;
  std::priority_queue<Queued> queue_;
};

}  // namespace joignable::crawl
