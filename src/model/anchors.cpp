#include "model/anchors.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <utility>

#include "extract/links.h"
#include "util/url.h"

namespace joignable::model {
namespace {

bool is_clicked(crawl::LinkKind kind) {
  return kind == crawl::LinkKind::anchor || kind == crawl::LinkKind::area;
}

bool equals_ignoring_ascii_case(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  });
}

bool has_anchor(const std::vector<std::string>& anchors, const std::string& name) {
  return std::binary_search(anchors.begin(), anchors.end(), name);
}

// The anchors of each fetched page, by Page::url; nullptr for a page that was not analysed.
std::map<std::string, const std::vector<std::string>*> anchors_by_url(
    const crawl::CrawlResult& crawl, const std::map<std::string, extract::PageAnalysis>& analyses) {
  // The crawl parses a page once per final URL, under the first URL that reached it.
  std::map<std::string, const std::vector<std::string>*> by_final_url;
  for (const crawl::Page& page : crawl.pages) {
    const auto analysis = analyses.find(page.url);
    if (analysis != analyses.end()) by_final_url.emplace(page.final_url, &analysis->second.anchors);
  }
  std::map<std::string, const std::vector<std::string>*> by_url;
  for (const crawl::Page& page : crawl.pages) {
    const auto found = by_final_url.find(page.final_url);
    const bool usable = page.status.is_ok() && found != by_final_url.end();
    by_url.emplace(page.url, usable ? found->second : nullptr);
  }
  return by_url;
}

}  // namespace

bool is_trivial_fragment(std::string_view fragment) {
  return fragment.empty() || equals_ignoring_ascii_case(fragment, "top") ||
         fragment.front() == '/' || fragment.front() == '!' || fragment.starts_with(":~:");
}

std::vector<BrokenLink> missing_anchors(const std::string& site, const crawl::CrawlResult& crawl,
                                        const std::map<std::string, extract::PageAnalysis>& analyses) {
  const auto anchors = anchors_by_url(crawl, analyses);
  std::map<std::pair<std::string, std::string>, std::set<std::string>> sources;
  for (const crawl::Link& link : crawl.links) {
    if (!is_clicked(link.kind) || is_trivial_fragment(link.fragment)) continue;
    if (!util::same_site(site, link.to)) continue;
    const auto target = anchors.find(link.to);
    if (target == anchors.end() || target->second == nullptr) continue;
    if (has_anchor(*target->second, link.fragment) ||
        has_anchor(*target->second, extract::percent_decode(link.fragment))) {
      continue;
    }
    sources[{link.to, link.fragment}].insert(link.from);
  }
  std::map<std::string, crawl::FetchStatus> status_by_url;
  for (const crawl::Page& page : crawl.pages) status_by_url.emplace(page.url, page.status);
  std::vector<BrokenLink> broken;
  for (const auto& [target, from] : sources) {
    BrokenLink link;
    link.url = target.first + "#" + target.second;
    link.status = status_by_url[target.first];
    link.internal = true;
    link.found_on.assign(from.begin(), from.end());
    link.missing_anchor = target.second;
    broken.push_back(std::move(link));
  }
  std::sort(broken.begin(), broken.end(),
            [](const BrokenLink& a, const BrokenLink& b) { return a.url < b.url; });
  return broken;
}

}  // namespace joignable::model
