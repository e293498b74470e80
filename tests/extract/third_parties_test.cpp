#include "extract/third_parties.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/page_analysis.h"
#include "support/fixtures.h"

namespace extract = joignable::extract;
using extract::PageAnalysis;
using extract::ThirdPartyRole;

namespace {

using Strings = std::vector<std::string>;

PageAnalysis analyse(const std::string& name, const std::string& region) {
  return extract::analyse_page(joignable::testing::fixture_page("third_parties/" + name),
                               "https://www.example.fr/mentions-legales", region);
}

Strings e164s(const PageAnalysis& page) {
  Strings numbers;
  for (const auto& phone : page.contacts.phones) numbers.push_back(phone.e164);
  return numbers;
}

Strings postal_codes(const PageAnalysis& page) {
  Strings codes;
  for (const auto& address : page.contacts.addresses) codes.push_back(address.postal_code);
  return codes;
}

// "role kind value" of each third-party contact point: section by section in page order, and in
// each its phones, e-mails, then addresses.
Strings third_parties(const PageAnalysis& page) {
  Strings found;
  for (const auto& contact : page.contacts.third_parties) {
    found.push_back(std::string(extract::to_string(contact.role)) + " " + contact.kind + " " +
                    contact.value);
  }
  return found;
}

}  // namespace

TEST_CASE("a french legal notice keeps its host's and designer's contact points apart",
          "[extract][third_parties]") {
  const PageAnalysis page = analyse("fr_mentions_ovh.html", "FR");
  CHECK(e164s(page) == Strings{"+33476543210"});
  CHECK(page.contacts.emails == Strings{"contact@menuiserie-girard.fr"});
  CHECK(postal_codes(page) == Strings{"38100"});
  CHECK(third_parties(page) == Strings{
                                   "host phone +33972101007",
                                   "host address 2 rue Kellermann, 59100 Roubaix",
                                   "designer phone +33612345678",
                                   "designer email julien.martin.web@gmail.com",
                               });
  REQUIRE_FALSE(page.contacts.third_parties.empty());
  CHECK(page.contacts.third_parties[0].display == "+33 9 72 10 10 07");
}

TEST_CASE("labels inside a paragraph, a definition list and a footer credit line",
          "[extract][third_parties]") {
  const PageAnalysis page = analyse("fr_mentions_inline.html", "FR");
  CHECK(e164s(page) == Strings{"+33240112233"});
  CHECK(page.contacts.emails.empty());
  CHECK(postal_codes(page) == Strings{"44000"});
  CHECK(third_parties(page) == Strings{
                                   "host phone +33972101007",
                                   "host address 2 rue Kellermann, 59100 Roubaix",
                                   "publisher phone +33698765432",
                                   "publisher email agencewebsud@gmail.com",
                                   "designer email lucas.petit@orange.fr",
                                   "designer phone +33892680123",
                               });
}

TEST_CASE("an Impressum keeps its 'Technische Umsetzung' and 'Hosting' apart",
          "[extract][third_parties]") {
  const PageAnalysis page = analyse("de_impressum.html", "DE");
  CHECK(e164s(page) == Strings{"+4922198765432"});
  CHECK(page.contacts.emails == Strings{"info@baeckerei-schmitz.de"});
  CHECK(third_parties(page) == Strings{
                                   "designer phone +492619876543",
                                   "designer email kontakt@webagentur-rhein.de",
                                   "host phone +18555550142",
                               });
}

TEST_CASE("a company page that speaks of design is the company's, and so is its publisher",
          "[extract][third_parties]") {
  // "Conception" is a heading of the company's own services, not of a legal notice.
  const PageAnalysis kitchens = analyse("fr_conception_cuisines.html", "FR");
  CHECK(e164s(kitchens) == Strings{"+33380123456"});
  CHECK(kitchens.contacts.emails == Strings{"cuisines.arnaud@gmail.com"});
  CHECK(kitchens.contacts.third_parties.empty());
  // "Directeur de la publication : Paul Girard, gérant" names a person: the company's.
  const PageAnalysis legal = analyse("fr_mentions_ovh.html", "FR");
  for (const auto& contact : legal.contacts.third_parties) {
    CHECK(contact.role != ThirdPartyRole::publisher);
  }
}

TEST_CASE("third-party sections are found on the tree and end at the next heading",
          "[extract][third_parties]") {
  const std::string html =
      "<html><head><title>Impressum</title></head><body>"
      "<div><div><h3>Hoster</h3></div></div><div><p>Hetzner Online GmbH</p></div>"
      "<p>Tel. 09831 505-0</p><h3>Kontakt</h3><p>Telefon: 030 12345678</p></body></html>";
  const extract::HtmlDocument document(html);
  const auto sections = extract::find_third_party_sections(document, "Hoster");
  REQUIRE(sections.size() == 1);
  CHECK(sections[0].role == ThirdPartyRole::host);
  CHECK(sections[0].elements.size() == 2);  // the two blocks after the heading's wrapper
  const extract::HtmlDocument plain("<p>Nous livrons du pain.</p>");
  CHECK(extract::find_third_party_sections(plain, "Nous livrons du pain.").empty());
}
