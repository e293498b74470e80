#include "extract/phones.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/phone_line_cache.h"

namespace extract = joignable::extract;
using extract::PhoneType;

namespace {

struct PhoneCase {
  std::string text;
  std::string e164;  // "" when the text must yield no phone
  PhoneType type = PhoneType::unknown;
};

extract::PhoneFindings text_only(const std::string& text) {
  return extract::find_phones(text, {}, "FR");
}

}  // namespace

// What libphonenumber 8.12 (Debian 12) says about French numbers, pinned.
TEST_CASE("phone numbers in text are found, typed and formatted in E.164", "[extract]") {
  const std::vector<PhoneCase> cases = {
      {"01 42 68 53 00", "+33142685300", PhoneType::fixed_line},
      {"01.42.68.53.00", "+33142685300", PhoneType::fixed_line},
      {"01-42-68-53-00", "+33142685300", PhoneType::fixed_line},
      {"+33 (0)1 42 68 53 00", "+33142685300", PhoneType::fixed_line},
      {"+33 (0) 1 42 68 53 00", "+33142685300", PhoneType::fixed_line},
      {"+33 1 42 68 53 00", "+33142685300", PhoneType::fixed_line},
      {"0142685300", "+33142685300", PhoneType::fixed_line},
      {"+33142685300", "+33142685300", PhoneType::fixed_line},
      {"0033 1 42 68 53 00", "+33142685300", PhoneType::fixed_line},
      {"(01) 42 68 53 00", "+33142685300", PhoneType::fixed_line},
      {"Tél. : 01 42 68 53 00", "+33142685300", PhoneType::fixed_line},
      {"Tél.01 42 68 53 00", "+33142685300", PhoneType::fixed_line},
      {"Appelez le +33 1 42 68 53 00.", "+33142685300", PhoneType::fixed_line},
      {"01\u00a042\u00a068\u00a053\u00a000", "+33142685300", PhoneType::fixed_line},
      {"75008 Paris 01 42 68 53 00", "+33142685300", PhoneType::fixed_line},
      {"02 99 12 34 56", "+33299123456", PhoneType::fixed_line},
      {"03 20 12 34 56", "+33320123456", PhoneType::fixed_line},
      {"04 72 12 34 56", "+33472123456", PhoneType::fixed_line},
      {"05 56 12 34 56", "+33556123456", PhoneType::fixed_line},
      {"06 12 34 56 78", "+33612345678", PhoneType::mobile},
      {"07 81 23 45 67", "+33781234567", PhoneType::mobile},
      {"+33 6 12 34 56 78", "+33612345678", PhoneType::mobile},
      {"0 800 123 456", "+33800123456", PhoneType::toll_free},
      {"08 00 12 34 56", "+33800123456", PhoneType::toll_free},
      {"0 805 12 34 56", "+33805123456", PhoneType::toll_free},
      {"0 892 68 01 23", "+33892680123", PhoneType::premium_rate},
      {"0 892 680 123", "+33892680123", PhoneType::premium_rate},
      {"0 899 12 34 56", "+33899123456", PhoneType::premium_rate},
      {"0 820 12 34 56", "+33820123456", PhoneType::shared_cost},
      {"0 810 12 34 56", "+33810123456", PhoneType::shared_cost},
      {"0 825 12 34 56", "+33825123456", PhoneType::shared_cost},
      {"09 70 12 34 56", "+33970123456", PhoneType::voip},
      {"09 72 12 34 56", "+33972123456", PhoneType::voip},
      {"0806 12 34 56", "+33806123456", PhoneType::uan},
      {"08 06 12 34 56", "+33806123456", PhoneType::uan},
      {"+41 22 123 45 67", "+41221234567", PhoneType::fixed_line},
      // Number-like text that is no phone.
      {"SIRET 123 456 789 00012", ""},
      {"SIRET : 802 954 785 00028", ""},
      {"SIREN 123 456 789", ""},
      {"RCS Paris B 802 954 785", ""},
      {"TVA FR 12 345678901", ""},
      {"N° TVA : FR12345678901", ""},
      {"1 299,00 €", ""},
      {"Prix : 1 299,00 € TTC", ""},
      {"Capital de 10 000 €", ""},
      {"12/03/2024", ""},
      {"du 01/02/2024 au 03/04/2024", ""},
      {"2024-03-12", ""},
      {"75008 Paris", ""},
      {"Réf. 20231245", ""},
      {"IBAN FR76 3000 6000 0112 3456 7890 189", ""},
      {"Code APE : 1623Z", ""},
      {"Commande n° 0142685300123", ""},
      {"01 42 68 53", ""},
      {"3949", ""},
      {"Ouvert de 9h00 à 18h30", ""},
      // Identifiers named by their label (phone_context.h), and phones whose label only looks so.
      {"Commande n° 0142685300", ""},
      {"N° de commande : 06 12 34 56 78", ""},
      {"Réf. produit 0142685300", ""},
      {"N° client : 06 12 34 56 78", ""},
      {"Code promo 0612345678", ""},
      {"P.IVA 01234567890", ""},
      {"Pour toute commande : 01 42 68 53 00", "+33142685300", PhoneType::fixed_line},
      {"Service client : 01 42 68 53 00", "+33142685300", PhoneType::fixed_line},
      {"Commande par téléphone n° 01 42 68 53 00", "+33142685300", PhoneType::fixed_line},
  };
  for (const PhoneCase& c : cases) {
    INFO(c.text);
    const extract::PhoneFindings found = text_only(c.text);
    CHECK(found.invalid.empty());
    if (c.e164.empty()) {
      CHECK(found.phones.empty());
      continue;
    }
    REQUIRE(found.phones.size() == 1);
    CHECK(found.phones[0].e164 == c.e164);
    CHECK(found.phones[0].type == c.type);
    CHECK_FALSE(found.phones[0].tel_link);
    CHECK_FALSE(found.phones[0].fax);
  }
}

