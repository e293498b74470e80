// A page's extraction (extract::PageAnalysis, without its links, which the store keeps as rows)
// as one JSON document per page. The store keeps it so that a resumed audit rebuilds its model
// without fetching the page again; one document rather than a table per kind of contact point,
// so that extraction can grow without a migration. Thread-safe: the audit encodes each page on
// the parse worker that extracted it (a CrawlBatch holds documents), off the crawl thread.
#pragma once

#include <string>
#include <string_view>

#include "extract/contact_points.h"
#include "util/result.h"

namespace joignable::store {

std::string encode_analysis(const extract::PageAnalysis& analysis);
// Fails on a document that is not JSON or holds a spelling this joignable does not know.
[[nodiscard]] Result<extract::PageAnalysis> decode_analysis(std::string_view document);

}  // namespace joignable::store
