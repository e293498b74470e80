// The XML half of read_sitemap() (crawl/sitemap.h): reads <urlset> and <sitemapindex> documents
// with expat, the only includer of expat. Thread-safe: each call has its own parser.
#pragma once

#include <string_view>

#include "crawl/sitemap.h"

namespace joignable::crawl {

// Reads the XML document `xml` into `sitemap`: its format, entries, problem and detail. With
// `complete` false the document was cut (at kSitemapMaxBytes) and its missing end is not a
// problem.
void read_xml_sitemap(std::string_view xml, bool complete, Sitemap& sitemap);

}  // namespace joignable::crawl