TEST_CASE("each distinct line is matched once, then read from the cache", "[extract]") {
  const std::string text = "Standard : 04 99 87 65 43\nSAV : 04 99 87 65 44\nOuvert 7j/7";
  const std::size_t before = extract::phone_line_cache().size();
  const extract::PhoneFindings first = text_only(text);
  const std::size_t after_first = extract::phone_line_cache().size();
  // Two lines hold numbers; the third has too few digits to be searched at all.
  CHECK(after_first == before + 2);
  const extract::PhoneFindings second = text_only(text);
  CHECK(extract::phone_line_cache().size() == after_first);
  REQUIRE(second.phones.size() == 2);
  CHECK(second.phones[0].e164 == first.phones[0].e164);
  CHECK(second.phones[1].display == "04 99 87 65 44");
}

TEST_CASE("a phone's display is the text as written", "[extract]") {
  const extract::PhoneFindings found = text_only("Tél. : +33 (0)1 42 68 53 00 (standard)");
  REQUIRE(found.phones.size() == 1);
  CHECK(found.phones[0].display == "+33 (0)1 42 68 53 00");
}

TEST_CASE("one mention per number, in text order", "[extract]") {
  const extract::PhoneFindings found = text_only(
      "Tél. 01 42 68 53 00 / 06 12 34 56 78\nAccueil : 01.42.68.53.00\nPortable 0612345678");
  REQUIRE(found.phones.size() == 2);
  CHECK(found.phones[0].e164 == "+33142685300");
  CHECK(found.phones[0].display == "01 42 68 53 00");
  CHECK(found.phones[1].e164 == "+33612345678");
  CHECK(found.phones[1].display == "06 12 34 56 78");
}

TEST_CASE("numbers on separate lines are not glued to neighbouring digits", "[extract]") {
  const extract::PhoneFindings found = text_only("75008 Paris\n01 42 68 53 00\n2024");
  REQUIRE(found.phones.size() == 1);
  CHECK(found.phones[0].e164 == "+33142685300");
}

