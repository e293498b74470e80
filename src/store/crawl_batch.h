// What the store keeps of a crawl as it goes, and gives back to resume it: CrawlBatch, one step
// of the crawl (RunStore::add_crawl_batch), and StoredCrawl, all of a run's steps
// (RunStore::load_crawl). Plain values.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "crawl/page.h"
#include "extract/contact_points.h"

namespace joignable::store {

// One step of a crawl, stored in one transaction: pages with the links first found on them and
// their extraction, and link checks. What the crawl reports through crawl::CrawlEvents.
struct CrawlBatch {
  std::vector<crawl::Page> pages;
  std::vector<crawl::Link> links;
  std::vector<crawl::LinkCheck> checks;
  // By page URL, each an extract::encode_analysis() document (extract/contact_points_json.h).
  std::vector<std::pair<std::string, std::string>> analyses;
};

// What the batches of a run hold, to resume its crawl.
struct StoredCrawl {
  crawl::CrawlSoFar so_far;
  std::map<std::string, extract::PageAnalysis> analyses;  // by page URL
};

}  // namespace joignable::store
