#include "crawl/sitemap.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "support/gzip.h"

namespace joignable::crawl {
namespace {

using testing::gzip;
using testing::GzipPart;
using Strings = std::vector<std::string>;

constexpr const char* kXmlDeclaration = R"(<?xml version="1.0" encoding="UTF-8"?>)";
constexpr const char* kUrlsetOpen =
    R"(<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">)";

struct Case {
  const char* what;
  std::string body;
  SitemapFormat format;
  Strings pages;
  Strings sitemaps;
  std::size_t skipped = 0;
  SitemapProblem problem = SitemapProblem::none;
};

std::string urlset(const std::string& entries) {
  return std::string(kXmlDeclaration) + "\n" + kUrlsetOpen + "\n" + entries + "\n</urlset>\n";
}

std::string url(const std::string& loc) { return "  <url><loc>" + loc + "</loc></url>\n"; }

// Documents as sites serve them; each case says what it shows.
std::vector<Case> cases() {
  return {
      {"a urlset lists its pages in order",
       urlset("  <url>\n    <loc>https://www.example.com/</loc>\n    <lastmod>2024-01-01</lastmod>\n"
              "    <changefreq>daily</changefreq>\n    <priority>1.0</priority>\n  </url>\n" +
              url("https://www.example.com/contact") + url("https://www.example.com/about")),
       SitemapFormat::urlset,
       {"https://www.example.com/", "https://www.example.com/contact",
        "https://www.example.com/about"},
       {}},
      {"a sitemap index lists child sitemaps",
       std::string(kXmlDeclaration) +
           R"(<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://example.com/sitemap-pages.xml</loc><lastmod>2024-05-01</lastmod></sitemap>
  <sitemap><loc>https://example.com/sitemap-posts.xml.gz</loc></sitemap>
</sitemapindex>)",
       SitemapFormat::sitemapindex,
       {},
       {"https://example.com/sitemap-pages.xml", "https://example.com/sitemap-posts.xml.gz"}},
      {"a prefixed sitemap namespace is the same namespace",
       R"(<sm:urlset xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sm:url><sm:loc>https://example.com/a</sm:loc></sm:url></sm:urlset>)",
       SitemapFormat::urlset,
       {"https://example.com/a"},
       {}},
      {"a sitemap without namespace is read",
       "<urlset><url><loc>https://example.com/a</loc></url></urlset>",
       SitemapFormat::urlset,
       {"https://example.com/a"},
       {}},
      {"Google's 0.84 namespace is read",
       R"(<urlset xmlns="http://www.google.com/schemas/sitemap/0.84">)"
       "<url><loc>https://example.com/old</loc></url></urlset>",
       SitemapFormat::urlset,
       {"https://example.com/old"},
       {}},
      {"image and alternate links of a page are not pages",
       R"(<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"
        xmlns:xhtml="http://www.w3.org/1999/xhtml">
  <url>
    <loc>https://example.com/fr/</loc>
    <xhtml:link rel="alternate" hreflang="en" href="https://example.com/en/"/>
    <image:image><image:loc>https://example.com/logo.png</image:loc></image:image>
  </url>
</urlset>)",
       SitemapFormat::urlset,
       {"https://example.com/fr/"},
       {}},
      {"a loc in another namespace is ignored",
       R"(<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:x="urn:other">)"
       "<url><x:loc>https://example.com/x</x:loc></url></urlset>",
       SitemapFormat::urlset,
       {},
       {}},
      {"CDATA holds a location",
       urlset(url("<![CDATA[https://example.com/a?x=1&y=2]]>")),
       SitemapFormat::urlset,
       {"https://example.com/a?x=1&y=2"},
       {}},
      {"entities are decoded in a location",
       urlset(url("https://example.com/search?q=contact&amp;lang=fr&#38;p=1")),
       SitemapFormat::urlset,
       {"https://example.com/search?q=contact&lang=fr&p=1"},
       {}},
      {"white space around a location is ignored",
       urlset("<url><loc>\n\t   https://example.com/spaced \r\n  </loc></url>"),
       SitemapFormat::urlset,
       {"https://example.com/spaced"},
       {}},
      {"locations are normalised",
       urlset(url("HTTPS://Example.COM:443/a/./b/../c#frag")),
       SitemapFormat::urlset,
       {"https://example.com/a/c"},
       {}},
      {"non-http and relative locations are skipped and counted",
       urlset(url("ftp://example.com/file") + url("/relative/page") + url("mailto:a@example.com") +
              url("javascript:alert(1)") + url("") + url("https://example.com/kept")),
       SitemapFormat::urlset,
       {"https://example.com/kept"},
       {},
       5},
      {"an overlong location is skipped, not cut",
       urlset(url("https://example.com/" + std::string(kSitemapMaxUrlBytes, 'a')) +
              url("https://example.com/" + std::string(kSitemapMaxUrlBytes - 20, 'b'))),
       SitemapFormat::urlset,
       {"https://example.com/" + std::string(kSitemapMaxUrlBytes - 20, 'b')},
       {},
       1},
      {"url entries in an index and sitemap entries in a urlset are ignored",
       urlset("<sitemap><loc>https://example.com/s.xml</loc></sitemap>" +
              url("https://example.com/p")),
       SitemapFormat::urlset,
       {"https://example.com/p"},
       {}},
      {"a UTF-8 byte order mark and blank lines before the declaration are allowed",
       "\xEF\xBB\xBF\n\n  " + urlset(url("https://example.com/bom")),
       SitemapFormat::urlset,
       {"https://example.com/bom"},
       {}},
      {"malformed XML keeps the entries read before the error",
       std::string(kUrlsetOpen) + url("https://example.com/1") + url("https://example.com/2") +
           "<url><loc>https://example.com/3</loc></urll>" + url("https://example.com/4"),
       SitemapFormat::urlset,
       {"https://example.com/1", "https://example.com/2", "https://example.com/3"},
       {},
       0,
       SitemapProblem::malformed},
      {"a document cut in the middle is malformed",
       std::string(kUrlsetOpen) + url("https://example.com/1") + "<url><loc>https://exa",
       SitemapFormat::urlset,
       {"https://example.com/1"},
       {},
       0,
       SitemapProblem::malformed},
      {"an HTML page served as the sitemap is not a sitemap",
       "<!DOCTYPE html>\n<html><head><title>Not found</title></head><body>404</body></html>",
       SitemapFormat::unknown,
       {},
       {},
       0,
       SitemapProblem::not_a_sitemap},
      {"an RSS feed is not a sitemap",
       R"(<?xml version="1.0"?><rss version="2.0"><channel><link>https://example.com/</link></channel></rss>)",
       SitemapFormat::unknown,
       {},
       {},
       0,
       SitemapProblem::not_a_sitemap},
      {"nesting beyond the bound stops the reading",
       std::string(kUrlsetOpen) + url("https://example.com/1") + "<url>" +
           [] {
             std::string deep;
             for (int i = 0; i < 10'000; ++i) deep += "<x>";
             return deep;
           }(),
       SitemapFormat::urlset,
       {"https://example.com/1"},
       {},
       0,
       SitemapProblem::too_deep},
      {"a text sitemap lists one URL per line",
       "https://example.com/\r\nhttps://example.com/contact\n\n  https://example.com/about  \n"
       "https://example.com/last",
       SitemapFormat::text,
       {"https://example.com/", "https://example.com/contact", "https://example.com/about",
        "https://example.com/last"},
       {}},
      {"a text sitemap skips lines that are not http(s) URLs",
       "https://example.com/a\n# comment\nftp://example.com/b\n/relative\nhttp://example.com/c\n",
       SitemapFormat::text,
       {"https://example.com/a", "http://example.com/c"},
       {},
       3},
      {"text without a single URL is not a sitemap",
       "{\"error\": \"not found\"}\n",
       SitemapFormat::text,
       {},
       {},
       1,
       SitemapProblem::not_a_sitemap},
      {"an empty body is empty", "", SitemapFormat::unknown, {}, {}, 0, SitemapProblem::empty},
      {"a body of white space is empty",
       " \r\n\t\n",
       SitemapFormat::unknown,
       {},
       {},
       0,
       SitemapProblem::empty},
      {"an empty urlset lists nothing and is fine",
       urlset(""),
       SitemapFormat::urlset,
       {},
       {}},
  };
}

