#include "report/markdown_writer.h"

#include <catch2/catch.hpp>

#include "report/report_samples.h"

namespace joignable::report {
namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("report.md states score, grade, categories and counts", "[report]") {
  const std::string md = render_markdown(testing::hostile_report("fr"));
  CHECK(md.rfind("## Audit de joignabilité — Boulangerie \\<b\\>Martin\\</b\\> \\& Fils\n",
                 0) == 0);
  CHECK(contains(md, "**Score global : 72/100 · Note C**"));
  CHECK(contains(md, "| Téléphone | 50 |\n"));
  CHECK(contains(md, "| Formulaires | non noté |\n"));
  CHECK(contains(md, "- Pages explorées : 3\n"));
  CHECK(contains(md, "- Constats : 3 (Critique 1, Important 2, Information 0)\n"));
  CHECK(contains(md, "- Liens cassés : 2\n"));
}

TEST_CASE("report.md lists the rules to fix first, escaped", "[report]") {
  const std::string md = render_markdown(testing::hostile_report("en"));
  CHECK(contains(md, "**Overall score: 72/100 · Grade C**"));
  CHECK(contains(md, "### The five things to fix first\n"));
  CHECK(contains(md, "1. **+12.5 points** · **Critical** · Title of phone.premium\\_rate "
                     "(`phone.premium_rate`)"));
  CHECK(contains(md, "2. **+3.1 points** · **Important** · Title of link.broken\\_external "
                     "(`link.broken_external`) — Lien cass\xEF\xBF\xBD\xEF\xBF\xBD — "
                     "javascript:alert(1)\n"));
  CHECK(contains(md, "3. **+3.1 points**"));
  CHECK_FALSE(contains(md, "4. "));
  // Markup characters are backslash-escaped: no raw tag, no entity.
  for (std::size_t at = md.find('<'); at != std::string::npos; at = md.find('<', at + 1)) {
    CHECK(md[at - 1] == '\\');
  }
  CHECK_FALSE(contains(md, "&amp;"));
}

TEST_CASE("report.md says where the crawl was cut and which sitemaps it read", "[report]") {
  Report report = testing::hostile_report("fr");
  CHECK_FALSE(contains(render_markdown(report), "Couverture"));
  report.site_model.crawl_traps = {
      crawl::CrawlTrap{"/agenda?*", "too_many_queries", "http://a.fr/agenda?m=101", 12}};
  crawl::SitemapFile missing;
  missing.url = "http://a.fr/sitemap.xml";
  missing.status.http_status = 404;
  crawl::SitemapFile listed;
  listed.url = "http://a.fr/<b>.xml";
  listed.status.http_status = 200;
  listed.pages = 30;
  report.site_model.sitemaps = {missing, listed};
  const std::string md = render_markdown(report);
  CHECK(contains(md, "### Couverture de l'exploration\n\n"));
  CHECK(contains(md, "- Exploration écourtée (pièges à robots) : /agenda?\\* — trop de "
                     "combinaisons de paramètres — Liens non suivis : 12 — Exemple : "
                     "http://a.fr/agenda?m=101\n"));
  CHECK(contains(md, "- Sitemap : http://a.fr/sitemap.xml — HTTP\u00a0404 — Pages du site listées : 0\n"));
  CHECK(contains(md, "- Sitemap : http://a.fr/\\<b\\>.xml — HTTP\u00a0200 — Pages du site listées : 30\n"));
  CHECK_FALSE(contains(md, "<b>"));
}

TEST_CASE("report.md has a listings table, each value beside the site's verdict", "[report]") {
  const std::string md = render_markdown(testing::hostile_report("fr"));
  CHECK(contains(md, "### Fiches d'établissement\n\n| Nom | Numéros de téléphone | Adresse | "
                     "Horaires |\n|---|---|---|---|\n"));
  CHECK(contains(md, "| google | 01 42 68 53 99 \\<b\\> (Différent) | 1 Rue de la Paix, 75002 "
                     "Paris (Identique) | lun.\u2013ven. 9\u00a0h\u201318\u00a0h ; "
                     "sam. 10\u00a0h\u201312\u00a0h (Différent) |\n"));
  CHECK(contains(md, "| osm | Fiche illisible : not json: \\<script\\>alert(2)\\</script\\> "
                     "| | |\n"));
  Report none = testing::hostile_report("fr");
  none.listings.clear();
  CHECK_FALSE(contains(render_markdown(none), "Fiches"));
}

TEST_CASE("report.md without findings says there is nothing to fix", "[report]") {
  Report report = testing::hostile_report("en");
  report.findings.clear();
  CHECK(contains(render_markdown(report), "Nothing to fix: well done."));
}

}  // namespace joignable::report
