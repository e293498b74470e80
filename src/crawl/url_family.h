// URL families: URLs of a site that a trap makes without end, told apart by the shape of their
// path rather than by what they say. A session id in a path segment (";jsessionid=…", "/sid/…/",
// "/s(…)/", a long random token), faceted-search filters in the path ("/shoes/color=red/size:42",
// "/collections/all/red+small", "/shoes/filter/red/42"), a path grown a few segments deep under one
// folder, and numbered paths (calendars "/agenda/2024/05", pages "/list/17") each make one family,
// which the scope caps at kMaxFamilyUrls crawled URLs. Plain functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace joignable::crawl {

// Crawled URLs per family, at most; the rest is skipped and reported as a trap.
inline constexpr int kMaxFamilyUrls = 200;

struct UrlFamily {
  std::string pattern;  // "/sid/*/*", "/s(*)/*", "/shoes/*", "/docs/api/…", "/agenda/*/*"
  std::string reason;   // session_id | faceted_search | growing_path | numbered_path
};

// The non-empty segments of a path, in order ("/a//b/" gives a, b); views into `path`.
std::vector<std::string_view> path_segments(std::string_view path);

// The family of a URL's path (without query), or nullopt for a path of no trap shape.
std::optional<UrlFamily> url_family(std::string_view path);

}  // namespace joignable::crawl
