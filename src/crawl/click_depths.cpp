#include "crawl/click_depths.h"

#include <queue>
#include <vector>

namespace joignable::crawl {
namespace {

bool is_clicked(LinkKind kind) { return kind == LinkKind::anchor || kind == LinkKind::area; }

}  // namespace

void assign_click_depths(CrawlResult& result) {
  const LinkList& links = result.links;
  std::vector<std::vector<LinkList::Id>> targets(links.string_count());
  for (std::size_t i = 0; i < links.size(); ++i) {
    const LinkList::Entry& link = links.entry(i);
    if (is_clicked(link.kind)) targets[link.from].push_back(link.to);
  }
  constexpr int kUnreached = -1;
  std::vector<int> depth(links.string_count(), kUnreached);
  std::queue<LinkList::Id> next;
  if (const auto home = links.find(result.pages[0].url)) {
    depth[*home] = 0;
    next.push(*home);
  }
  while (!next.empty()) {
    const LinkList::Id from = next.front();
    next.pop();
    for (const LinkList::Id to : targets[from]) {
      if (depth[to] == kUnreached) {
        depth[to] = depth[from] + 1;
        next.push(to);
      }
    }
  }
  for (Page& page : result.pages) {
    const auto id = links.find(page.url);
    page.depth = id && depth[*id] != kUnreached ? std::optional<int>(depth[*id]) : std::nullopt;
  }
  result.pages[0].depth = 0;
}

}  // namespace joignable::crawl
