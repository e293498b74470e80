// Click depths: how many clicks each page of a crawl is from the home page, once every link is
// known. Pure function; not thread-safe on a shared result.
#pragma once

#include "crawl/crawler.h"

namespace joignable::crawl {

// Sets each page's depth to the shortest chain of anchor and area links from pages[0] (depth 0)
// over result.links; nullopt for a page no such chain reaches (a page only a sitemap lists).
// Works on the ids of the link list: a copy of a million links' URLs would be the crawl's
// largest allocation.
void assign_click_depths(CrawlResult& result);

}  // namespace joignable::crawl
