// The 404 probe in the SiteModel: for each URL that cannot exist (crawl/not_found_probe.h), how
// the site answered, whether it sent the visitor home, and what its error page offers (a way back
// home, a way to reach the company). Called by the pipeline after derive_site_model, since the
// contact page it looks for links to is derived there. Pure; thread-compatible.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "crawl/not_found_probe.h"
#include "extract/contact_points.h"
#include "model/site_model.h"

namespace joignable::model {

// Whether `url` is the home page of the site whose home page is `site`: the same site
// (util::same_site, so the www twin counts) and the path of `site`, "/" or an index file
// ("/index.html", "/index.php"...), any query or fragment aside.
bool is_home_url(std::string_view site, std::string_view url);

// Fills model.not_found_checks, one per probe in order. `pages` holds the analysis of each probe
// answer that was an HTML page, keyed by NotFoundProbe::url.
void add_not_found_checks(SiteModel& model, const std::vector<crawl::NotFoundProbe>& probes,
                          const std::map<std::string, extract::PageAnalysis>& pages);

}  // namespace joignable::model
