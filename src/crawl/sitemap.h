// Sitemaps (sitemaps.org protocol 0.9): what a fetched sitemap lists, and which sitemap URLs to
// try for a site. read_sitemap() takes the body as fetched, gzipped or not, XML (<urlset> or
// <sitemapindex>) or plain text (one URL per line), and never fails: a sitemap that cannot be
// read is a Sitemap with a `problem`, as a misbehaving site is data. Memory and time are bounded
// on hostile input (gzip bombs, entity expansion, deep nesting, huge text). Free functions on
// values; thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "crawl/robots.h"

namespace joignable::crawl {

// The protocol's limits for one sitemap file: 50,000 entries and 50 MiB uncompressed. What
// lies beyond them is not read, and the Sitemap says it was truncated.
inline constexpr std::size_t kSitemapMaxEntries = 50'000;
inline constexpr std::size_t kSitemapMaxBytes = 50 * 1024 * 1024;
// The protocol wants URLs shorter than 2,048 characters; a longer <loc> is skipped, and only
// this much of it is ever held in memory.
inline constexpr std::size_t kSitemapMaxUrlBytes = 2048;
// <urlset><url><loc> is 3 deep and extensions (image, video, news) add 2: a deeper document is
// not a sitemap, and the bound keeps a hostile one from growing the parser's element stack.
inline constexpr int kSitemapMaxDepth = 32;

enum class SitemapFormat {
  unknown,       // nothing recognisable was read
  urlset,        // XML listing pages
  sitemapindex,  // XML listing other sitemaps
  text,          // one URL per line
};

// Why reading stopped before the end of the document. Entries read before the problem are
// kept: a sitemap broken near its end still names real pages, and fetching them is harmless.
enum class SitemapProblem {
  none,
  empty,           // no content but white space (or an empty gzip stream)
  not_a_sitemap,   // XML whose root is not urlset or sitemapindex, or text without one URL
  malformed,       // XML that is not well-formed (`detail` gives expat's message and line)
  entity_declared, // a DTD declaring entities: refused outright (entity expansion attacks)
  too_deep,        // elements nested deeper than kSitemapMaxDepth
  corrupt_gzip,    // gzip data that is cut or fails its check
};

enum class SitemapTruncation {
  none,
  max_bytes,    // the content, once inflated, is larger than kSitemapMaxBytes
  max_entries,  // more than kSitemapMaxEntries entries
};

struct Sitemap {
  SitemapFormat format = SitemapFormat::unknown;
  // Absolute http(s) URLs in util::normalize() form, in document order, duplicates kept.
  std::vector<std::string> pages;     // <urlset><url><loc>, or the lines of a text sitemap
  std::vector<std::string> sitemaps;  // <sitemapindex><sitemap><loc>
  // Locations left out: relative, not http(s), unparsable, or longer than kSitemapMaxUrlBytes.
  std::size_t skipped = 0;
  SitemapTruncation truncation = SitemapTruncation::none;
  SitemapProblem problem = SitemapProblem::none;
  std::string detail;  // one line for `malformed` ("line 4: mismatched tag"), "" otherwise
};

// What the sitemap `body` lists. Gzip is recognised by its magic number, not by the content type
// or the URL: a transfer that curl already inflated keeps its application/gzip label, and a
// ".gz" URL may be served inflated. Content whose first significant byte is '<' (or that starts
// with a UTF-16 byte order mark) is XML; anything else is a text sitemap. In XML, elements are
// matched in the sitemap namespace (0.9, or Google's older 0.84) or in no namespace, with any
// prefix; other namespaces (image:loc, xhtml:link) are ignored. External entities are never
// loaded, and any entity declaration stops the reading.
Sitemap read_sitemap(std::string_view body);

// Adds `location` (a <loc> value or a text sitemap line, surrounding white space ignored) to
// `pages` or to `sitemaps` if it is an absolute http(s) URL no longer than kSitemapMaxUrlBytes,
// or counts it as skipped. Returns false, adding nothing, when the sitemap already holds
// kSitemapMaxEntries entries, and marks it truncated. For the readers of each format.
bool add_location(Sitemap& sitemap, std::string_view location, bool is_sitemap);

// The sitemaps to fetch for the site whose home page is `site`: the Sitemap lines of its
// robots.txt (relative ones resolved against the site), then /sitemap.xml at the site's origin,
// normalised, duplicates and non-http(s) URLs left out, in that order.
std::vector<std::string> sitemap_urls_to_try(std::string_view site, const RobotsRules& robots);

}  // namespace joignable::crawl
