// RobotsRules: what a site's robots.txt allows the crawler to fetch, after RFC 9309 and read as
// Google's parser reads it (robots_lines.h), for the product token "joignable". The groups naming that token (case-insensitive) are merged
// and win over the "*" groups, which are merged likewise; Allow and Disallow rules compare their
// paths after percent-encoding is normalised, the longest pattern wins and Allow wins ties; `*`
// matches any run of octets and a final `$` anchors the end. Only the first kRobotsMaxBytes are
// parsed. Crawl-delay (non-standard) and Sitemap lines are kept. A value type; const methods are
// thread-safe.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crawl/page.h"

namespace joignable::crawl {

// The product token our User-Agent starts with, matched against robots.txt user-agent lines.
inline constexpr std::string_view kRobotsAgent = "joignable";
// RFC 9309 2.5: at least 500 KiB must be parsed; what follows is ignored.
inline constexpr std::size_t kRobotsMaxBytes = 500 * 1024;
// A Crawl-delay above this is taken as this: a site asking for minutes between requests would
// make the audit last hours, and an audit asked for by the site's owner is not a bulk crawl.
inline constexpr double kMaxCrawlDelaySeconds = 10;

class RobotsRules {
 public:
  // Never fails: lines that do not parse are ignored, and a file without a group for `agent` or
  // "*" allows everything.
  static RobotsRules parse(std::string_view text, std::string_view agent = kRobotsAgent);
  static RobotsRules allow_all();
  static RobotsRules disallow_all();
  // RFC 9309 2.3.1, from the answer to GET /robots.txt (redirects followed): 2xx parses `body`;
  // an unfollowed redirect, too many redirects or 4xx means no robots.txt (allow all); 5xx, no
  // answer at all or anything else means the site cannot say (disallow all).
  static RobotsRules from_fetch(const FetchStatus& status, std::string_view body);

  // Whether `path_and_query` ("/a/b?x=1", the URL from its path on, without fragment) may be
  // fetched. "/robots.txt" always may.
  bool allows(std::string_view path_and_query) const;
  // The largest Crawl-delay of the chosen groups, in seconds (not capped); nullopt when none.
  std::optional<double> crawl_delay_seconds() const { return crawl_delay_; }
  // Every Sitemap URL of the file, whatever group it stands in, in file order.
  const std::vector<std::string>& sitemaps() const { return sitemaps_; }

 private:
  struct Rule {
    std::string pattern;    // normalised, with '*' wildcards and an optional final '$'
    std::size_t priority;   // longest match wins: the pattern's length as written
    bool allow = false;
  };

  std::vector<Rule> rules_;
  bool disallow_all_ = false;
  std::optional<double> crawl_delay_;
  std::vector<std::string> sitemaps_;
};

// The pause between two requests to a host: the larger of the configured `delay` and the rules'
// Crawl-delay capped at kMaxCrawlDelaySeconds.
std::chrono::milliseconds polite_delay(std::chrono::milliseconds delay, const RobotsRules& rules);

// "/a/b?x=1" for "https://host:8080/a/b?x=1#top"; "/" when the URL has no path.
std::string robots_path_of(std::string_view url);

}  // namespace joignable::crawl
