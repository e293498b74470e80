// Opening hours on whole fixture pages, through analyse_page: every source of every page, and
// nothing else (event times, breakfast, check-in, happy hours and appointments are traps).
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/page_analysis.h"
#include "support/fixtures.h"

namespace extract = joignable::extract;
using Strings = std::vector<std::string>;

namespace {

struct PageCase {
  std::string page;
  Strings hours;     // "text: SPEC" or "structured_data: SPEC", in the page's order
  Strings unparsed;  // raw evidence
};

}  // namespace

TEST_CASE("fixture pages give exactly their opening hours", "[extract][hours]") {
  const std::vector<PageCase> cases = {
      {"hours_contact_fr.html",
       {"text: Tu-Th 08:30-12:30,15:00-19:00; Fr 08:30-19:00; Sa 08:00-19:00; Su 08:30-12:30"},
       {}},
      {"hours_restaurant_en.html",
       {"text: Tu-Th 12:00-22:00; Fr,Sa 12:00-23:30; Su 12:00-18:00",
        "structured_data: Tu-Th 12:00-22:00; Fr,Sa 12:00-23:30; Su 12:00-18:00"},
       {}},
      {"hours_hotel_fr.html", {"text: 24/7"}, {}},
      {"hours_footer_mismatch.html",
       {"text: Mo-Th 08:30-12:30,13:30-18:00; Fr 08:30-12:30,13:30-17:00",
        "text: Mo-Fr 09:00-12:00", "structured_data: Mo-Fr 09:00-18:00"},
       {"Ouvert jusqu'à 19h le jeudi en période fiscale."}},
      {"structured_jsonld.html", {"structured_data: Mo-Fr 08:30-19:30; Sa 09:00-18:00"}, {}},
      {"structured_microdata.html",
       {"text: Mo-Fr 08:00-12:00,14:00-18:30; Sa 08:00-12:00",
        "structured_data: Mo-Fr 08:00-12:00,14:00-18:30; Sa 08:00-12:00"},
       {}},
      {"home.html", {}, {}},
      {"contact.html", {}, {}},
      {"legal.html", {}, {}},
      {"premium_rate.html", {"text: Mo-Fr 09:00-18:00"}, {}},
      {"quote_form.html", {}, {}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.page);
    const auto analysis = extract::analyse_page(joignable::testing::fixture_page(c.page), "https://example.fr/", "FR");
    Strings found;
    for (const auto& mention : analysis.contacts.hours) {
      found.push_back(std::string(extract::to_string(mention.origin)) + ": " +
                      extract::to_spec(mention.hours));
    }
    CHECK(found == c.hours);
    CHECK(analysis.contacts.unparsed_hours == c.unparsed);
  }
}

TEST_CASE("closed days of a fixture table are recorded", "[extract][hours]") {
  const auto analysis =
      extract::analyse_page(joignable::testing::fixture_page("hours_contact_fr.html"), "https://example.fr/contact", "FR");
  REQUIRE(analysis.contacts.hours.size() == 1);
  const auto& hours = analysis.contacts.hours[0];
  CHECK(hours.hours.closed[0]);
  CHECK(hours.evidence.starts_with("Lundi | Fermé | Mardi"));
}
