#include "extract/emails.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/html_document.h"

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
