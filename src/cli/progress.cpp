#include "cli/progress.h"

#include <unistd.h>

namespace joignable::cli {
namespace {
constexpr auto kPlainInterval = std::chrono::seconds(5);
constexpr auto kLiveInterval = std::chrono::milliseconds(100);
}  // namespace

ProgressPrinter::ProgressPrinter(std::FILE* stream, bool quiet)
    : stream_(stream), quiet_(quiet), live_(isatty(fileno(stream)) != 0) {}

void ProgressPrinter::update(const crawl::CrawlProgress& progress) {
  last_ = progress;
  if (quiet_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_line_ < (live_ ? kLiveInterval : kPlainInterval)) return;
  last_line_ = now;
  print(progress);
}

void ProgressPrinter::print(const crawl::CrawlProgress& progress) {
  const double rate =
      progress.elapsed_seconds > 0 ? progress.done / progress.elapsed_seconds : 0.0;
  std::fprintf(stream_, "%scrawl: %d pages done, %d queued, %d errors, %.0f pages/s, %.1f s%s",
               live_ ? "\r\033[K" : "", progress.done, progress.queued, progress.errors, rate,
               progress.elapsed_seconds, live_ ? "" : "\n");
  std::fflush(stream_);
  printed_ = true;
}

void ProgressPrinter::finish() {
  if (quiet_) return;
  if (live_) {
    if (printed_) std::fputs("\r\033[K", stream_);
  } else if (printed_) {
    print(last_);
  }
  printed_ = false;
}

}  // namespace joignable::cli
