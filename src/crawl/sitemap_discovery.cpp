#include "crawl/sitemap_discovery.h"

#include <utility>

#include "crawl/sitemap.h"
#include "util/url.h"

namespace joignable::crawl {
namespace {

// Why a file that answered 2xx was not read whole, as report.json spells it; "" when it was.
// A file cut at kSitemapMaxFetchBytes is malformed or corrupt at the cut: the cut is the cause.
std::string problem_of(const Sitemap& sitemap, bool cut) {
  if (cut) return "max_fetch_bytes";
  switch (sitemap.problem) {
    case SitemapProblem::none: break;
    case SitemapProblem::empty: return "empty";
    case SitemapProblem::not_a_sitemap: return "not_a_sitemap";
    case SitemapProblem::malformed: return "malformed: " + sitemap.detail;
    case SitemapProblem::entity_declared: return "entity_declared";
    case SitemapProblem::too_deep: return "too_deep";
    case SitemapProblem::corrupt_gzip: return "corrupt_gzip";
  }
  switch (sitemap.truncation) {
    case SitemapTruncation::none: return "";
    case SitemapTruncation::max_bytes: return "max_bytes";
    case SitemapTruncation::max_entries: return "max_entries";
  }
  return "";
}

}  // namespace

SitemapDiscovery::SitemapDiscovery(std::string site, std::size_t max_listed)
    : site_(std::move(site)), max_listed_(max_listed) {}

std::vector<std::string> SitemapDiscovery::start(const RobotsRules& robots) {
  if (started_) return {};
  started_ = true;
  return begin_round(sitemap_urls_to_try(site_, robots));
}

std::vector<std::string> SitemapDiscovery::begin_round(std::vector<std::string> urls) {
  std::vector<std::string> to_fetch;
  for (std::string& url : urls) {
    if (asked_.size() >= kSitemapMaxFiles) break;
    if (asked_.insert(url).second) to_fetch.push_back(std::move(url));
  }
  ++round_;
  round_urls_ = to_fetch;
  awaited_ = to_fetch.size();
  return to_fetch;
}

std::vector<std::string> SitemapDiscovery::take(const FetchResult& answer) {
  Answer& taken = answers_[answer.url];
  taken.file.url = answer.url;
  taken.file.status = answer.status;
  if (answer.status.is_ok()) {
    Sitemap sitemap = read_sitemap(answer.body);
    taken.file.problem = problem_of(sitemap, answer.truncated);
    taken.file.skipped = static_cast<int>(sitemap.skipped);
    for (std::string& page : sitemap.pages) {
      if (util::same_site(site_, page)) {
        taken.pages.push_back(std::move(page));
      } else {
        ++taken.file.skipped;
      }
    }
    taken.file.pages = static_cast<int>(taken.pages.size());
    taken.file.sitemaps = static_cast<int>(sitemap.sitemaps.size());
    taken.sitemaps = std::move(sitemap.sitemaps);
  }
  return --awaited_ == 0 ? end_round() : std::vector<std::string>{};
}

// Reads the round's answers in listing order: their pages, then the files of the next round.
std::vector<std::string> SitemapDiscovery::end_round() {
  std::vector<std::string> next;
  for (const std::string& url : round_urls_) {
    Answer& answer = answers_[url];
    for (std::string& page : answer.pages) {
      if (listed_.size() < max_listed_ && listed_.insert(page).second) {
        pages_.push_back(std::move(page));
      }
    }
    for (std::string& sitemap : answer.sitemaps) next.push_back(std::move(sitemap));
    files_.push_back(std::move(answer.file));
  }
  answers_.clear();
  round_urls_.clear();
  return round_ < kSitemapMaxRounds ? begin_round(std::move(next)) : std::vector<std::string>{};
}

std::vector<std::string> SitemapDiscovery::take_pages() { return std::exchange(pages_, {}); }

}  // namespace joignable::crawl
