// Links whose #fragment lands nowhere: the target page of the site answers, but has no element
// whose id (or <a name>) is the fragment, so the browser shows the page's top instead of the
// promised section. Such a link is a broken link of its own kind (BrokenLink::missing_anchor).
// Used by derive.cpp. Pure; thread-safe.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "crawl/page.h"
#include "model/site_model.h"

namespace joignable::model {

// Whether a fragment is always fine, whatever the page holds: "" and "top" (HTML scrolls to the
// top for them), client-side routes ("#/path", "#!path") and text fragments ("#:~:text=").
bool is_trivial_fragment(std::string_view fragment);

// The final URLs of the pages whose anchors missing_anchors() reads: those that links of kind
// anchor or area to the site (`site`, util::same_site) with a fragment that is not trivial land on.
// Views into `crawl`.
std::unordered_set<std::string_view> anchor_pages(const std::string& site,
                                                  const crawl::CrawlResult& crawl);

// The anchors of the page analysed at final URL `final_url`, sorted; null when none was.
using AnchorsOf = std::function<const std::vector<std::string>*(const std::string& final_url)>;

// One BrokenLink per target URL and fragment, with every page linking it, sorted by URL. Only the
// links anchor_pages() counts, and only when their target answered 2xx and its page was analysed
// (`anchors_of`). A fragment matches an anchor as written or percent-decoded.
std::vector<BrokenLink> missing_anchors(const std::string& site, const crawl::CrawlResult& crawl,
                                        const AnchorsOf& anchors_of);

}  // namespace joignable::model
