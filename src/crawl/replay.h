// Replay: an interrupted crawl's work (crawl::CrawlSoFar), handed back as the resumed crawl
// reaches each URL again, so that nothing done is fetched twice. Owned by the crawler; not
// thread-safe.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "crawl/crawler.h"

namespace joignable::crawl {

class Replay {
 public:
  explicit Replay(const CrawlSoFar& so_far);

  // The page fetched as `url`, once; nullopt when it was not.
  std::optional<Page> take_page(const std::string& url);
  // The links found on the page `from`, once, in the order found.
  std::vector<Link> take_links(const std::string& from);
  // The check of `url`, once; nullopt when it was not checked.
  std::optional<LinkCheck> take_check(const std::string& url);

 private:
  std::map<std::string, Page> pages_;
  std::map<std::string, std::vector<Link>> links_;  // by source page
  std::map<std::string, LinkCheck> checks_;
};

}  // namespace joignable::crawl
