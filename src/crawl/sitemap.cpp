#include "crawl/sitemap.h"

#include <algorithm>

#include "crawl/sitemap_xml.h"
#include "util/gunzip.h"
#include "util/url.h"

namespace joignable::crawl {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

// The content once inflated and cut to the protocol's size, with whether it was cut or corrupt.
struct Content {
  std::string inflated;  // holds the bytes when the body was gzip
  std::string_view bytes;
  bool complete = true;
};

// A sitemap.xml.gz served with Content-Encoding: gzip arrives gzip once libcurl has inflated the
// transfer; a file gzipped twice over is inflated as many times, within the same cap.
constexpr int kMaxGzipLayers = 3;

Content content_of(std::string_view body, Sitemap& sitemap) {
  Content content;
  if (util::is_gzip(body)) {
    util::Gunzipped gunzipped = util::gunzip(body, kSitemapMaxBytes);
    for (int layer = 1; layer < kMaxGzipLayers &&
                        gunzipped.status == util::Gunzipped::Status::complete &&
                        util::is_gzip(gunzipped.bytes);
         ++layer) {
      gunzipped = util::gunzip(gunzipped.bytes, kSitemapMaxBytes);
    }
    content.inflated = std::move(gunzipped.bytes);
    content.bytes = content.inflated;
    if (gunzipped.status == util::Gunzipped::Status::capped) {
      sitemap.truncation = SitemapTruncation::max_bytes;
      content.complete = false;
    } else if (gunzipped.status == util::Gunzipped::Status::corrupt) {
      sitemap.problem = SitemapProblem::corrupt_gzip;
      content.complete = false;
    }
    return content;
  }
  content.bytes = body.substr(0, kSitemapMaxBytes);
  if (body.size() > kSitemapMaxBytes) {
    sitemap.truncation = SitemapTruncation::max_bytes;
    content.complete = false;
  }
  return content;
}

bool is_utf16(std::string_view bytes) {
  return bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF";
}

// The content from its first significant byte. Blank lines before the XML declaration are a
// frequent slip of sitemap generators that expat, by the letter of XML, refuses; in UTF-8 they
// and the byte order mark can go without changing the document. UTF-16 is left whole.
std::string_view from_first_significant_byte(std::string_view bytes) {
  if (is_utf16(bytes)) return bytes;
  if (bytes.substr(0, kUtf8Bom.size()) == kUtf8Bom) bytes.remove_prefix(kUtf8Bom.size());
  while (!bytes.empty() && is_space(bytes.front())) bytes.remove_prefix(1);
  return bytes;
}

// A text sitemap must be UTF-8, so a UTF-16 byte order mark means XML.
bool is_xml(std::string_view significant) {
  return is_utf16(significant) || (!significant.empty() && significant.front() == '<');
}

// One URL per line (protocol: "Text file"). When the content was cut, its last line may be a
// cut URL and is left out.
void read_text_sitemap(std::string_view text, bool complete, Sitemap& sitemap) {
  sitemap.format = SitemapFormat::text;
  if (!complete) text = text.substr(0, text.find_last_of("\r\n") + 1);
  while (!text.empty()) {
    const auto end = std::min(text.find_first_of("\r\n"), text.size());
    const std::string_view line = trim(text.substr(0, end));
    text.remove_prefix(std::min(end + 1, text.size()));
    if (!line.empty() && !add_location(sitemap, line, false)) return;
  }
  // A page served in place of the sitemap (an HTML error page would be XML-like, but a JSON or
  // plain message is not) lists nothing usable.
  if (sitemap.pages.empty() && sitemap.truncation == SitemapTruncation::none &&
      sitemap.problem == SitemapProblem::none) {
    sitemap.problem = SitemapProblem::not_a_sitemap;
  }
}

}  // namespace

Sitemap read_sitemap(std::string_view body) {
  Sitemap sitemap;
  const Content content = content_of(body, sitemap);
  const std::string_view significant = from_first_significant_byte(content.bytes);
  if (trim(significant).empty()) {
    if (sitemap.problem == SitemapProblem::none) sitemap.problem = SitemapProblem::empty;
    return sitemap;
  }
  if (is_xml(significant)) {
    // An earlier problem (corrupt gzip) stays the reported one; the entries before it are read.
    const SitemapProblem earlier = sitemap.problem;
    read_xml_sitemap(significant, content.complete, sitemap);
    if (earlier != SitemapProblem::none) {
      sitemap.problem = earlier;
      sitemap.detail.clear();
    }
  } else {
    read_text_sitemap(significant, content.complete, sitemap);
  }
  return sitemap;
}

bool add_location(Sitemap& sitemap, std::string_view location, bool is_sitemap) {
  if (sitemap.pages.size() + sitemap.sitemaps.size() >= kSitemapMaxEntries) {
    sitemap.truncation = SitemapTruncation::max_entries;
    return false;
  }
  location = trim(location);
  std::optional<std::string> url;
  if (location.size() <= kSitemapMaxUrlBytes) url = util::normalize(location);
  if (!url) {
    ++sitemap.skipped;
  } else {
    (is_sitemap ? sitemap.sitemaps : sitemap.pages).push_back(std::move(*url));
  }
  return true;
}

std::vector<std::string> sitemap_urls_to_try(std::string_view site, const RobotsRules& robots) {
  std::vector<std::string> urls;
  const auto add = [&urls](std::optional<std::string> url) {
    if (url) url = util::normalize(*url);  // resolve() keeps the fragment
    if (url && std::find(urls.begin(), urls.end(), *url) == urls.end()) {
      urls.push_back(std::move(*url));
    }
  };
  const std::string origin = util::origin_of(site);
  for (const std::string& listed : robots.sitemaps()) {
    add(origin.empty() ? util::normalize(listed) : util::resolve(origin + "/", listed));
  }
  if (!origin.empty()) add(origin + "/sitemap.xml");
  return urls;
}

}  // namespace joignable::crawl
