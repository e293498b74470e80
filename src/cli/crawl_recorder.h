// CrawlRecorder: writes the crawl to the store while it runs, so that a killed audit can be
// resumed (`audit --resume`). It gathers what crawl::CrawlEvents report, with each page's
// extraction, and stores it in batches: one transaction per batch, at most every kFlushPages
// pages or kFlushInterval. A store failure is kept and returned by finish(); the crawl goes on
// meanwhile, since its report is still worth writing. Used on the crawl thread only.
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "crawl/crawler.h"
#include "extract/contact_points.h"
#include "store/crawl_batch.h"
#include "store/run_store.h"
#include "util/result.h"

namespace joignable::cli {

class CrawlRecorder {
 public:
  // The extraction of a page as extract::encode_analysis() writes it, when the page was parsed.
  // Asked once per page, so it may hand the document over rather than keep a copy.
  using AnalysisOf = std::function<std::optional<std::string>(const std::string& url)>;

  CrawlRecorder(store::RunStore& store, long long run, AnalysisOf analysis_of);

  void add_page(const crawl::Page& page, const std::vector<crawl::Link>& links);
  void add_check(const crawl::LinkCheck& check);
  // Stores what is left; the first store error met, if any.
  [[nodiscard]] Result<void> finish();

 private:
  void flush_if_due();
  void flush();

  store::RunStore& store_;
  long long run_;
  AnalysisOf analysis_of_;
  store::CrawlBatch batch_;
  std::chrono::steady_clock::time_point last_flush_ = std::chrono::steady_clock::now();
  std::optional<Error> error_;
};

}  // namespace joignable::cli
