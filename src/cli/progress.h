// Crawl progress on stderr: a live line rewritten in place on a terminal, a plain line every few
// seconds otherwise (CI logs), nothing when quiet. Called from the crawl thread only.
#pragma once

#include <chrono>
#include <cstdio>

#include "crawl/crawler.h"

namespace joignable::cli {

class ProgressPrinter {
 public:
  ProgressPrinter(std::FILE* stream, bool quiet);
  void update(const crawl::CrawlProgress& progress);
  // Ends the live line so the next message starts on a fresh line; in plain mode, prints the
  // final figures.
  void finish();

 private:
  void print(const crawl::CrawlProgress& progress);

  std::FILE* stream_;
  bool quiet_;
  bool live_;  // stream is a terminal
  bool printed_ = false;
  crawl::CrawlProgress last_{};
  std::chrono::steady_clock::time_point last_line_{};
};

}  // namespace joignable::cli
