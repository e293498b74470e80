#include "listings/read_listings.h"

#include "listings/kind_readers.h"
#include "listings/listing_json.h"
#include "listings/listing_source.h"

namespace joignable::listings {
namespace {

using Reader = Result<void> (*)(std::string_view, const std::string&, Listing&);

Reader reader_for(const std::string& kind) {
  if (kind == "google-places") return &read_google_places;
  if (kind == "google-business-profile") return &read_google_business_profile;
  if (kind == "osm") return &read_osm;
  if (kind == "schema-org-page") return &read_schema_org_page;
  return nullptr;
}

// Runs `reader`; a JSON value of a type the reader did not expect ends in nlohmann-json's
// type_error, which is the listing's shape being wrong, not our bug.
Result<void> run_reader(Reader reader, std::string_view text, const std::string& region,
                        Listing& listing) {
  try {
    return reader(text, region, listing);
  } catch (const Json::exception& error) {
    return make_error(Error::Code::input, std::string("unexpected JSON: ") + error.what());
  }
}

}  // namespace

Listing read_listing(const target::ListingSpec& spec, const std::string& region,
                            const target::CrawlOptions& crawl) {
  Listing listing;
  listing.name = spec.name;
  listing.kind = spec.kind;
  listing.source = spec.file.empty() ? spec.url : spec.file;
  if (spec.kind == "manual") {
    listing.source.clear();
    read_manual(spec, region, listing);
    listing.read = true;
    return listing;
  }
  const Reader reader = reader_for(spec.kind);
  if (reader == nullptr) {
    listing.error = "unknown listing kind '" + spec.kind + "'";
    listing.problem = ListingProblem::unknown_kind;
    return listing;
  }
  auto text = load_listing_text(spec, crawl);
  if (!text) {
    listing.error = text.error().message;
    listing.problem = ListingProblem::unreadable;
    return listing;
  }
  Listing filled = listing;
  if (auto ok = run_reader(reader, text->text, region, filled); !ok) {
    listing.error = ok.error().message;
    listing.problem = ListingProblem::not_understood;
    if (text->truncated) listing.error += " (the answer was cut at crawl.max_body_bytes)";
    return listing;
  }
  filled.read = true;
  return filled;
}

std::vector<Listing> read_listings(const target::Target& target) {
  std::vector<Listing> listings;
  listings.reserve(target.listings.size());
  for (const target::ListingSpec& spec : target.listings) {
    listings.push_back(read_listing(spec, target.region, target.crawl));
  }
  return listings;
}

}  // namespace joignable::listings
