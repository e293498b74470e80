#include "model/derive.h"

#include <catch2/catch.hpp>

#include "model/anchors.h"
#include "extract/hours_osm.h"

namespace joignable::model {
namespace {

const std::string kHome = "http://127.0.0.1:8080/";

crawl::Page page(const std::string& path, std::optional<int> depth, int status = 200) {
  crawl::Page p;
  p.url = p.final_url = kHome + path;
  p.depth = depth;
  p.status.http_status = status;
  p.content_type = "text/html";
  return p;
}

crawl::Link link(const std::string& from, const std::string& to, std::string text = {},
                 crawl::LinkKind kind = crawl::LinkKind::anchor) {
  return {kHome + from, to.starts_with("http") ? to : kHome + to, kind, std::move(text), {}};
}

extract::PhoneMention phone(std::string e164, extract::PhoneType type, bool tel, bool fax = false) {
  return {std::move(e164), "01 42 68 53 00", type, tel, fax};
}

extract::HoursMention hours(extract::HoursOrigin origin, const std::string& osm,
                            std::string evidence = {}) {
  auto parsed = extract::parse_osm_hours(osm);
  REQUIRE(parsed.has_value());
  return {origin, *parsed, std::move(evidence)};
}

}  // namespace

TEST_CASE("hours give one entry per distinct source and weekly table, with every page",
          "[model]") {
  using extract::HoursOrigin;
  crawl::CrawlResult crawl;
  crawl.pages = {page("", 0), page("contact.html", 1), page("a.html", 1)};
  std::map<std::string, extract::PageAnalysis> analyses;
  // The footer's text on every page, the home page's JSON-LD saying the same, and the contact
  // page's table saying otherwise.
  const auto footer = hours(HoursOrigin::text, "Mo-Fr 09:00-18:00", "Lun-Ven 9h-18h");
  analyses[kHome].contacts.hours = {footer,
                                    hours(HoursOrigin::structured_data, "Mo-Fr 09:00-18:00")};
  analyses[kHome + "a.html"].contacts.hours = {footer};
  analyses[kHome + "contact.html"].contacts.hours = {
      hours(HoursOrigin::text, "Mo-Fr 09:00-12:00,14:00-18:00", "Lundi 9h-12h"), footer};
  analyses[kHome + "contact.html"].contacts.unparsed_hours = {"Ouvert jusqu'à 19h"};
  analyses[kHome + "a.html"].contacts.unparsed_hours = {"Ouvert jusqu'à 19h"};

  SiteModel model = derive_site_model(kHome, "FR", crawl, analyses);
  REQUIRE(model.hours.size() == 3);
  CHECK(model.hours[0].origin == HoursOrigin::text);
  CHECK(model.hours[0].source == "site");
  CHECK(model.hours[0].url == kHome);
  CHECK(model.hours[0].pages ==
        std::vector<std::string>{kHome, kHome + "a.html", kHome + "contact.html"});
  CHECK(model.hours[0].evidence == "Lun-Ven 9h-18h");
  CHECK(model.hours[1].origin == HoursOrigin::structured_data);
  CHECK(model.hours[1].pages == std::vector<std::string>{kHome});
  CHECK(extract::to_spec(model.hours[2].hours) == "Mo-Fr 09:00-12:00,14:00-18:00");
  CHECK(model.hours[2].url == kHome + "contact.html");
  REQUIRE(model.unparsed_hours.size() == 1);  // once, on its first page
  CHECK(model.unparsed_hours[0].page == kHome + "a.html");

  // The listings stage adds its hours through the hook; empty hours are no source.
  add_listing_hours(model, "google", "https://maps.example/p",
                    hours(HoursOrigin::listing, "24/7").hours);
  add_listing_hours(model, "osm", "", extract::OpeningHours());
  REQUIRE(model.hours.size() == 4);
  CHECK(model.hours[3].source == "listing:google");
  CHECK(model.hours[3].origin == HoursOrigin::listing);
  CHECK(model.hours[3].url == "https://maps.example/p");
  CHECK(model.hours[3].pages.empty());
}

TEST_CASE("contact points are aggregated over the site with every page", "[model]") {
  crawl::CrawlResult crawl;
  crawl.pages = {page("", 0), page("b.html", 1), page("a.html", 1)};
  std::map<std::string, extract::PageAnalysis> analyses;
  analyses[kHome].contacts.phones = {phone("+33142685300", extract::PhoneType::fixed_line, true),
                                     phone("+33142685301", extract::PhoneType::fixed_line, false,
                                           true)};
  analyses[kHome + "a.html"].contacts.phones = {
      phone("+33142685300", extract::PhoneType::fixed_line, false)};
  analyses[kHome + "a.html"].contacts.emails = {"contact@example.fr"};
  analyses[kHome + "b.html"].contacts.emails = {"contact@example.fr"};

  const SiteModel model = derive_site_model(kHome, "FR", crawl, analyses);
  CHECK(model.home_reachable);
  REQUIRE(model.pages.size() == 3);
  CHECK(model.pages[1].url == kHome + "a.html");  // sorted by depth, then URL
  REQUIRE(model.phones.size() == 1);
  CHECK(model.phones[0].pages == std::vector<std::string>{kHome, kHome + "a.html"});
  CHECK(model.phones[0].tel_link);
  CHECK(model.phones[0].text_only_somewhere);
  REQUIRE(model.faxes.size() == 1);
  CHECK(model.faxes[0].e164 == "+33142685301");
  REQUIRE(model.emails.size() == 1);
  CHECK(model.emails[0].pages == std::vector<std::string>{kHome + "a.html", kHome + "b.html"});
  CHECK(model.first_phone_depth == 0);
}

TEST_CASE("a broken link is reported once with every page that links it", "[model]") {
  crawl::CrawlResult crawl;
  crawl.pages = {page("", 0), page("a.html", 1), page("gone.html", 1, 404)};
  crawl.links = {link("", "a.html"), link("", "gone.html"), link("a.html", "gone.html"),
                 link("a.html", "http://127.0.0.2:9/x")};
  crawl::LinkCheck external{"http://127.0.0.2:9/x", {}, false};
  external.status.error = crawl::NetError::connect;
  crawl.checks = {external};

  const SiteModel model = derive_site_model(kHome, "FR", crawl, {});
  REQUIRE(model.broken_links.size() == 2);
  CHECK(model.broken_links[0].url == kHome + "gone.html");
  CHECK(model.broken_links[0].internal);
  CHECK(model.broken_links[0].found_on == std::vector<std::string>{kHome, kHome + "a.html"});
  CHECK(model.broken_links[1].url == "http://127.0.0.2:9/x");
  CHECK_FALSE(model.broken_links[1].internal);
}

TEST_CASE("blocked pages and blocked link checks are blocked links, not broken ones", "[model]") {
  crawl::CrawlResult crawl;
  crawl::Page challenged = page("shop.html", 1, 403);
  challenged.status.blocked = true;
  crawl.pages = {page("", 0), challenged};
  crawl.links = {link("", "shop.html"), link("", "http://127.0.0.2:9/x")};
  crawl::LinkCheck external{"http://127.0.0.2:9/x", {}, false};
  external.status.http_status = 429;
  external.status.blocked = true;
  crawl.checks = {external};
  crawl.sitemaps = {crawl::SitemapFile{kHome + "sitemap.xml", {}, 3, 0, 0, ""}};

  const SiteModel model = derive_site_model(kHome, "FR", crawl, {});
  CHECK(model.broken_links.empty());
  REQUIRE(model.blocked_links.size() == 2);
  CHECK(model.blocked_links[0].url == kHome + "shop.html");
  CHECK(model.blocked_links[0].internal);
  CHECK(model.blocked_links[1].url == "http://127.0.0.2:9/x");
  REQUIRE(model.sitemaps.size() == 1);
  CHECK(model.sitemaps[0].pages == 3);
}

TEST_CASE("a form action reached only by the form is not a broken link", "[model]") {
  crawl::CrawlResult crawl;
  crawl.pages = {page("", 0), page("contact.html", 1)};
  crawl.links = {link("", "contact.html", "Contact"),
                 link("contact.html", "send", {}, crawl::LinkKind::form_action)};
  crawl::LinkCheck action{kHome + "send", {}, true};
  action.status.http_status = 404;
  crawl.checks = {action};
  std::map<std::string, extract::PageAnalysis> analyses;
  extract::FormInfo form;
  form.kind = extract::FormKind::contact;
  form.action = kHome + "send";
  analyses[kHome + "contact.html"].contacts.forms = {form};

  const SiteModel model = derive_site_model(kHome, "FR", crawl, analyses);
  CHECK(model.broken_links.empty());
  REQUIRE(model.forms.size() == 1);
  REQUIRE(model.forms[0].action_status.has_value());
  CHECK(model.forms[0].action_status->http_status == 404);
}

TEST_CASE("the contact page is found by link text or URL, shallowest first", "[model]") {
  crawl::CrawlResult crawl;
  crawl.pages = {page("", 0), page("deep/contact.html", 3), page("joindre.html", 2)};
  crawl.links = {link("", "joindre.html", "Nous joindre")};
  const SiteModel model = derive_site_model(kHome, "FR", crawl, {});
  REQUIRE(model.contact_page.has_value());
  CHECK(model.contact_page->url == kHome + "joindre.html");
  CHECK(model.contact_page->depth == 2);

  crawl.links.clear();
  crawl.pages = {page("", 0), page("about.html", 1)};
  CHECK_FALSE(derive_site_model(kHome, "FR", crawl, {}).contact_page.has_value());
}

TEST_CASE("an unreachable home page makes an unreachable model", "[model]") {
  crawl::CrawlResult crawl;
  crawl.pages = {page("", 0, 0)};
  crawl.pages[0].status.error = crawl::NetError::connect;
  const SiteModel model = derive_site_model(kHome, "FR", crawl, {});
  CHECK_FALSE(model.home_reachable);
  CHECK(model.home_status.error == crawl::NetError::connect);
}

TEST_CASE("contact words are recognised in several languages", "[model]") {
  for (const char* text : {"Contact", "Contactez-nous", "Nous joindre", "Service client",
                           "Kontakt", "Contatti"}) {
    CAPTURE(text);
    CHECK(looks_like_contact_text(text));
  }
  CHECK_FALSE(looks_like_contact_text("Nos produits"));
  CHECK(looks_like_contact_url("https://example.fr/nous-contacter/"));
  CHECK_FALSE(looks_like_contact_url("https://contact.example.fr/produits"));
}

}  // namespace joignable::model

