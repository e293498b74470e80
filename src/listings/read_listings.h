// The listings stage: reads each [[listings]] entry of a target (a file next to the target, a URL
// fetched like a page, or the values a manual listing writes in the target) into a Listing.
// Never fails: a listing that cannot be fetched or parsed comes back with read = false and the
// reason in `error`, and the audit goes on. Thread-compatible.
#pragma once

#include <string>
#include <vector>

#include "listings/listing.h"
#include "target/target.h"

namespace joignable::listings {

// One listing; `region` is the target's, for phone numbers written without a country code;
// `crawl` gives the User-Agent, timeouts and body cap for a listing given by URL.
Listing read_listing(const target::ListingSpec& spec, const std::string& region,
                            const target::CrawlOptions& crawl);

// Every listing of `target`, in target order.
std::vector<Listing> read_listings(const target::Target& target);

}  // namespace joignable::listings
