#include "model/anchors.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>
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

bool needs_anchor(const util::SiteUrls& site, const crawl::LinkRef& link) {
  return is_clicked(link.kind) && !is_trivial_fragment(link.fragment) && site.same_site(link.to);
}

// Where clicked links with a fragment that is not trivial land on the site: views into the
// crawl's link list.
std::unordered_set<std::string_view> fragment_targets(const util::SiteUrls& site,
                                                      const crawl::CrawlResult& crawl) {
  std::unordered_set<std::string_view> targets;
  for (const auto& link : crawl.links) {
    if (needs_anchor(site, link)) targets.insert(link.to);
  }
  return targets;
}

// The anchors `anchors_of` gives, by Page::url; no entry for a page that did not answer 2xx or
// whose final URL has none. The crawl parses a page once per final URL.
std::unordered_map<std::string_view, const std::vector<std::string>*> anchors_by_page(
    const crawl::CrawlResult& crawl, const AnchorsOf& anchors_of) {
  std::unordered_map<std::string_view, const std::vector<std::string>*> anchors;
  for (const crawl::Page& page : crawl.pages) {
    if (!page.status.is_ok()) continue;
    if (const auto* found = anchors_of(page.final_url)) anchors.try_emplace(page.url, found);
  }
  return anchors;
}

}  // namespace

bool is_trivial_fragment(std::string_view fragment) {
  return fragment.empty() || equals_ignoring_ascii_case(fragment, "top") ||
         fragment.front() == '/' || fragment.front() == '!' || fragment.starts_with(":~:");
}

std::unordered_set<std::string_view> anchor_pages(const std::string& site,
                                                  const crawl::CrawlResult& crawl) {
  const auto targets = fragment_targets(util::SiteUrls(site, {}), crawl);
  std::unordered_set<std::string_view> finals;
  for (const crawl::Page& page : crawl.pages) {
    if (targets.contains(page.url)) finals.insert(page.final_url);
  }
  return finals;
}

std::vector<BrokenLink> missing_anchors(const std::string& site, const crawl::CrawlResult& crawl,
                                        const AnchorsOf& anchors_of) {
  const util::SiteUrls site_urls(site, {});
  // Only the links below look anchors up: no need to find their targets first.
  const auto anchors = anchors_by_page(crawl, anchors_of);
  std::map<std::pair<std::string, std::string>, std::set<std::string>> sources;
  for (const auto& link : crawl.links) {
    if (!needs_anchor(site_urls, link)) continue;
    const auto target = anchors.find(link.to);
    if (target == anchors.end()) continue;
    if (has_anchor(*target->second, link.fragment) ||
        has_anchor(*target->second, extract::percent_decode(link.fragment))) {
      continue;
    }
    sources[{link.to, link.fragment}].insert(link.from);
  }
  std::map<std::string_view, crawl::FetchStatus> status_by_url;  // of the pages in `sources`
  for (const crawl::Page& page : crawl.pages) {
    const auto first = sources.lower_bound({page.url, ""});
    if (first != sources.end() && first->first.first == page.url) {
      status_by_url.emplace(page.url, page.status);
    }
  }
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
