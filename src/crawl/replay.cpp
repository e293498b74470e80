#include "crawl/replay.h"

#include <utility>

namespace joignable::crawl {
namespace {

template <class Value>
std::optional<Value> take(std::map<std::string, Value>& values, const std::string& key) {
  const auto found = values.find(key);
  if (found == values.end()) return std::nullopt;
  Value value = std::move(found->second);
  values.erase(found);
  return value;
}

}  // namespace

Replay::Replay(const CrawlSoFar& so_far) {
  for (const Page& page : so_far.pages) pages_.emplace(page.url, page);
  for (const Link& link : so_far.links) links_[link.from].push_back(link);
  for (const LinkCheck& check : so_far.checks) checks_.emplace(check.url, check);
}

std::optional<Page> Replay::take_page(const std::string& url) { return take(pages_, url); }

std::vector<Link> Replay::take_links(const std::string& from) {
  return take(links_, from).value_or(std::vector<Link>());
}

std::optional<LinkCheck> Replay::take_check(const std::string& url) { return take(checks_, url); }

}  // namespace joignable::crawl
