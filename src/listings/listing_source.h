// Where a listing's text comes from: the file next to the target, or the URL fetched once with the
// crawl's User-Agent, timeouts and body cap (crawl/fetch_text.h). Thread-safe.
#pragma once

#include <string>

#include "target/target.h"
#include "util/result.h"

namespace joignable::listings {

struct ListingText {
  std::string text;
  bool truncated = false;  // a fetched body cut at the crawl's max_body_bytes
};

// The text of `spec`'s file, or of the 2xx answer to its URL, as UTF-8 (a directory's page in
// windows-1252 is converted as a crawled page would be, crawl/charset.h). Fails with a one-line
// message:
// "cannot read /x/google.json: No such file or directory", "HTTP 404 from https://...",
// "cannot fetch https://...: Could not connect to server".
[[nodiscard]] Result<ListingText> load_listing_text(const target::ListingSpec& spec,
                                                    const target::CrawlOptions& crawl);

}  // namespace joignable::listings
