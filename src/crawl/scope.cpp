#include "crawl/scope.h"

#include <algorithm>

#include "crawl/url_family.h"
#include "util/glob.h"

namespace joignable::crawl {
namespace {

// A path deeper than this is a trap whatever it repeats: real sites stay far below.
constexpr std::size_t kMaxSegments = 24;
// One segment that often in a path (/a/b/a/b/a/b/...) means relative links feeding on themselves.
constexpr int kMaxSameSegment = 3;

// "/x/y?q" of "https://host/x/y?q".
std::string_view path_and_query(std::string_view url) {
  const auto scheme_end = url.find("://");
  const auto path = url.find('/', scheme_end == std::string_view::npos ? 0 : scheme_end + 3);
  return path == std::string_view::npos ? std::string_view("/") : url.substr(path);
}

bool matches_any(const std::vector<std::string>& globs, std::string_view text) {
  return std::any_of(globs.begin(), globs.end(),
                     [&](const std::string& glob) { return util::glob_match(glob, text); });
}

}  // namespace

Scope::Scope(const target::CrawlOptions& options) : options_(options) {}

Scope::Verdict Scope::judge(const std::string& url) {
  const std::string_view target = path_and_query(url);
  if (matches_any(options_.exclude, target) ||
      (!options_.include.empty() && !matches_any(options_.include, target))) {
    return Verdict::excluded;
  }
  const auto query_at = target.find('?');
  const std::string_view path = target.substr(0, query_at);
  const auto parts = path_segments(path);
  if (parts.size() > kMaxSegments) {
    return trap(std::string(path.substr(0, 40)) + "…", "path_too_deep", url);
  }
  for (const auto& part : parts) {
    if (std::count(parts.begin(), parts.end(), part) > kMaxSameSegment) {
      return trap("*/" + std::string(part) + "/*/" + std::string(part) + "/*", "repeated_segment",
                  url);
    }
  }
  if (query_at != std::string_view::npos) {
    const auto found = queries_by_path_.find(std::string(path));
    if (found != queries_by_path_.end() && found->second >= options_.max_queries_per_path) {
      return trap(std::string(path) + "?*", "too_many_queries", url);
    }
  }
  if (auto family = url_family(path)) {
    const auto found = urls_by_family_.find(family->pattern);
    if (found != urls_by_family_.end() && found->second >= kMaxFamilyUrls) {
      return trap(std::move(family->pattern), std::move(family->reason), url);
    }
  }
  return Verdict::crawl;
}

void Scope::admitted(const std::string& url) {
  const std::string_view target = path_and_query(url);
  const auto query_at = target.find('?');
  if (query_at != std::string_view::npos) ++queries_by_path_[std::string(target.substr(0, query_at))];
  if (auto family = url_family(target.substr(0, query_at))) ++urls_by_family_[family->pattern];
}

Scope::Verdict Scope::trap(std::string pattern, std::string reason, const std::string& url) {
  auto [it, added] = trap_index_.emplace(pattern, traps_.size());
  if (added) traps_.push_back(CrawlTrap{std::move(pattern), std::move(reason), url, 0});
  ++traps_[it->second].skipped;
  return Verdict::trap;
}

std::vector<CrawlTrap> Scope::traps() const { return traps_; }

}  // namespace joignable::crawl
