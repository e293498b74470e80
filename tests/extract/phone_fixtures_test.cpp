// Phones on whole fixture pages (tests/fixtures/pages/phones/), one or two pages per country: every
// number a reader sees must be found with its type, tel: link and fax flag, and nothing else:
// the traps listed per page (registry and tax numbers, bank details, prices, dates, postcodes,
// order and product numbers, hidden elements) must yield no phone. Each expected number and each
// trap is one case.
#include <algorithm>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/page_analysis.h"
#include "support/fixtures.h"

namespace extract = joignable::extract;
using extract::PhoneType;

namespace {

struct Expected {
  std::string e164;
  PhoneType type;
  bool tel_link = false;
  bool fax = false;
};

struct PhonePage {
  std::string file;
  std::string region;
  std::vector<Expected> phones;
  std::vector<std::string> traps;  // text on the page that must not give a phone
};

constexpr bool kTel = true;
constexpr bool kFax = true;
constexpr PhoneType kFixed = PhoneType::fixed_line;
constexpr PhoneType kMobile = PhoneType::mobile;
constexpr PhoneType kEither = PhoneType::fixed_line_or_mobile;
constexpr PhoneType kFree = PhoneType::toll_free;
constexpr PhoneType kPremium = PhoneType::premium_rate;
constexpr PhoneType kShared = PhoneType::shared_cost;

const std::vector<PhonePage> kPages = {
    {"fr_contact.html", "FR",
     {{"+33472834455", kFixed, kTel}, {"+33478123456", kFixed, kTel},
      {"+33478123457", kFixed}, {"+33612345678", kMobile, kTel},
      {"+33781234567", kMobile}, {"+33800123456", kFree, kTel},
      {"+33805123456", kFree}, {"+33892680123", kPremium},
      {"+33899123456", kPremium}, {"+33820123456", kShared},
      {"+33810123456", kShared}, {"+33825123456", kShared},
      {"+33806123456", PhoneType::uan}, {"+33809101112", PhoneType::uan},
      {"+33972123456", PhoneType::voip}, {"+33478123458", kFixed},
      {"+33478123459", kFixed}, {"+33142685300", kFixed},
      {"+33320123456", kFixed}, {"+33320123457", kFixed},
      {"+33478123460", kFixed, false, kFax}, {"+33478123461", kFixed, false, kFax},
      {"+33478123462", kFixed, false, kFax}, {"+33478123463", kFixed},
      {"+33478123467", kFixed},
      // aria-hidden keeps it from screen readers, not from sight: a visitor reads it.
      {"+33478000003", kFixed},
      // Given only in the JSON-LD: found, but shown nowhere (visible false).
      {"+33472999999", kFixed}},
     {"Commande n° 0478123464", "N° de commande : 0612345699", "Réf. produit 0478123465",
      "Référence : 04 78 12 34 66", "1 299,00 € TTC", "12/03/2024", "6A12345678901",
      "04 78 00 00 01", "04 78 00 00 02", "04 78 00 00 04", "04 78 00 00 05",
      "04 78 00 00 06", "04 72 00 00 00", "04 72 11 11 11", "69002 Lyon",
      "SIRET : 802 954 785 00028", "SIREN 802954785", "FR 32 802954785",
      "FR76 3000 4000 0312 3456 7890 143", "RCS Lyon B 802 954 785", "01.02.2024",
      "capital de 10 000 €"}},
    {"be_contact.html", "BE",
     {{"+3225111234", kFixed, kTel}, {"+3292234567", kFixed}, {"+3210456789", kFixed},
      {"+3242213344", kFixed}, {"+32475123456", kMobile, kTel}, {"+3280012345", kFree},
      {"+3290012345", kPremium}, {"+3278152535", PhoneType::uan}, {"+3270223344", kPremium},
      {"+3225111235", kFixed, false, kFax}},
     {"BE 0123.456.789", "TVA BE 0123 456 789", "BE68 5390 0754 7034", "1000 Bruxelles"}},
    {"ch_contact.html", "CH",
     {{"+41221234567", kFixed, kTel}, {"+41212345678", kFixed}, {"+41441234567", kFixed},
      {"+41791234567", kMobile}, {"+41800123456", kFree}, {"+41848123456", kShared},
      {"+41900123456", kPremium}, {"+41581234567", PhoneType::uan},
      {"+41221234568", kFixed, false, kFax}},
     {"CHE-123.456.789", "1204 Genève", "CHF 1'250.00", "Réf. 022 123 45 69"}},
    {"ca_contact.html", "CA",
     {{"+14185550142", kEither, kTel}, {"+15143984455", kEither}, {"+14385550123", kEither},
      {"+18555550199", kFree}, {"+18662399000", kFree}, {"+14185550143", kEither, false, kFax}},
     {"G0R 3E0", "TPS 123456789 RT0001", "TVQ 1234567890 TQ0001", "NEQ 1171234567"}},
    {"uk_contact.html", "GB",
     {{"+442079460958", kFixed, kTel}, {"+441184960123", kFixed}, {"+441614960000", kFixed},
      {"+447400123456", kMobile}, {"+448001234567", kFree}, {"+443301234567", PhoneType::uan},
      {"+443451234567", PhoneType::uan}, {"+448451234567", kPremium},
      {"+449012345678", kPremium}, {"+442079460959", kFixed, false, kFax}},
     {"WC2A 1AA", "Company No. 01234567", "VAT Reg. No. GB 123 4567 89", "Sort code 12-34-56",
      "Account 12345678"}},
    {"de_impressum.html", "DE",
     {{"+493012345678", kFixed, kTel}, {"+493012345670", kFixed}, {"+4915123456789", kMobile},
      {"+498001234567", kFree}, {"+491805123456", kShared},
      {"+493012345679", kFixed, false, kFax}, {"+493012345671", kFixed, false, kFax}},
     {"HRB 123456 B", "DE123456789", "Steuernummer 27/123/45678", "Bestellnummer 03012345672",
      "10117 Berlin"}},
    {"de_kanzlei.html", "DE",
     {{"+494315362267", kFixed}, {"+4922198222220", kFixed, kTel},
      {"+4922198222221", kFixed, false, kFax}, {"+41587655076", PhoneType::uan}},
     {"05.10.2021", "05.10.2021 12.11.2021", "05.11.2019 // 07:45", "08.30 - 12.00",
      "13.30 - 16.00", "14.00 - 17.30", "43 / 688-690", "44 / 701-705", "DE 812 345 678",
      "21 815 08150", "DE89 3704 0044 0532 0130 00", "1.299,00 EUR", "24103 Kiel"}},
    {"us_contact.html", "US",
     {{"+17185550147", kEither, kTel}, {"+12127365000", kEither}, {"+12127365001", kEither},
      {"+18005550199", kFree}, {"+18002752273", kFree}, {"+16465553890", kEither},
      {"+17185550148", kEither, false, kFax}},
     {"Order #2127365002", "NY 11201", "EIN 12-3456789", "$1,299.00", "03/12/2024"}},
    {"es_contacto.html", "ES",
     {{"+34911234567", kFixed, kTel}, {"+34931234567", kFixed}, {"+34612345678", kMobile},
      {"+34900123456", kFree}, {"+34902123456", kShared}, {"+34901123456", kShared},
      {"+34806123456", kPremium}, {"+34911234568", kFixed, false, kFax}},
     {"CIF B12345678", "NIF 12345678Z", "28014 Madrid", "Pedido nº 911234569", "1.299,00 €"}},
    {"it_contatti.html", "IT",
     {{"+390212345678", kFixed, kTel}, {"+390669881234", kFixed}, {"+390111234567", kFixed},
      {"+393471234567", kMobile}, {"+39800123456", kFree}, {"+39848123456", kShared},
      {"+39199123456", PhoneType::personal}, {"+390212345679", kFixed, false, kFax}},
     {"P.IVA 01234567890", "RSSMRA80A01H501U", "REA MI-1234567", "20121 Milano",
      "€ 10.000,00"}},
};

std::string read_page(const std::string& name) {
  return joignable::testing::fixture_page("phones/" + name);
}

const extract::PhoneMention* find(const extract::PageAnalysis& page, const std::string& e164) {
  for (const auto& phone : page.contacts.phones) {
    if (phone.e164 == e164) return &phone;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("phones on whole pages of nine countries: every number, nothing else", "[extract]") {
  int cases = 0;
  int true_positives = 0;
  int false_positives = 0;
  int false_negatives = 0;
  for (const PhonePage& fixture : kPages) {
    INFO(fixture.file);
    const std::string html = read_page(fixture.file);
    const auto page = extract::analyse_page(html, "https://www.example.com/contact", fixture.region);
    std::set<std::string> expected;
    for (const Expected& want : fixture.phones) {
      INFO(want.e164);
      ++cases;
      expected.insert(want.e164);
      const extract::PhoneMention* found = find(page, want.e164);
      if (found == nullptr) {
        ++false_negatives;
        FAIL_CHECK("not found");
        continue;
      }
      ++true_positives;
      CHECK(found->type == want.type);
      CHECK(found->tel_link == want.tel_link);
      CHECK(found->fax == want.fax);
    }
    for (const auto& phone : page.contacts.phones) {
      INFO("unexpected " << phone.e164 << " shown as '" << phone.display << "'");
      if (!expected.contains(phone.e164)) ++false_positives;
      CHECK(expected.contains(phone.e164));
    }
    for (const std::string& trap : fixture.traps) {
      INFO("trap missing from the fixture: " << trap);
      ++cases;
      CHECK(html.find(trap) != std::string::npos);
    }
    CHECK(page.contacts.invalid_phones.empty());
  }
  INFO("tp " << true_positives << ", fp " << false_positives << ", fn " << false_negatives);
  CHECK(cases >= 120);
  CHECK(false_positives == 0);
  CHECK(false_negatives == 0);
}

TEST_CASE("a page analysed twice, or on several threads, finds the same phones", "[extract]") {
  const std::string html = read_page("fr_contact.html");
  const auto first = extract::analyse_page(html, "https://www.example.com/", "FR");
  std::vector<extract::PageAnalysis> results(4);
  std::vector<std::thread> threads;
  for (auto& result : results) {
    threads.emplace_back(
        [&] { result = extract::analyse_page(html, "https://www.example.com/", "FR"); });
  }
  for (auto& thread : threads) thread.join();
  for (const auto& again : results) {
    REQUIRE(first.contacts.phones.size() == again.contacts.phones.size());
    for (std::size_t i = 0; i < first.contacts.phones.size(); ++i) {
      CHECK(first.contacts.phones[i].e164 == again.contacts.phones[i].e164);
      CHECK(first.contacts.phones[i].display == again.contacts.phones[i].display);
      CHECK(first.contacts.phones[i].fax == again.contacts.phones[i].fax);
    }
  }
}
