// Scope: which URLs of the site the crawl fetches as pages, beyond max_pages and max_depth: the
// target's include and exclude globs, and a guard against crawler traps (pages that generate
// pages without end: calendars, filters combined in every order, paths that grow by relative
// links, session ids in the path: url_family.h). A trap is not an error of the site: its URLs are skipped and reported as CrawlTraps,
// so the reader knows the crawl is partial there. Owned by the crawler; not thread-safe.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "crawl/page.h"
#include "target/target.h"

namespace joignable::crawl {

class Scope {
 public:
  enum class Verdict { crawl, excluded, trap };

  explicit Scope(const target::CrawlOptions& options);
  // Keeps a reference: the options must outlive the scope, so a temporary is refused.
  explicit Scope(target::CrawlOptions&&) = delete;

  // Whether the URL (normalised, on the site) is to be crawled; does not count it.
  Verdict judge(const std::string& url);
  // Counts `url` as crawled, for the per-path query bound.
  void admitted(const std::string& url);
  // Every trap met, by pattern, in the order first met.
  std::vector<CrawlTrap> traps() const;

 private:
  Verdict trap(std::string pattern, std::string reason, const std::string& url);

  const target::CrawlOptions& options_;
  std::map<std::string, int> queries_by_path_;  // distinct query strings admitted per path
  std::map<std::string, int> urls_by_family_;   // URLs admitted per url_family() pattern
  std::map<std::string, std::size_t> trap_index_;  // pattern -> position in traps_
  std::vector<CrawlTrap> traps_;
};

}  // namespace joignable::crawl
