// Finding one page of a CrawlResult by its URL, for the crawler's tests.
#pragma once

#include <algorithm>
#include <string>

#include "crawl/crawler.h"

namespace joignable::testing {

// The page of `result` whose URL is `url`, or nullptr.
inline const crawl::Page* find_page(const crawl::CrawlResult& result, const std::string& url) {
  const auto it = std::find_if(result.pages.begin(), result.pages.end(),
                               [&](const crawl::Page& page) { return page.url == url; });
  return it == result.pages.end() ? nullptr : &*it;
}

}  // namespace joignable::testing
