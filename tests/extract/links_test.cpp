#include "extract/links.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/html_document.h"

namespace extract = joignable::extract;
using joignable::crawl::DiscoveredLink;
using joignable::crawl::LinkKind;

namespace {

const std::string kPage = "http://127.0.0.1:8080/aide/plan.html";

std::vector<DiscoveredLink> links_of(const std::string& html, const std::string& page = kPage) {
  const extract::HtmlDocument document(html);
  return extract::find_links(document, page, extract::base_url(document, page));
}

}  // namespace

TEST_CASE("relative links resolve against the page URL", "[extract]") {
  const auto links = links_of(
      "<a href='contact'>Contact</a><a href='/'>Accueil</a><a href='?page=2'>Suite</a>"
      "<a href='../tarifs#pro'>Tarifs</a><a href='#haut'>Haut</a>"
      "<a href='  https://Example.COM:443/x '>Ailleurs</a>");
  REQUIRE(links.size() == 6);
  CHECK(links[0].url == "http://127.0.0.1:8080/aide/contact");
  CHECK(links[1].url == "http://127.0.0.1:8080/");
  CHECK(links[2].url == "http://127.0.0.1:8080/aide/plan.html?page=2");
  CHECK(links[3].url == "http://127.0.0.1:8080/tarifs#pro");
  CHECK(links[4].url == "http://127.0.0.1:8080/aide/plan.html#haut");
  CHECK(links[5].url == "https://example.com/x");
  CHECK(links[0].kind == LinkKind::anchor);
  CHECK(links[3].text == "Tarifs");
}

TEST_CASE("links that lead to no web page are left out", "[extract]") {
  CHECK(links_of("<a href='mailto:a@acme.fr'>m</a><a href='tel:0142685300'>t</a>"
                 "<a href='javascript:void(0)'>j</a><a href='data:text/plain,x'>d</a>"
                 "<a href='ftp://acme.fr/f'>f</a><a>no href</a>"
                 "<link rel='stylesheet' href='/s.css'>"
                 "<template><a href='/inert'>i</a></template>")
            .empty());
}

TEST_CASE("link texts come from the text, aria-label, an image's alt or the title", "[extract]") {
  const auto links = links_of(
      "<a href='/a'>  Nos\n   <b>services</b> </a><a href='/b' aria-label='Panier'></a>"
      "<a href='/c'><img src='l.png' alt='Logo Acme'></a><a href='/d' title='Brochure'></a>"
      "<a href='/e'><img src='x.png'></a>");
  REQUIRE(links.size() == 5);
  CHECK(links[0].text == "Nos services");
  CHECK(links[1].text == "Panier");
  CHECK(links[2].text == "Logo Acme");
  CHECK(links[3].text == "Brochure");
  CHECK(links[4].text == "");
}

TEST_CASE("links in hidden drop-down menus are kept", "[extract]") {
  const auto links = links_of("<ul style='display:none'><li><a href='/cachee'>Cachée</a></ul>");
  REQUIRE(links.size() == 1);
  CHECK(links[0].url == "http://127.0.0.1:8080/cachee");
  CHECK(links[0].text == "Cachée");
}

TEST_CASE("a base href changes what relative links resolve against", "[extract]") {
  const std::string html = "<head><base href='https://cdn.acme.fr/v2/'></head><a href='doc'>d</a>"
                           "<form></form><form action='envoyer'></form>";
  const auto links = links_of(html);
  REQUIRE(links.size() == 3);
  CHECK(links[0].url == "https://cdn.acme.fr/v2/doc");
  CHECK(links[1].url == kPage);  // a form without action posts to the page itself
  CHECK(links[1].kind == LinkKind::form_action);
  CHECK(links[2].url == "https://cdn.acme.fr/v2/envoyer");
  const extract::HtmlDocument document(html);
  CHECK(extract::base_url(document, kPage) == "https://cdn.acme.fr/v2/");
  const extract::HtmlDocument no_base("<p>x</p>");
  CHECK(extract::base_url(no_base, kPage) == kPage);
}

TEST_CASE("the links fixture yields every kind of link in document order", "[extract]") {
  const std::string html =
      "<head><base href='/fr/'><link rel='Canonical' href='plan-du-site'>"
      "<link rel='alternate' type='application/rss+xml' href='/feed.xml' title='Actualités'>"
      "</head><body><a href='services'>S</a>"
      "<map name='m'><area href='agences/lyon' alt='Agence de Lyon'></map>"
      "<iframe src='https://maps.example.com/embed?q=Paris' title=\"Plan d'accès\"></iframe>"
      "<form action='recherche'></form></body>";
  const auto links = links_of(html);
  REQUIRE(links.size() == 6);
  CHECK(links[0].kind == LinkKind::canonical);
  CHECK(links[0].url == "http://127.0.0.1:8080/fr/plan-du-site");
  CHECK(links[1].kind == LinkKind::alternate);
  CHECK(links[1].url == "http://127.0.0.1:8080/feed.xml");
  CHECK(links[1].text == "Actualités");
  CHECK(links[2].kind == LinkKind::anchor);
  CHECK(links[3].kind == LinkKind::area);
  CHECK(links[3].url == "http://127.0.0.1:8080/fr/agences/lyon");
  CHECK(links[3].text == "Agence de Lyon");
  CHECK(links[4].kind == LinkKind::iframe);
  CHECK(links[4].url == "https://maps.example.com/embed?q=Paris");
  CHECK(links[4].text == "Plan d'accès");
  CHECK(links[5].kind == LinkKind::form_action);
  CHECK(links[5].url == "http://127.0.0.1:8080/fr/recherche");
}

TEST_CASE("contact links are the visible tel: or mailto: links, decoded", "[extract]") {
  const extract::HtmlDocument document(
      "<a href=' TEL:%2B33%201%2042%2068%2053%2000 '>Appeler</a>"
      "<a href='tel:0612345678' hidden>caché</a><area href='tel:0800123456' alt='Numéro vert'>"
      "<a href='mailto:a@acme.fr'>a</a><a href='telephone.html'>page</a>");
  const auto tel = extract::find_contact_links(document, "tel");
  REQUIRE(tel.size() == 2);
  CHECK(tel[0].value == "+33 1 42 68 53 00");
  CHECK(tel[0].text == "Appeler");
  CHECK(tel[1].value == "0800123456");
  const auto mail = extract::find_contact_links(document, "mailto");
  REQUIRE(mail.size() == 1);
  CHECK(mail[0].value == "a@acme.fr");
}

TEST_CASE("percent_decode decodes bytes and keeps malformed sequences", "[extract]") {
  CHECK(extract::percent_decode("a%20b%2Bc%40d") == "a b+c@d");
  CHECK(extract::percent_decode("%C3%A9") == "é");
  CHECK(extract::percent_decode("100% sûr %2") == "100% sûr %2");
  CHECK(extract::percent_decode("a+b") == "a+b");
}