namespace joignable::model {

TEST_CASE("a link whose #fragment names no anchor of its page is a broken link", "[model]") {
  crawl::CrawlResult crawl;
  crawl.pages = {page("", 0), page("tarifs.html", 1), page("old.html", 1),
                 page("gone.html", 1, 404)};
  crawl.pages[2].final_url = kHome + "tarifs.html";  // redirected: parsed under the first URL
  auto anchor_link = [](std::string from, std::string to, std::string fragment) {
    crawl::Link l = link(from, to);
    l.fragment = std::move(fragment);
    return l;
  };
  crawl.links = {anchor_link("", "tarifs.html", "chauffage"),
                 anchor_link("", "tarifs.html", "plomberie"),
                 anchor_link("tarifs.html", "tarifs.html", "plomberie"),
                 anchor_link("", "tarifs.html", "caf%C3%A9"),
                 anchor_link("", "tarifs.html", "top"),
                 anchor_link("", "tarifs.html", "/route"),
                 anchor_link("", "old.html", "devis"),
                 anchor_link("", "gone.html", "x"),
                 anchor_link("", "http://other.example/", "nowhere")};
  crawl::Link canonical = anchor_link("", "tarifs.html", "meta");
  canonical.kind = crawl::LinkKind::canonical;
  crawl.links.push_back(canonical);
  std::map<std::string, extract::PageAnalysis> analyses;
  analyses[kHome];
  analyses[kHome + "tarifs.html"].anchors = {"café", "chauffage"};

  const SiteModel model = derive_site_model(kHome, "FR", crawl, analyses);
  std::vector<std::string> urls;
  for (const auto& broken : model.broken_links) urls.push_back(broken.url);
  CHECK(urls == std::vector<std::string>{kHome + "gone.html", kHome + "old.html#devis",
                                         kHome + "tarifs.html#plomberie"});
  const BrokenLink& plomberie = model.broken_links[2];
  CHECK(plomberie.missing_anchor == "plomberie");
  CHECK(plomberie.status.http_status == 200);
  CHECK(plomberie.internal);
  CHECK(plomberie.found_on == std::vector<std::string>{kHome, kHome + "tarifs.html"});
  CHECK(model.broken_links[0].missing_anchor.empty());
  CHECK(is_trivial_fragment("TOP"));
  CHECK(is_trivial_fragment(":~:text=plombier"));
  CHECK_FALSE(is_trivial_fragment("contact"));
}

}  // namespace joignable::model
