// Builds the SiteModel from the crawl and each page's extraction: contact points aggregated over
// the site (one entry per number or address, with every page it is on), broken links with their
// source pages, the contact page and its click depth. Deterministic: the same inputs give the
// same model whatever order the pages were fetched in. Pure; thread-compatible.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "crawl/page.h"
#include "extract/channels.h"
#include "extract/contact_points.h"
#include "model/site_model.h"

namespace joignable::model {

// The extraction of the page whose Page::url is `url`; nullopt for a page that was not analysed.
using AnalysisOf = std::function<std::optional<extract::PageAnalysis>(const std::string& url)>;

// `analyses` holds the extraction of each HTML page of the site, keyed by Page::url.
SiteModel derive_site_model(const std::string& site, const std::string& region,
                            const crawl::CrawlResult& crawl,
                            const std::map<std::string, extract::PageAnalysis>& analyses);

// The same model, reading each page's extraction when it is needed (once per page) rather than
// holding every page's at once: an audit of 20,000 pages reads them back from its store.
SiteModel derive_site_model_on_demand(const std::string& site, const std::string& region,
                                      const crawl::CrawlResult& crawl,
                                      const AnalysisOf& analysis_of);

// Adds the hours of listing `name` (as `source` "listing:NAME") to the model, as one more
// source for hours.inconsistent: the hook the listings stage calls. `url` is where the listing
// was read from ("" for a manual one). Hours without any interval are ignored.
void add_listing_hours(SiteModel& model, const std::string& name, const std::string& url,
                       const extract::OpeningHours& hours);

// Stores the target's listings in the model (read or not, in target order) and adds each read
// listing's weekly hours as one more source of hours (add_listing_hours), from its `source`.
void add_listings(SiteModel& model, std::vector<listings::Listing> listings);

// Whether a link text or URL names a contact page, in fr/en/de/es/it/nl (extract/channels.h).
using extract::looks_like_contact_text;
using extract::looks_like_contact_url;

}  // namespace joignable::model