TEST_CASE("read_sitemap reads what real sitemaps list", "[crawl][sitemap]") {
  for (const Case& c : cases()) {
    for (const bool gzipped : {false, true}) {
      CAPTURE(c.what, gzipped);
      const Sitemap sitemap = read_sitemap(gzipped ? gzip(c.body) : c.body);
      CHECK(sitemap.format == c.format);
      CHECK(sitemap.pages == c.pages);
      CHECK(sitemap.sitemaps == c.sitemaps);
      CHECK(sitemap.skipped == c.skipped);
      CHECK(sitemap.problem == c.problem);
      CHECK(sitemap.truncation == SitemapTruncation::none);
      CHECK(sitemap.detail.empty() == (c.problem != SitemapProblem::malformed));
    }
  }
}

TEST_CASE("read_sitemap gives the line of malformed XML", "[crawl][sitemap]") {
  const Sitemap sitemap = read_sitemap(urlset("<url><loc>https://example.com/</url>"));
  REQUIRE(sitemap.problem == SitemapProblem::malformed);
  REQUIRE(sitemap.detail == "line 3: mismatched tag");
}

TEST_CASE("read_sitemap refuses entity expansion (billion laughs) at once", "[crawl][sitemap]") {
  std::string doc = R"(<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY lol0 "lol">)";
  for (int i = 1; i <= 9; ++i) {
    doc += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int j = 0; j < 10; ++j) doc += "&lol" + std::to_string(i - 1) + ";";
    doc += "\">";
  }
  doc += "]>" + std::string(kUrlsetOpen) + url("https://example.com/&lol9;") + "</urlset>";
  const Sitemap sitemap = read_sitemap(doc);
  REQUIRE(sitemap.problem == SitemapProblem::entity_declared);
  REQUIRE(sitemap.pages.empty());
}

