// Links whose #fragment lands nowhere: the target page of the site answers, but has no element
// whose id (or <a name>) is the fragment, so the browser shows the page's top instead of the
// promised section. Such a link is a broken link of its own kind (BrokenLink::missing_anchor).
// Used by derive.cpp. Pure; thread-safe.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "crawl/page.h"
#include "extract/contact_points.h"
#include "model/derive.h"
#include "model/site_model.h"

namespace joignable::model {

// Whether a fragment is always fine, whatever the page holds: "" and "top" (HTML scrolls to the
// top for them), client-side routes ("#/path", "#!path") and text fragments ("#:~:text=").
bool is_trivial_fragment(std::string_view fragment);

// One BrokenLink per target URL and fragment, with every page linking it, sorted by URL. Only
// links of kind anchor and area to the site (`site`, util::same_site) count, and only when their
// target was fetched with a 2xx and analysed (`analysis_of`, by Page::url: a page reached under
// several URLs is found by its final URL). A fragment matches an anchor as written or
// percent-decoded. Only the pages such links land on are read.
std::vector<BrokenLink> missing_anchors(const std::string& site, const crawl::CrawlResult& crawl,
                                        const AnalysisOf& analysis_of);

}  // namespace joignable::model
