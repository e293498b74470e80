#include "report/html_writer.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "extract/hours_osm.h"
#include "report/escape.h"
#include "report/report_samples.h"
#include "support/temp_dir.h"

namespace joignable::report {
namespace {

const std::filesystem::path kTemplates =
    std::filesystem::path(JOIGNABLE_TEST_FIXTURES) / ".." / ".." / "reports";

std::string render(const Report& report) {
  const Result<std::string> html = render_html(report, kTemplates);
  INFO((html ? std::string() : html.error().to_string()));
  REQUIRE(html.has_value());
  return *html;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

}  // namespace

TEST_CASE("the html report escapes crawled text and keeps scripts out", "[report]") {
  const std::string html = render(testing::hostile_report("fr"));
  CHECK_FALSE(contains(html, "<script"));
  CHECK(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK(contains(html, "Boulangerie &lt;b&gt;Martin&lt;/b&gt; &amp; Fils"));
  CHECK_FALSE(contains(lower(html), "href=\"javascript:"));
  CHECK(contains(html, "<p class=\"url\">javascript:alert(1)</p>"));
  CHECK(contains(html, "<li>javascript:alert(1)</li>"));
  CHECK_FALSE(contains(html, "href=\"#\""));
  CHECK(contains(html, "Lien cass\xEF\xBF\xBD\xEF\xBF\xBD"));
  CHECK(valid_utf8(html) == html);
  CHECK(contains(html, "check failed: &lt;boom&gt;"));
}

TEST_CASE("the html report shows the 404 probe, escaped", "[report]") {
  Report report = testing::hostile_report("en");
  model::NotFoundCheck soft;
  soft.url = "http://127.0.0.1:8080/joignable-404-check-<b>";
  soft.final_url = testing::kJavascriptUrl;
  soft.status.http_status = 200;
  soft.page = model::NotFoundPage{testing::kScript};
  model::NotFoundCheck real;
  real.url = real.final_url = "http://127.0.0.1:8080/a/joignable-404-check-1.html";
  real.status.http_status = 404;
  real.page = model::NotFoundPage{"Not found", true, true};
  model::NotFoundCheck disallowed;
  disallowed.url = disallowed.final_url = "http://127.0.0.1:8080/b/joignable-404-check-1.html";
  disallowed.status.disallowed_by_robots = true;
  report.site_model.not_found_checks = {soft, real, disallowed};
  const std::string html = render(report);
  CHECK(contains(html, "404 error page"));
  CHECK(contains(html, ">http://127.0.0.1:8080/joignable-404-check-&lt;b&gt;</a>"));
  CHECK(contains(html, "HTTP\u00a0200 — soft 404: the page claims to exist"));
  CHECK(contains(html, "<td>javascript:alert(1)</td>"));  // shown, never linked
  CHECK(contains(html, "<td>link to the home page, phone</td>"));
  CHECK(contains(html, "<td>no link home, no way to get in touch</td>"));
  CHECK(contains(html, "not requested (disallowed by robots.txt)"));
  CHECK_FALSE(contains(html, "<script"));
  CHECK_FALSE(contains(lower(html), "href=\"javascript:"));
}

TEST_CASE("the html report shows where the crawl was cut and the sitemaps read, escaped",
          "[report]") {
  Report report = testing::hostile_report("en");
  CHECK_FALSE(contains(render(report), "Crawl cut short"));
  report.site_model.crawl_traps = {
      crawl::CrawlTrap{"/agenda?<b>*", "too_many_queries", testing::kJavascriptUrl, 42}};
  crawl::SitemapFile index;
  index.url = "http://127.0.0.1:8080/sitemap_index.xml";
  index.status.http_status = 200;
  index.sitemaps = 2;
  crawl::SitemapFile broken;
  broken.url = "http://127.0.0.1:8080/<i>.xml";
  broken.status.http_status = 200;
  broken.problem = "malformed: line 1: <script>";
  broken.pages = 7;
  report.site_model.sitemaps = {index, broken};
  const std::string html = render(report);
  CHECK(contains(html, "Crawl cut short (crawler traps)"));
  CHECK(contains(html, "<code>/agenda?&lt;b&gt;*</code></th><td>too many query combinations</td>"
                       "<td>javascript:alert(1)</td><td>42</td>"));
  CHECK(contains(html, "Sitemaps"));
  CHECK(contains(html, "<td>0 <span class=\"muted\">(sitemaps listed: 2)</span></td>"));
  CHECK(contains(html, ">http://127.0.0.1:8080/&lt;i&gt;.xml</a>"));
  CHECK(contains(html, "<td>HTTP\u00a0200 — malformed: line 1: &lt;script&gt;</td><td>7</td>"));
  CHECK_FALSE(contains(html, "<script"));
  CHECK_FALSE(contains(lower(html), "href=\"javascript:"));
}

TEST_CASE("the html report lists redirect chains of more than two hops, escaped", "[report]") {
  Report report = testing::hostile_report("fr");
  CHECK_FALSE(contains(render(report), "id=\"redirect-chains\""));
  model::PageSummary two_hops;  // http to https to www: common, not listed
  two_hops.url = "http://127.0.0.1:8080/deux";
  two_hops.redirects = {"https://127.0.0.1:8080/deux", "https://www.127.0.0.1:8080/deux"};
  model::PageSummary chain;
  chain.url = "http://127.0.0.1:8080/ancien-<b>";
  chain.redirects = {"http://127.0.0.1:8080/a", testing::kJavascriptUrl,
                     "http://127.0.0.1:8080/contact"};
  chain.status.http_status = 200;
  report.site_model.pages.push_back(two_hops);
  report.site_model.pages.push_back(chain);
  const std::string html = render(report);
  CHECK(contains(html, "Chaînes de redirections"));
  CHECK(contains(html, ">http://127.0.0.1:8080/ancien-&lt;b&gt;</a></th>"));
  CHECK(contains(html, "<ol class=\"pages\"><li><a href=\"http://127.0.0.1:8080/a\">"
                       "http://127.0.0.1:8080/a</a></li><li>javascript:alert(1)</li><li>"));
  CHECK(contains(html, "<td>HTTP\u00a0200</td>"));
  CHECK_FALSE(contains(html, "/deux</a></th>"));
  CHECK_FALSE(contains(lower(html), "href=\"javascript:"));
}

TEST_CASE("the html report lists ten pages per contact point and counts the rest", "[report]") {
  Report report = testing::hostile_report("en");
  joignable::model::SitePhone phone;
  phone.e164 = "+33142685300";
  phone.display = "01 42 68 53 00";
  for (int i = 0; i < 25; ++i) phone.pages.push_back("http://a.fr/p" + std::to_string(i));
  report.site_model.phones = {phone};
  const std::string html = render(report);
  CHECK(contains(html, ">http://a.fr/p9</a>"));
  CHECK_FALSE(contains(html, ">http://a.fr/p10</a>"));
  CHECK(contains(html, "<li class=\"muted\">+ 15 more pages (full list in report.json)</li>"));
  report.site_model.phones[0].pages.resize(10);
  CHECK_FALSE(contains(render(report), "more pages"));
}

TEST_CASE("the html report lists opening hours and escapes unread hours text", "[report]") {
  Report report = testing::hostile_report("en");
  auto hours = extract::parse_osm_hours("Mo-Fr 09:00-18:00");
  REQUIRE(hours);
  report.site_model.hours = {{"site", extract::HoursOrigin::text, "http://127.0.0.1:8080/contact",
                              {"http://127.0.0.1:8080/contact"}, *hours, ""}};
  report.site_model.unparsed_hours = {
      {"http://127.0.0.1:8080/", "Ouvert <script>alert(1)</script> jusqu'à 19h"}};
  const std::string html = render(report);
  // A week grid: one column per source, each day in words.
  CHECK(contains(html, "<th scope=\"row\">Monday</th><td>9:00\u00a0am\u20136:00\u00a0pm</td>"));
  CHECK(contains(html, "<th scope=\"row\">Sunday</th><td>closed</td>"));
  CHECK(contains(html, "Page text"));
  CHECK(contains(html, "Hours-like texts, not interpreted"));
  CHECK(contains(html, "Ouvert &lt;script&gt;alert(1)&lt;/script&gt; jusqu&#39;à 19h"));
  CHECK_FALSE(contains(html, "<script>alert(1)</script>"));
}

TEST_CASE("the html report lists addresses and channels, escaped", "[report]") {
  Report report = testing::hostile_report("en");
  report.site_model.addresses = {
      {{"12 rue <b>de la Paix</b>", "75002", "Paris", "FR"}, {"http://127.0.0.1:8080/"}}};
  report.site_model.chat_widgets = {{"crisp", "", {"http://127.0.0.1:8080/"}}};
  report.site_model.social_links = {
      {"whatsapp", "https://wa.me/33612345678?text=<script>", {"http://127.0.0.1:8080/"}}};
  report.site_model.callback_pages = {"http://127.0.0.1:8080/rappel"};
  const std::string html = render(report);
  CHECK(contains(html, "<th scope=\"row\">12 rue &lt;b&gt;de la Paix&lt;/b&gt;, 75002 Paris</th>"));
  CHECK(contains(html, "Postal addresses"));
  CHECK(contains(html, "Other channels"));
  CHECK(contains(html, "<td>crisp</td>"));
  CHECK(contains(html, "https://wa.me/33612345678?text=&lt;script&gt;"));
  CHECK(contains(html, "Call-back offer"));
  CHECK_FALSE(contains(html, "<b>de la Paix"));
}

TEST_CASE("the html report puts each listing beside the site, differences visible, escaped",
          "[report]") {
  const std::string html = render(testing::hostile_report("en"));
  CHECK(contains(html, "<a href=\"#listings\">Business listings</a>"));
  CHECK(contains(html,
                 "<h3 id=\"listing-1\">google <span class=\"muted\">· Google listing (Places)</span>"));
  CHECK(contains(html, "<p><strong>&lt;script&gt;alert(1)&lt;/script&gt;</strong></p>"));
  CHECK(contains(html, "<span class=\"badge sev-error\">temporarily closed</span>"));
  // Phone: the listing's number is not the site's.
  CHECK(contains(html, "<tr class=\"differs\"><th scope=\"row\">Phone numbers</th><td>01 42 68 "
                       "53 99 &lt;b&gt; (+33142685399)</td><td>+33899123456, +33142685300</td>"
                       "<td><span class=\"badge status-fail\">Differs</span></td></tr>"));
  CHECK(contains(html, "<tr><th scope=\"row\">Address</th><td>1 Rue de la Paix, 75002 Paris</td>"
                       "<td>1 rue de la Paix, 75002 Paris</td><td><span class=\"badge "
                       "status-pass\">Same</span></td></tr>"));
  // Hours day by day: Monday agrees, Saturday differs, Sunday closed on both sides.
  CHECK(contains(html,
                 "<tr><th scope=\"row\">Monday</th><td>9:00\u00a0am\u20136:00\u00a0pm</td>"
                 "<td>9:00\u00a0am\u20136:00\u00a0pm</td>"));
  CHECK(contains(html, "<tr class=\"differs\"><th scope=\"row\">Saturday</th>"
                       "<td>10:00\u00a0am\u201312:00\u00a0pm</td><td>closed</td>"));
  CHECK(contains(html, "<tr><th scope=\"row\">Sunday</th><td>closed</td><td>closed</td>"));
  CHECK(contains(html, "<li>Public holidays: closed</li>"));
  // Unread: the error, escaped; nothing compared.
  CHECK(contains(html, "<span class=\"badge sev-warning\">Listing not read</span> not json: "
                       "&lt;script&gt;alert(2)&lt;/script&gt;"));
  CHECK(contains(html, "https://maps.example/place?q=&lt;b&gt;x&lt;/b&gt;"));
  CHECK_FALSE(contains(html, "<b>x</b>"));
  CHECK_FALSE(contains(lower(html), "href=\"javascript:"));
  CHECK(occurrences(html, "<article class=\"listing\"") == 2);
}

TEST_CASE("the html report names a listing's file, not the consultant's folders", "[report]") {
  Report report = testing::hostile_report("en");
  report.listings.front().listing.source = "/home/consultant/clients/durand/google.json";
  const std::string html = render(report);
  CHECK(contains(html, "google.json"));
  CHECK_FALSE(contains(html, "/home/consultant"));
}

TEST_CASE("the html report has no listings section without listings", "[report]") {
  Report report = testing::hostile_report("fr");
  report.listings.clear();
  const std::string html = render(report);
  CHECK_FALSE(contains(html, "id=\"listings\""));
  CHECK_FALSE(contains(html, "href=\"#listings\""));
}

TEST_CASE("the html report is in the report's language", "[report]") {
  const std::string fr = render(testing::hostile_report("fr"));
  CHECK(contains(fr, "<html lang=\"fr\">"));
  CHECK(contains(fr, "Les cinq points à corriger en priorité"));
  CHECK(contains(fr, "Pourquoi c&#39;est important"));
  CHECK(contains(fr, "Moyens de contact trouvés"));
  CHECK(contains(fr, "Surtaxé"));
  CHECK_FALSE(contains(fr, "The five things to fix first"));

  const std::string en = render(testing::hostile_report("en"));
  CHECK(contains(en, "<html lang=\"en\">"));
  CHECK(contains(en, "The five things to fix first"));
  CHECK(contains(en, "Why it matters"));
  CHECK(contains(en, "Premium rate"));
  CHECK_FALSE(contains(en, "Les cinq points"));
}

TEST_CASE("the html report shows score, priorities, findings and contact points", "[report]") {
  const std::string html = render(testing::hostile_report("en"));
  // Gauges: the overall score with its grade, each category coloured by its band.
  CHECK(contains(html, "<figure class=\"gauge band-fair gauge-overall\">"));
  CHECK(contains(html, ">72</text>"));
  CHECK(contains(html, ">Grade C</text>"));
  CHECK(contains(html, "<figure class=\"gauge band-poor\">"));  // phone, 50
  CHECK(contains(html, "<figure class=\"gauge band-good\">"));  // links, 100
  CHECK(contains(html, "<figure class=\"gauge band-none\">"));  // forms, not scored
  CHECK(contains(html, "80 to 100: good"));
  // Three findings with points: three priorities, each with its points.
  CHECK(occurrences(html, "class=\"rank\"") == 3);
  CHECK(contains(html, "<span class=\"badge points\">+12.5 points</span>"));
  CHECK(contains(html, "Fix phone.premium_rate"));
  CHECK(contains(html, "Why link.broken_external"));
  CHECK(contains(html, "<a href=\"tel:+33142685300\">01 42 68 53 00</a>"));
  CHECK(contains(html, "<a href=\"mailto:contact@example.fr\">contact@example.fr</a>"));
  CHECK(contains(html, "HTTP\u00a0404"));
  CHECK(contains(html, "timed out"));
  CHECK(contains(html, "<time datetime=\"2026-11-23T10:02:30Z\">23 November 2026</time>"));
  CHECK(occurrences(html, "<th scope=\"col\">") > 10);
}

TEST_CASE("the html report's top list holds the five findings that give back the most",
          "[report]") {
  Report report = testing::hostile_report("fr");
  report.findings.clear();
  for (int i = 0; i < 7; ++i) {
    const std::string id = "phone.rule" + std::to_string(i);
    report.findings.push_back({id, "phone", rules::Severity::warning, 1, "", "m" + id, "", "", false});
    report.findings.back().points = 10 - i;
  }
  report.findings.push_back({"link.blocked", "links", rules::Severity::info, 0, "", "free", "", "", false});
  const std::string html = render(report);
  CHECK(occurrences(html, "class=\"rank\"") == 5);
  CHECK(contains(html, "<span class=\"rank\">5</span>"));
  CHECK(contains(html, "<span class=\"badge points\">+6,0 points</span>"));
  CHECK_FALSE(contains(html, "+5,0 points</span> <span"));
  // The printed first page repeats their headlines, in the same order, for a reader of one page.
  const auto headlines = html.find("class=\"print-only headlines\"");
  REQUIRE(headlines != std::string::npos);
  const std::string first_page = html.substr(headlines, html.find("</ol>", headlines) - headlines);
  CHECK(occurrences(first_page, "<li>") == 5);
  CHECK(contains(first_page, "<li><span class=\"badge points\">+10,0 points</span> phone.rule0</li>"));
  report.findings.clear();
  CHECK_FALSE(contains(render(report), "print-only headlines"));
}

TEST_CASE("the template never writes a value unescaped", "[report]") {
  std::ifstream in(kTemplates / kHtmlTemplate);
  std::stringstream text;
  text << in.rdbuf();
  REQUIRE_FALSE(text.str().empty());
  CHECK_FALSE(contains(text.str(), "{{{"));
  CHECK_FALSE(contains(text.str(), "{{&"));
  CHECK_FALSE(contains(text.str(), "<script"));
}

TEST_CASE("render_html reports a missing or malformed template", "[report]") {
  const joignable::testing::TempDir dir;
  const Result<std::string> missing = render_html(testing::hostile_report("fr"), dir.path());
  REQUIRE_FALSE(missing.has_value());
  CHECK(missing.error().code == Error::Code::io);
  CHECK(missing.error().file == (dir / "report.html.mustache").string());

  std::ofstream(dir / "report.html.mustache") << "<p>{{#open}}never closed</p>";
  const Result<std::string> malformed = render_html(testing::hostile_report("fr"), dir.path());
  REQUIRE_FALSE(malformed.has_value());
  CHECK(malformed.error().code == Error::Code::input);
  CHECK(contains(malformed.error().message, "invalid template"));
}

}  // namespace joignable::report