TEST_CASE("read_sitemap never loads external entities", "[crawl][sitemap]") {
  const auto doc = GENERATE(
      as<std::string>{},
      R"(<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY ext SYSTEM "file:///etc/passwd">]>)"
      R"(<urlset><url><loc>https://example.com/&ext;</loc></url></urlset>)",
      R"(<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY % dtd SYSTEM "http://127.0.0.1:1/x.dtd"> %dtd;]>)"
      R"(<urlset><url><loc>https://example.com/</loc></url></urlset>)");
  const Sitemap sitemap = read_sitemap(doc);
  REQUIRE(sitemap.problem == SitemapProblem::entity_declared);
  REQUIRE(sitemap.pages.empty());
}

TEST_CASE("read_sitemap ignores an external DTD it never fetches", "[crawl][sitemap]") {
  const Sitemap sitemap = read_sitemap(
      R"(<?xml version="1.0"?><!DOCTYPE urlset SYSTEM "http://127.0.0.1:1/sitemap.dtd">)" +
      std::string(kUrlsetOpen) + url("https://example.com/") + "</urlset>");
  REQUIRE(sitemap.problem == SitemapProblem::none);
  REQUIRE(sitemap.pages == Strings{"https://example.com/"});
}

TEST_CASE("read_sitemap stops after 50,000 entries and says so", "[crawl][sitemap]") {
  const std::string entry = url("https://example.com/p");
  for (const std::size_t count : {kSitemapMaxEntries, kSitemapMaxEntries + 1}) {
    std::string doc = kUrlsetOpen;
    for (std::size_t i = 0; i < count; ++i) doc += entry;
    doc += "</urlset>";
    CAPTURE(count);
    const Sitemap sitemap = read_sitemap(doc);
    CHECK(sitemap.pages.size() == kSitemapMaxEntries);
    CHECK(sitemap.problem == SitemapProblem::none);
    CHECK(sitemap.truncation == (count > kSitemapMaxEntries ? SitemapTruncation::max_entries
                                                            : SitemapTruncation::none));
  }
}

TEST_CASE("read_sitemap caps a text sitemap at 50,000 URLs", "[crawl][sitemap]") {
  std::string text;
  for (std::size_t i = 0; i < kSitemapMaxEntries + 10; ++i) text += "https://example.com/t\n";
  const Sitemap sitemap = read_sitemap(text);
  REQUIRE(sitemap.pages.size() == kSitemapMaxEntries);
  REQUIRE(sitemap.truncation == SitemapTruncation::max_entries);
}

TEST_CASE("read_sitemap inflates a gzip bomb only to 50 MiB", "[crawl][sitemap]") {
  // 100 MiB of white space inside the urlset, after one page: twice the cap.
  const std::string mebibyte(1024 * 1024, ' ');
  const std::string head = std::string(kUrlsetOpen) + url("https://example.com/first");
  const std::string bomb = gzip({GzipPart{head}, GzipPart{mebibyte, 100}, GzipPart{"</urlset>"}});
  REQUIRE(bomb.size() < 1024 * 1024);
  const Sitemap sitemap = read_sitemap(bomb);
  REQUIRE(sitemap.truncation == SitemapTruncation::max_bytes);
  REQUIRE(sitemap.problem == SitemapProblem::none);
  REQUIRE(sitemap.pages == Strings{"https://example.com/first"});
}

TEST_CASE("read_sitemap inflates a sitemap gzipped twice, bomb included, within 50 MiB",
          "[crawl][sitemap]") {
  const std::string twice = gzip(gzip(urlset(url("https://example.com/twice"))));
  CHECK(read_sitemap(twice).pages == Strings{"https://example.com/twice"});
  const std::string mebibyte(1024 * 1024, ' ');
  const std::string head = std::string(kUrlsetOpen) + url("https://example.com/first");
  const std::string bomb =
      gzip(gzip({GzipPart{head}, GzipPart{mebibyte, 100}, GzipPart{"</urlset>"}}));
  REQUIRE(bomb.size() < 1024 * 1024);
  const Sitemap sitemap = read_sitemap(bomb);
  CHECK(sitemap.truncation == SitemapTruncation::max_bytes);
  CHECK(sitemap.pages == Strings{"https://example.com/first"});
}

