#include "extract/channels.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/page_analysis.h"
#include "support/fixtures.h"

namespace extract = joignable::extract;
using extract::HelpMechanism;
using Help = std::vector<HelpMechanism>;
using Strings = std::vector<std::string>;

namespace {

}  // namespace

TEST_CASE("contact pages are named in six languages, by link text or URL", "[extract]") {
  for (const std::string text :
       {"Contact", "Nous contacter", "Contactez-nous", "Nous joindre", "Service client",
        "Kontakt", "Contacto", "Contáctenos", "Contatti", "Contattaci", "Klantenservice",
        "Neem contact op", "Customer service", "Get in touch", "Kundenservice",
        "Atención al cliente", "Servizio clienti"}) {
    INFO(text);
    CHECK(extract::looks_like_contact_text(text));
  }
  for (const std::string text : {"Nos produits", "Accueil", "Mentions légales", "Blog"}) {
    INFO(text);
    CHECK_FALSE(extract::looks_like_contact_text(text));
  }
  CHECK(extract::looks_like_contact_url("https://exemple.fr/nous-contacter/"));
  CHECK(extract::looks_like_contact_url("https://exemple.de/kontakt"));
  CHECK(extract::looks_like_contact_url("https://exemple.nl/klantenservice"));
  CHECK(extract::looks_like_contact_url("/contatti"));
  CHECK_FALSE(extract::looks_like_contact_url("https://contact.exemple.fr/produits"));
  CHECK_FALSE(extract::looks_like_contact_url("https://exemple.fr/"));
}

TEST_CASE("chat widgets are recognised by their loader", "[extract]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"<script src='https://widget.intercom.io/widget/abc'></script>", "intercom"},
      {"<script>window.intercomSettings = {app_id: 'x'};</script>", "intercom"},
      {"<script>window.$crisp=[];</script>", "crisp"},
      {"<script id='ze-snippet' src='https://static.zdassets.com/ekr/snippet.js'></script>",
       "zendesk"},
      {"<script src='https://embed.tawk.to/123/default'></script>", "tawk"},
      {"<script src='//js.hs-scripts.com/123.js'></script>", "hubspot"},
      {"<script src='https://js.driftt.com/include/1/x.js'></script>", "drift"},
      {"<script>window.__lc = window.__lc || {}; window.__lc.license = 1;</script>", "livechat"},
      {"<script src='//code.tidio.co/abc.js'></script>", "tidio"},
      {"<script>var _smartsupp = {}; window.smartsuppChat = 1;</script>", "smartsupp"},
      {"<script src='https://wchat.freshchat.com/js/widget.js'></script>", "freshchat"},
      {"<script src='//lc.iadvize.com/iadvize.js?sid=1'></script>", "iadvize"},
      {"<script src='https://www.googletagmanager.com/gtag/js'></script>", ""},
      {"<p>Chattez avec nous sur Intercom</p>", ""},
  };
  for (const auto& [html, widget] : cases) {
    INFO(html);
    const extract::HtmlDocument document(html);
    CHECK(extract::find_chat_widgets(document) == (widget.empty() ? Strings{} : Strings{widget}));
  }
}

TEST_CASE("social and messaging networks are recognised by host", "[extract]") {
  CHECK(extract::social_network_of("https://wa.me/33612345678") == "whatsapp");
  CHECK(extract::social_network_of("https://api.whatsapp.com/send?phone=33612345678") ==
        "whatsapp");
  CHECK(extract::social_network_of("https://m.me/acme") == "messenger");
  CHECK(extract::social_network_of("https://www.facebook.com/acme") == "facebook");
  CHECK(extract::social_network_of("https://fr-fr.facebook.com/acme") == "facebook");
  CHECK(extract::social_network_of("https://www.instagram.com/acme") == "instagram");
  CHECK(extract::social_network_of("https://fr.linkedin.com/company/acme") == "linkedin");
  CHECK(extract::social_network_of("https://twitter.com/acme") == "x");
  CHECK(extract::social_network_of("https://x.com/acme") == "x");
  CHECK(extract::social_network_of("https://t.me/acme") == "telegram");
  CHECK(extract::social_network_of("https://notfacebook.com/acme").empty());
  CHECK(extract::social_network_of("https://box.com/x").empty());
  CHECK(extract::social_network_of("/contact").empty());
}

TEST_CASE("callback offers are recognised in five languages", "[extract]") {
  for (const std::string text :
       {"Demandez à être rappelé", "Rappelez-moi", "Demande de rappel gratuit",
        "Request a callback", "Call me back", "Rückruf anfordern", "Le llamamos gratis",
        "Vi richiamiamo noi", "Laat u terugbellen", "Nous vous rappelons sous 24 h",
        "Request a call back", "Te llamamos", "Ti richiamiamo", "Wilt u teruggebeld worden?",
        "Rappel : fermeture le 15 août. Demandez à être rappelé"}) {
    INFO(text);
    CHECK(extract::offers_callback(text));
  }
  CHECK_FALSE(extract::offers_callback("Appelez-nous au 01 42 68 53 00"));
  CHECK_FALSE(extract::offers_callback("Rappel : fermeture le 15 août"));
  CHECK_FALSE(extract::offers_callback("Call us, or go back"));
  CHECK_FALSE(extract::offers_callback("ppel"));
}

TEST_CASE("help mechanisms come in reading order, chat last", "[extract]") {
  const extract::HtmlDocument document(
      "<header><a href='/contact'>Contact</a><a href='tel:0142685300'>Appeler</a></header>"
      "<main><p>Écrire à info@acme.fr</p></main><footer><a href='tel:0142685300'>x</a></footer>");
  CHECK(extract::help_mechanisms(document, {"01 42 68 53 00"}, {"info@acme.fr"}, true) ==
        Help{HelpMechanism::contact_link, HelpMechanism::phone, HelpMechanism::email,
             HelpMechanism::chat});
  const extract::HtmlDocument text_only("<p>Tél. 01 42 68 53 00</p><p hidden>x@acme.fr</p>");
  CHECK(extract::help_mechanisms(text_only, {"01 42 68 53 00"}, {"x@acme.fr"}, false) ==
        Help{HelpMechanism::phone});
}

TEST_CASE("a home page with chat, social links, a callback offer and an address", "[extract]") {
  const auto page = extract::analyse_page(joignable::testing::fixture_page("channels/home_with_chat.html"),
                                          "https://www.cuisines-moreau.fr/", "FR");
  const auto& contacts = page.contacts;
  CHECK(contacts.chat_widgets == Strings{"crisp"});
  REQUIRE(contacts.social_links.size() == 6);  // the second Facebook link is the same URL
  CHECK(contacts.social_links[0].network == "whatsapp");
  CHECK(contacts.social_links[1].network == "facebook");
  CHECK(contacts.social_links[2].network == "instagram");
  CHECK(contacts.social_links[3].network == "linkedin");
  CHECK(contacts.social_links[4].network == "x");
  CHECK(contacts.social_links[4].url == "https://x.com/cuisinesmoreau");
  CHECK(contacts.social_links[5].network == "messenger");
  CHECK(contacts.callback_offer);
  CHECK(contacts.contact_links == Strings{"https://www.cuisines-moreau.fr/nous-contacter"});
  CHECK(contacts.help == Help{HelpMechanism::contact_link, HelpMechanism::phone,
                              HelpMechanism::email, HelpMechanism::chat});
  REQUIRE(contacts.addresses.size() == 1);
  CHECK(contacts.addresses[0].text() == "18 boulevard des Anglais, 44100 Nantes");
}
