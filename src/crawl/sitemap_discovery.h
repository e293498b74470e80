// SitemapDiscovery: which sitemap files of the site the crawler fetches, and which pages of the
// site they list (sitemap.h reads each file). Files are fetched in rounds: the candidates first
// (robots.txt Sitemap lines, then /sitemap.xml), then the files their indexes list, and so on, at
// most kSitemapMaxRounds rounds and kSitemapMaxFiles files in all. A round is asked for only
// once the previous one is read, and each round is read in the order its files were listed, so
// which files are read and the order of the pages they list never depend on which answer came
// first: a depth- or page-limited crawl stays deterministic. A file that cannot be fetched or
// read is recorded in files() with its status or problem, never an error. Owned by the crawler;
// not thread-safe.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "crawl/fetcher.h"
#include "crawl/page.h"
#include "crawl/robots.h"

namespace joignable::crawl {

// Files read per crawl, indexes included: a site with more splits them by kind, and the first
// fifty are enough to find its pages no link reaches.
inline constexpr std::size_t kSitemapMaxFiles = 50;
// The candidates, the files their indexes list, and the files those list (indexes of indexes
// are against the protocol, but seen); deeper indexes are not read.
inline constexpr int kSitemapMaxRounds = 3;
// Bytes of one file as fetched (gzipped or not): a 50,000-URL urlset takes about 5 MB.
inline constexpr std::size_t kSitemapMaxFetchBytes = 10 * 1024 * 1024;

class SitemapDiscovery {
 public:
  // `site`: the home page's URL; pages listed on other sites are left out. At most
  // `max_listed` distinct pages are kept, in the order listed.
  SitemapDiscovery(std::string site, std::size_t max_listed);

  // The first round's files to fetch (sitemap_urls_to_try); empty when started already.
  std::vector<std::string> start(const RobotsRules& robots);
  // Takes the answer to the request for `answer.url`, a file of the current round. Once the
  // round is complete, returns the next round's files to fetch (empty when there is none).
  std::vector<std::string> take(const FetchResult& answer);
  // Whether start() was called and no file of it is still awaited.
  bool finished() const { return started_ && awaited_ == 0; }

  // The pages listed so far and not taken before, normalised, of the site, without duplicates.
  std::vector<std::string> take_pages();
  // Every file read, round by round, each round in its listing order.
  const std::vector<SitemapFile>& files() const { return files_; }

 private:
  struct Answer {
    SitemapFile file;
    std::vector<std::string> pages;
    std::vector<std::string> sitemaps;
  };

  std::vector<std::string> begin_round(std::vector<std::string> urls);
  std::vector<std::string> end_round();

  std::string site_;
  std::size_t max_listed_;
  bool started_ = false;
  int round_ = 0;
  std::size_t awaited_ = 0;
  std::vector<std::string> round_urls_;
  std::map<std::string, Answer> answers_;  // of the current round, by URL
  std::set<std::string> asked_;             // every file asked for
  std::set<std::string> listed_;            // every page kept
  std::vector<std::string> pages_;          // not taken yet
  std::vector<SitemapFile> files_;
};

}  // namespace joignable::crawl