TEST_CASE("read_sitemap reads only the first 50 MiB of a plain body", "[crawl][sitemap]") {
  std::string text = "https://example.com/a\n";
  text += std::string(kSitemapMaxBytes - text.size() - 10, '\n');
  text += "https://example.com/cut-by-the-limit\n";
  const Sitemap sitemap = read_sitemap(text);
  REQUIRE(sitemap.truncation == SitemapTruncation::max_bytes);
  REQUIRE(sitemap.pages == Strings{"https://example.com/a"});
  REQUIRE(sitemap.skipped == 0);
}

TEST_CASE("read_sitemap keeps the entries before a cut gzip stream", "[crawl][sitemap]") {
  std::string entries;
  for (int i = 0; i < 2000; ++i) entries += url("https://example.com/page-" + std::to_string(i));
  const std::string whole = gzip(urlset(entries));
  const Sitemap sitemap = read_sitemap(whole.substr(0, whole.size() / 2));
  REQUIRE(sitemap.problem == SitemapProblem::corrupt_gzip);
  REQUIRE(sitemap.detail.empty());
  REQUIRE_FALSE(sitemap.pages.empty());
  REQUIRE(sitemap.pages.size() < 2000);
  REQUIRE(sitemap.pages.front() == "https://example.com/page-0");
}

TEST_CASE("read_sitemap reads a huge text node without keeping it", "[crawl][sitemap]") {
  const std::string doc = std::string(kUrlsetOpen) + "<url><lastmod>" +
                          std::string(20 * 1024 * 1024, 'x') + "</lastmod><loc>https://example.com/"
                          "</loc></url></urlset>";
  const Sitemap sitemap = read_sitemap(doc);
  REQUIRE(sitemap.problem == SitemapProblem::none);
  REQUIRE(sitemap.pages == Strings{"https://example.com/"});
}

TEST_CASE("read_sitemap reads a UTF-16 sitemap", "[crawl][sitemap]") {
  const std::string ascii = std::string(kUrlsetOpen) + url("https://example.com/u16") + "</urlset>";
  std::string utf16 = "\xFF\xFE";
  for (const char c : ascii) {
    utf16 += c;
    utf16 += '\0';
  }
  const Sitemap sitemap = read_sitemap(utf16);
  REQUIRE(sitemap.problem == SitemapProblem::none);
  REQUIRE(sitemap.pages == Strings{"https://example.com/u16"});
}

TEST_CASE("sitemap_urls_to_try lists robots sitemaps then /sitemap.xml, once each",
          "[crawl][sitemap]") {
  struct UrlsCase {
    const char* what;
    const char* site;
    const char* robots;
    Strings expected;
  };
  const std::vector<UrlsCase> url_cases = {
      {"no robots sitemap", "https://example.com/fr/accueil", "", {"https://example.com/sitemap.xml"}},
      {"robots sitemaps first, in file order",
       "https://example.com/",
       "Sitemap: https://example.com/sitemap_index.xml\nUser-agent: *\nDisallow:\n"
       "Sitemap: https://cdn.example.com/s.xml.gz\n",
       {"https://example.com/sitemap_index.xml", "https://cdn.example.com/s.xml.gz",
        "https://example.com/sitemap.xml"}},
      {"the default listed in robots appears once",
       "http://Example.com:80",
       "Sitemap: http://EXAMPLE.com/sitemap.xml\nSitemap: http://example.com/sitemap.xml#x\n",
       {"http://example.com/sitemap.xml"}},
      {"a relative robots sitemap is resolved against the site",
       "https://example.com:8443/a/b",
       "Sitemap: /maps/main.xml\n",
       {"https://example.com:8443/maps/main.xml", "https://example.com:8443/sitemap.xml"}},
      {"non-http robots sitemaps are left out",
       "https://example.com/",
       "Sitemap: ftp://example.com/sitemap.xml\n",
       {"https://example.com/sitemap.xml"}},
      {"a site that is not http(s) keeps only absolute robots sitemaps",
       "ftp://example.com/",
       "Sitemap: https://example.com/s.xml\nSitemap: /relative.xml\n",
       {"https://example.com/s.xml"}},
  };
  for (const UrlsCase& c : url_cases) {
    CAPTURE(c.what);
    CHECK(sitemap_urls_to_try(c.site, RobotsRules::parse(c.robots)) == c.expected);
  }
}

}  // namespace
}  // namespace joignable::crawl
