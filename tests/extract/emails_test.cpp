#include "extract/emails.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/html_document.h"
#include "extract/page_analysis.h"

namespace extract = joignable::extract;
using Addresses = std::vector<std::string>;

namespace {

Addresses from_mailto(const std::string& value) {
  return extract::find_emails("", {{value, "écrire"}});
}

}  // namespace

TEST_CASE("mailto: links give lower-case addresses without their query", "[extract]") {
  CHECK(from_mailto("contact@acme.fr") == Addresses{"contact@acme.fr"});
  CHECK(from_mailto("Contact@ACME.fr?subject=Devis&body=Bonjour") ==
        Addresses{"contact@acme.fr"});
  CHECK(from_mailto(" info@acme.fr ") == Addresses{"info@acme.fr"});
  CHECK(from_mailto("a@acme.fr,b@acme.fr") == Addresses{"a@acme.fr", "b@acme.fr"});
  CHECK(from_mailto("jean.dupont+devis@mail.acme.co.uk") ==
        Addresses{"jean.dupont+devis@mail.acme.co.uk"});
  CHECK(from_mailto("").empty());
  CHECK(from_mailto("?subject=Bonjour").empty());
  CHECK(from_mailto("pas-une-adresse").empty());
  CHECK(from_mailto("a@b@acme.fr").empty());
}

TEST_CASE("percent-encoded mailto: links are decoded", "[extract]") {
  const extract::HtmlDocument document(
      "<a href='mailto:Contact%40Acme.fr?subject=Demande%20de%20devis'>Écrire</a>"
      "<a href='MAILTO:ventes@acme.fr'>Ventes</a>");
  const std::vector<extract::ContactLink> links =
      extract::find_contact_links(document, "mailto");
  CHECK(extract::find_emails("", links) == Addresses{"contact@acme.fr", "ventes@acme.fr"});
}

TEST_CASE("addresses written in the text are found", "[extract]") {
  CHECK(extract::find_emails("Écrivez à contact@acme.fr.", {}) == Addresses{"contact@acme.fr"});
  CHECK(extract::find_emails("(jean.dupont+devis@mail.acme.co.uk)", {}) ==
        Addresses{"jean.dupont+devis@mail.acme.co.uk"});
  CHECK(extract::find_emails("CONTACT@ACME.FR", {}) == Addresses{"contact@acme.fr"});
  CHECK(extract::find_emails("E-mail :contact@acme.fr-", {}) == Addresses{"contact@acme.fr"});
  CHECK(extract::find_emails("a@acme.fr, b@acme.fr; a@acme.fr", {}) ==
        Addresses{"a@acme.fr", "b@acme.fr"});
}

TEST_CASE("text that only looks like an address is ignored", "[extract]") {
  for (const std::string text : {"logo@2x.png", "user@localhost", "@acme.fr", "contact@",
                                 "a@b.c", "foo@bar..fr", "prix @ 10 €", "suivez @acme",
                                 "x@acme.12", ".@acme.fr"}) {
    INFO(text);
    CHECK(extract::find_emails(text, {}).empty());
  }
}

TEST_CASE("mailto: addresses come first and each address once", "[extract]") {
  CHECK(extract::find_emails("compta@acme.fr puis Contact@acme.fr",
                             {{"contact@acme.fr", "x"}}) ==
        Addresses{"contact@acme.fr", "compta@acme.fr"});
}

TEST_CASE("cloudflare's protected addresses are decoded", "[extract]") {
  CHECK(extract::decode_cfemail("5a393c1a3f223f372a363f743c28") == "cf@exemple.fr");
  CHECK(extract::decode_cfemail("").empty());
  CHECK(extract::decode_cfemail("5a").empty());
  CHECK(extract::decode_cfemail("5a393").empty());
  CHECK(extract::decode_cfemail("zz393c").empty());
  const extract::HtmlDocument document(
      "<span class='__cf_email__' data-cfemail='5a393c1a3f223f372a363f743c28'>[email protected]"
      "</span><a href='/cdn-cgi/l/email-protection#33555250474641564073564b565e435f561d5541'>x</a>"
      "<p hidden><span data-cfemail='5a393c1a3f223f372a363f743c28'></span></p>");
  CHECK(extract::cloudflare_emails(document) ==
        Addresses{"cf@exemple.fr", "factures@exemple.fr"});
}

