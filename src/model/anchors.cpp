#include "model/anchors.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
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

bool needs_anchor(const std::string& site, const crawl::LinkRef& link) {
  return is_clicked(link.kind) && !is_trivial_fragment(link.fragment) &&
         util::same_site(site, link.to);
}

// The anchors of the fetched pages that links with a fragment land on, by Page::url; no entry
// for a page that did not answer 2xx or was not analysed. The crawl parses a page once per final
// URL, under the first URL that reached it: a page's anchors are those of the first page with
// its final URL that has an analysis.
std::map<std::string, std::vector<std::string>> anchors_of_targets(const std::string& site,
                                                                   const crawl::CrawlResult& crawl,
                                                                   const AnalysisOf& analysis_of) {
  std::set<std::string> targets;
  for (const auto& link : crawl.links) {
    if (needs_anchor(site, link)) targets.insert(link.to);
  }
  std::map<std::string, std::vector<const crawl::Page*>> by_final_url;
  for (const crawl::Page& page : crawl.pages) by_final_url[page.final_url].push_back(&page);
  std::map<std::string, std::optional<std::vector<std::string>>> read;  // by final URL
  auto anchors_at = [&](const std::string& final_url) -> const auto& {
    auto [it, fresh] = read.try_emplace(final_url);
    for (const crawl::Page* page : by_final_url[final_url]) {
      if (!fresh) break;
      if (auto analysis = analysis_of(page->url)) {
        it->second = std::move(analysis->anchors);
        break;
      }
    }
    return it->second;
  };
  std::map<std::string, std::vector<std::string>> anchors;
  std::set<std::string> done;
  for (const crawl::Page& page : crawl.pages) {
    if (!targets.contains(page.url) || !done.insert(page.url).second) continue;
    if (!page.status.is_ok()) continue;
    if (const auto& found = anchors_at(page.final_url)) anchors.emplace(page.url, *found);
  }
  return anchors;
}

}  // namespace

bool is_trivial_fragment(std::string_view fragment) {
  return fragment.empty() || equals_ignoring_ascii_case(fragment, "top") ||
         fragment.front() == '/' || fragment.front() == '!' || fragment.starts_with(":~:");
}

std::vector<BrokenLink> missing_anchors(const std::string& site, const crawl::CrawlResult& crawl,
                                        const AnalysisOf& analysis_of) {
  const auto anchors = anchors_of_targets(site, crawl, analysis_of);
  std::map<std::pair<std::string, std::string>, std::set<std::string>> sources;
  for (const auto& link : crawl.links) {
    if (!needs_anchor(site, link)) continue;
    const auto target = anchors.find(link.to);
    if (target == anchors.end()) continue;
    if (has_anchor(target->second, link.fragment) ||
        has_anchor(target->second, extract::percent_decode(link.fragment))) {
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
