// EventLog: what the events of a crawl report, kept the way the store keeps it, for the crawler's
// resume tests.
#pragma once

#include <vector>

#include "crawl/crawler.h"

namespace joignable::testing {

struct EventLog {
  crawl::CrawlSoFar so_far;

  crawl::CrawlEvents events() {
    crawl::CrawlEvents events;
    events.on_page = [this](const crawl::Page& page, const std::vector<crawl::Link>& links) {
      so_far.pages.push_back(page);
      so_far.links.insert(so_far.links.end(), links.begin(), links.end());
    };
    events.on_check = [this](const crawl::LinkCheck& check) { so_far.checks.push_back(check); };
    return events;
  }
};

}  // namespace joignable::testing