TEST_CASE("obfuscations are undone: brackets, and whole addresses spelled out", "[extract]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"contact [at] exemple [dot] fr", "contact@exemple.fr"},
      {"contact[at]exemple[dot]fr", "contact@exemple.fr"},
      {"contact (at) exemple (dot) fr", "contact@exemple.fr"},
      {"contact {at} exemple {dot} fr", "contact@exemple.fr"},
      {"contact [AT] exemple [DOT] fr", "contact@exemple.fr"},
      {"contact (arobase) exemple.fr", "contact@exemple.fr"},
      {"contact [arobase] exemple [point] fr", "contact@exemple.fr"},
      {"contact [@] exemple [.] fr", "contact@exemple.fr"},
      {"contact(@)exemple(.)fr", "contact@exemple.fr"},
      {"contact <at> exemple <dot> fr", "contact@exemple.fr"},
      {"contact at exemple dot fr", "contact@exemple.fr"},
      {"Écrivez-nous : atelier at garage-martin dot fr — réponse sous 24 h", "atelier@garage-martin.fr"},
      {"contact arobase exemple point fr", "contact@exemple.fr"},
      {"jean.dupont AT mairie-exemple DOT gouv DOT fr", "jean.dupont@mairie-exemple.gouv.fr"},
      // "at" and "point" in prose: no whole address.
      {"Meet us at the shop. Point taken, dot the i's.", ""},
      {"Rendez-vous at home dot", ""},
      {"Le point de vente at Lyon point 3", ""},
      {"voir (page 3) [note]", ""},
  };
  for (const auto& [text, address] : cases) {
    INFO(text);
    const Addresses found = extract::find_emails(text, {});
    CHECK(found == (address.empty() ? Addresses{} : Addresses{address}));
  }
}

TEST_CASE("e-mails on a whole page: links, text, obfuscations, cloudflare, no traps",
          "[extract]") {
  std::ifstream in(std::string(JOIGNABLE_TEST_FIXTURES) + "/pages/emails/fr_contact.html",
                   std::ios::binary);
  REQUIRE(in);
  std::stringstream html;
  html << in.rdbuf();
  const auto page = extract::analyse_page(html.str(), "https://www.exemple.fr/contact", "FR");
  const Addresses expected = {
      // mailto: links
      "contact@exemple.fr", "ventes@exemple.fr", "a.martin@exemple.fr", "b.durand@exemple.fr",
      "evenements@exemple.fr",
      // cloudflare
      "cf@exemple.fr", "factures@exemple.fr",
      // text, obfuscated or written with entities
      "support@exemple.fr", "info@exemple.fr", "compta@exemple.fr", "rh@exemple.fr",
      "jobs@exemple.fr", "presse@exemple.fr", "sav@exemple.fr", "dpo@exemple.fr",
      "direction@exemple.fr", "jean.dupont+devis@mail.exemple.co.uk", "recrutement@exemple.fr",
      "partenaires@exemple.fr"};
  CHECK(page.contacts.emails == expected);
  // Traps: none of these may appear.
  for (const std::string trap :
       {"webmaster@exemple.fr", "script@exemple.fr", "logo@2x.png", "bandeau@1.5x.jpg",
        "exemple@mastodon.social", "user@localhost", "cache@exemple.fr", "ancien@exemple.fr",
        "attribut@exemple.fr", "old@exemple.fr"}) {
    INFO(trap);
    CHECK(std::find(page.contacts.emails.begin(), page.contacts.emails.end(), trap) ==
          page.contacts.emails.end());
  }
}
