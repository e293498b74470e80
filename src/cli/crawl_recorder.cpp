#include "cli/crawl_recorder.h"

#include <utility>

namespace joignable::cli {
namespace {

// Large enough that a transaction's cost is spread over many pages, small enough that a kill
// loses little: a second of crawling at most.
constexpr std::size_t kFlushPages = 200;
constexpr std::chrono::seconds kFlushInterval(1);

}  // namespace

CrawlRecorder::CrawlRecorder(store::RunStore& store, long long run, AnalysisOf analysis_of)
    : store_(store), run_(run), analysis_of_(std::move(analysis_of)) {}

void CrawlRecorder::add_page(const crawl::Page& page, const std::vector<crawl::Link>& links) {
  batch_.pages.push_back(page);
  batch_.links.insert(batch_.links.end(), links.begin(), links.end());
  if (auto document = analysis_of_(page.url)) {
    batch_.analyses.emplace_back(page.url, std::move(*document));
  }
  flush_if_due();
}

void CrawlRecorder::add_check(const crawl::LinkCheck& check) {
  batch_.checks.push_back(check);
  flush_if_due();
}

Result<void> CrawlRecorder::finish() {
  flush();
  if (error_) return tl::unexpected(*error_);
  return {};
}

void CrawlRecorder::flush_if_due() {
  if (batch_.pages.size() >= kFlushPages ||
      std::chrono::steady_clock::now() - last_flush_ >= kFlushInterval) {
    flush();
  }
}

void CrawlRecorder::flush() {
  last_flush_ = std::chrono::steady_clock::now();
  if (!error_ && (!batch_.pages.empty() || !batch_.checks.empty())) {
    if (auto stored = store_.add_crawl_batch(run_, batch_); !stored) error_ = stored.error();
  }
  batch_ = store::CrawlBatch();
}

}  // namespace joignable::cli