TEST_CASE("a number a line break cuts in two is read across it", "[extract]") {
  struct Case {
    const char* text;
    std::vector<std::string> e164;
  };
  const std::vector<Case> cases = {
      {"Tél. : 04 78\n58 21 90", {"+33478582190"}},
      {"Appelez le 04.78.\n58.21.90 du lundi au vendredi", {"+33478582190"}},
      {"Fax 04 78\n58 21 91", {"+33478582191"}},
      // Whole numbers on either side are not glued to their neighbours.
      {"01 42 68 53 00\n12 rue de la Paix", {"+33142685300"}},
      {"75008 Paris\n01 42 68 53 00", {"+33142685300"}},
      {"Tarifs 2024\n2025 : 12 €", {}},
      {"Réf. 12 34\n56 78 90", {}},
      {"SIRET 412 345\n678 00012", {}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const extract::PhoneFindings found = text_only(c.text);
    std::vector<std::string> e164;
    for (const auto& phone : found.phones) e164.push_back(phone.e164);
    CHECK(e164 == c.e164);
  }
  CHECK(text_only("Fax 04 78\n58 21 91").phones.at(0).fax);
  CHECK(text_only("Tél. : 04 78\n58 21 90").phones.at(0).display == "04 78 58 21 90");
}

TEST_CASE("a number labelled fax is marked fax", "[extract]") {
  const std::vector<std::pair<std::string, bool>> cases = {
      {"Fax : 01 42 68 53 01", true},
      {"Fax: 01 42 68 53 01", true},
      {"FAX 01 42 68 53 01", true},
      {"Télécopie : 01 42 68 53 01", true},
      {"Télécopieur 01 42 68 53 01", true},
      {"TÉLÉCOPIE 01 42 68 53 01", true},
      {"Télécopie du service comptable : 01 42 68 53 01", true},
      {"Fax\n01 42 68 53 01", true},
      {"Tél/Fax : 01 42 68 53 01", false},
      {"Tél. et fax : 01 42 68 53 01", false},
      {"Téléphone : 01 42 68 53 01", false},
      {"Hôtel du Fax, standard : 01 42 68 53 01", false},
      {"01 42 68 53 01", false},
      {"Fax : 01 42 68 53 00\n01 42 68 53 01", false},
  };
  for (const auto& [text, fax] : cases) {
    INFO(text);
    const extract::PhoneFindings found = text_only(text);
    REQUIRE_FALSE(found.phones.empty());
    CHECK(found.phones.back().e164 == "+33142685301");
    CHECK(found.phones.back().fax == fax);
  }
}

TEST_CASE("a phone and a fax on one line are told apart", "[extract]") {
  const extract::PhoneFindings found = text_only("Tél : 01 42 68 53 00 - Fax : 01 42 68 53 01");
  REQUIRE(found.phones.size() == 2);
  CHECK_FALSE(found.phones[0].fax);
  CHECK(found.phones[1].fax);
}

TEST_CASE("a number also given as a phone is no fax", "[extract]") {
  const extract::PhoneFindings found =
      text_only("Fax : 01 42 68 53 01\nStandard : 01 42 68 53 01");
  REQUIRE(found.phones.size() == 1);
  CHECK_FALSE(found.phones[0].fax);
}

TEST_CASE("tel: links add numbers and mark those already in the text", "[extract]") {
  const std::vector<extract::ContactLink> links = {
      {"+33142685300", "01 42 68 53 00"},
      {"+33612345678", "Appelez-nous"},
      {"0800123456", "0 800 123 456"},
      {"//0972123456", "09 72 12 34 56"},
  };
  const extract::PhoneFindings found =
      extract::find_phones("Standard : 01 42 68 53 00\nSAV 01 42 68 53 10", links, "FR");
  REQUIRE(found.phones.size() == 5);
  CHECK(found.phones[0].e164 == "+33142685300");
  CHECK(found.phones[0].tel_link);
  CHECK(found.phones[1].e164 == "+33142685310");
  CHECK_FALSE(found.phones[1].tel_link);
  CHECK(found.phones[2].e164 == "+33612345678");
  CHECK(found.phones[2].display == "+33612345678");
  CHECK(found.phones[2].type == PhoneType::mobile);
  CHECK(found.phones[2].tel_link);
  CHECK(found.phones[3].display == "0 800 123 456");
  CHECK(found.phones[3].type == PhoneType::toll_free);
  CHECK(found.phones[4].e164 == "+33972123456");
  CHECK(found.invalid.empty());
}

TEST_CASE("a tel: link that is no valid number is an invalid phone", "[extract]") {
  const std::vector<extract::ContactLink> links = {
      {"0142", "nous appeler"}, {"", "vide"}, {"abc", "x"}, {"0142", "encore"},
      {"+33 1 42 68 53 00", "ok"},
  };
  const extract::PhoneFindings found = extract::find_phones("", links, "FR");
  REQUIRE(found.invalid.size() == 3);
  CHECK(found.invalid[0].raw == "tel:0142");
  CHECK(found.invalid[0].from_tel_link);
  CHECK(found.invalid[1].raw == "tel:");
  CHECK(found.invalid[2].raw == "tel:abc");
  REQUIRE(found.phones.size() == 1);
  CHECK(found.phones[0].e164 == "+33142685300");
}

TEST_CASE("a number with a tel: link is never a fax", "[extract]") {
  const extract::PhoneFindings found =
      extract::find_phones("Fax : 01 42 68 53 01", {{"0142685301", "Fax"}}, "FR");
  REQUIRE(found.phones.size() == 1);
  CHECK(found.phones[0].tel_link);
  CHECK_FALSE(found.phones[0].fax);
}

TEST_CASE("the region reads national numbers", "[extract]") {
  const extract::PhoneFindings found = extract::find_phones("Tel. 030 12345678", {}, "DE");
  REQUIRE(found.phones.size() == 1);
  CHECK(found.phones[0].e164 == "+493012345678");
  CHECK(text_only("Tel. 030 12345678").phones.empty());
}
