#include "model/not_found.h"

#include <catch2/catch.hpp>

namespace joignable::model {
namespace {

const std::string kHome = "https://www.example.fr/";

crawl::NotFoundProbe probe(const std::string& path, int status) {
  crawl::NotFoundProbe p;
  p.url = p.final_url = kHome + path;
  p.status.http_status = status;
  p.content_type = "text/html";
  return p;
}

extract::PageAnalysis error_page(std::vector<crawl::DiscoveredLink> links) {
  extract::PageAnalysis analysis;
  analysis.title = "Page introuvable";
  analysis.links = std::move(links);
  return analysis;
}

SiteModel site() {
  SiteModel model;
  model.site = kHome;
  model.home_reachable = true;
  model.contact_page = ContactPage{kHome + "nous-ecrire.html", 1};
  return model;
}

}  // namespace

TEST_CASE("the home page is reached through /, an index file or the www twin", "[model]") {
  CHECK(is_home_url(kHome, "https://www.example.fr/"));
  CHECK(is_home_url(kHome, "https://www.example.fr"));
  CHECK(is_home_url(kHome, "https://example.fr/index.html"));
  CHECK(is_home_url(kHome, "http://www.example.fr/index.php?lang=fr#top"));
  CHECK_FALSE(is_home_url(kHome, "https://www.example.fr/accueil.html"));
  CHECK_FALSE(is_home_url(kHome, "https://www.example.fr:8443/"));
  CHECK_FALSE(is_home_url(kHome, "https://other.example/"));
  CHECK_FALSE(is_home_url(kHome, "mailto:contact@example.fr"));
  const std::string in_folder = "https://www.example.fr/fr/";
  CHECK(is_home_url(in_folder, "https://www.example.fr/fr/"));
  CHECK(is_home_url(in_folder, "https://www.example.fr/fr/index.html"));
  CHECK(is_home_url(in_folder, "https://www.example.fr/"));
  CHECK_FALSE(is_home_url(in_folder, "https://www.example.fr/en/"));
}

TEST_CASE("a 404 page that links home and to the contact page helps", "[model]") {
  SiteModel model = site();
  std::map<std::string, extract::PageAnalysis> pages;
  pages[kHome + "joignable-404-check-1"] =
      error_page({{"https://example.fr/index.html", crawl::LinkKind::anchor, "Accueil"},
                  {kHome + "nous-ecrire.html#form", crawl::LinkKind::anchor, "Écrivez-nous"}});
  add_not_found_checks(model, {probe("joignable-404-check-1", 404)}, pages);
  REQUIRE(model.not_found_checks.size() == 1);
  const NotFoundCheck& check = model.not_found_checks[0];
  CHECK(check.real());
  CHECK_FALSE(check.soft());
  CHECK_FALSE(check.redirected_home);
  REQUIRE(check.page);
  CHECK(check.page->title == "Page introuvable");
  CHECK(check.page->links_home);
  CHECK(check.page->links_contact);
  CHECK_FALSE(check.page->has_phone);
  CHECK(check.page->offers_contact());
}

TEST_CASE("what a 404 page offers: phones but not faxes, e-mails, contact-looking links, forms",
          "[model]") {
  SiteModel model = site();
  std::map<std::string, extract::PageAnalysis> pages;
  extract::PageAnalysis& bare = pages[kHome + "a"];
  bare = error_page({{kHome + "plan-du-site", crawl::LinkKind::anchor, "Plan du site"},
                     {kHome, crawl::LinkKind::canonical, ""}});
  bare.contacts.phones = {{"+33142685301", "01 42 68 53 01", extract::PhoneType::fixed_line,
                           false, true}};
  extract::PageAnalysis& rich = pages[kHome + "b"];
  rich = error_page({{kHome + "service-client/", crawl::LinkKind::anchor, "Aide"}});
  rich.contacts.emails = {"aide@example.fr"};
  extract::FormInfo search;
  search.kind = extract::FormKind::search;
  search.action = kHome + "recherche";
  search.method = "get";
  rich.contacts.forms = {search};
  add_not_found_checks(model, {probe("a", 404), probe("b", 410), probe("c", 404)}, pages);
  REQUIRE(model.not_found_checks.size() == 3);
  const auto& a = *model.not_found_checks[0].page;
  CHECK_FALSE(a.links_home);  // a canonical link is no way back for a reader
  CHECK_FALSE(a.has_phone);   // a fax is not a phone
  CHECK_FALSE(a.offers_contact());
  const auto& b = *model.not_found_checks[1].page;
  CHECK(b.links_contact);  // the URL says service-client
  CHECK(b.has_email);
  CHECK(b.has_search_form);
  CHECK(model.not_found_checks[1].real());
  CHECK_FALSE(model.not_found_checks[2].page);  // not an HTML answer
}

TEST_CASE("a probe redirected to the home page is a soft 404", "[model]") {
  SiteModel model = site();
  crawl::NotFoundProbe redirected = probe("joignable-404-check-1", 200);
  redirected.final_url = "https://example.fr/";
  redirected.redirects = {"https://example.fr/"};
  crawl::NotFoundProbe elsewhere = probe("x/joignable-404-check-1.html", 200);
  elsewhere.final_url = kHome + "x/";
  elsewhere.redirects = {kHome + "x/"};
  add_not_found_checks(model, {redirected, elsewhere}, {});
  CHECK(model.not_found_checks[0].redirected_home);
  CHECK(model.not_found_checks[0].soft());
  CHECK_FALSE(model.not_found_checks[1].redirected_home);
  CHECK(model.not_found_checks[1].soft());
}

}  // namespace joignable::model
