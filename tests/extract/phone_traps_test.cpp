// Phones on German, English and French snippets taken from real pages: what must be found (with
// its E.164 and whether it is a fax) and the dates, times, page ranges, prices, postcodes and
// legal identifiers around it that must never become a phone (issue 13). One case per snippet.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/phones.h"

namespace extract = joignable::extract;

namespace {

struct Number {
  std::string e164;
  bool fax = false;

  bool operator==(const Number&) const = default;
};

struct Snippet {
  std::string region;
  std::string text;
  std::vector<Number> numbers;  // in text order; empty when nothing on the snippet is a phone
};

constexpr bool kFax = true;

std::vector<Number> numbers_in(const Snippet& snippet) {
  std::vector<Number> numbers;
  for (const auto& phone : extract::find_phones(snippet.text, {}, snippet.region).phones) {
    numbers.push_back({phone.e164, phone.fax});
  }
  return numbers;
}

std::string describe(const std::vector<Number>& numbers) {
  std::string out;
  for (const Number& number : numbers) out += number.e164 + (number.fax ? " (fax) " : " ");
  return out.empty() ? "none" : out;
}

const std::vector<Snippet> kGerman = {
    // Dates, comment stamps and two dates side by side.
    {"DE", "Stand: 05.10.2021", {}},
    {"DE", "Zuletzt aktualisiert am 05.10.2021", {}},
    {"AT", "Veröffentlicht 05.10.2021", {}},
    {"DE", "Anna K. 05.11.2019 // 07", {}},
    {"DE", "Kommentar von Jens | 05.11.2019 // 07:45 Uhr", {}},
    {"DE", "Laufzeit 05.10.2021 12.11.2021", {}},
    {"DE", "Seminar 05.10.2021 - 12.11.2021, Kiel", {}},
    {"CH", "Anmeldeschluss 05.10.2021 / 12.11.2021", {}},
    {"DE", "Veranstaltung: 15.03.2024 14.04.2024", {}},
    // Times and time ranges.
    {"DE", "Sprechzeiten: Mo-Fr 08.30 - 12.00 Uhr", {}},
    {"DE", "Mo - Do 08.30 - 12.00 und 13.30 - 16.00", {}},
    {"AT", "Öffnungszeiten 08.30 - 12.00 / 14.00 - 17.30", {}},
    {"CH", "Schalter: 07.45 - 11.45 13.30 - 17.00", {}},
    // Page ranges of a syllabus.
    {"DE", "NJW 2019, 43 / 688-690", {}},
    {"DE", "Palandt, BGB, 43 / 688-690; 44 / 701-705", {}},
    {"DE", "Literatur: S. 1023-1045, 1101-1130", {}},
    // Prices, postcodes, legal identifiers.
    {"DE", "Preis: 1.299.000,00 EUR", {}},
    {"CH", "CHF 1'250'000.00", {}},
    {"DE", "24103 Kiel 24105 Kiel", {}},
    {"DE", "USt-IdNr.: DE 123 456 789", {}},
    {"DE", "Umsatzsteuer-Identifikationsnummer: DE 812 345 678", {}},
    {"AT", "UID: ATU 12345678", {}},
    {"CH", "UID: CHE-123.456.789 MWST", {}},
    {"DE", "IBAN: DE89 3704 0044 0532 0130 00", {}},
    {"AT", "IBAN AT61 1904 3002 3457 3201", {}},
    {"DE", "Steuernummer: 21 815 08150", {}},
    {"DE", "Amtsgericht Kiel HRB 12345 KI", {}},
    {"AT", "ZVR-Zahl: 123456789", {}},
    {"AT", "Firmenbuchnummer FN 123456 a", {}},
    {"DE", "Bestellnummer: 0431-5362267", {}},
    {"DE", "Rechnungs-Nr. 0221/98222220", {}},
    {"AT", "ZVR 0431536226", {}},
    {"AT", "UID-Nr.: ATU 63051326", {}},
    {"DE", "HRB 0431536226", {}},
    {"CH", "UID CHE 105.805.080", {}},
    // A phone word before a date or a time does not make it a phone.
    {"DE", "Telefonische Sprechzeiten: 08.30 - 12.00 Uhr", {}},
    {"DE", "Telefon: Mo–Fr 08.30–12.00 Uhr, 0431 5362267", {{"+494315362267"}}},
    {"DE", "Telefonsprechstunde am 05.10.2021", {}},
    // Phones: labels, dashes as separators, faxes.
    {"DE", "Tel.: +49 431 – 5 36 22 67", {{"+494315362267"}}},
    {"DE", "Telefon 0221 / 9822 – 2220", {{"+4922198222220"}}},
    {"DE", "Fon: 0221 / 9822 — 2220", {{"+4922198222220"}}},
    {"DE", "Telefon: 0431 5362267", {{"+494315362267"}}},
    // Grouped otherwise than the region writes it, after a label.
    {"DE", "Fon: 0431 - 53 62 26 7", {{"+494315362267"}}},
    {"DE", "Rufnummer 0431 - 53 62 26 7", {{"+494315362267"}}},
    {"DE", "Telefon\n0431 - 53 62 26 7", {{"+494315362267"}}},
    // Switchboard numbers as German and Austrian pages write them, with or without a label.
    {"DE", "Zentrale: 089 / 12 34 56-0", {{"+49891234560"}}},
    {"DE", "Kanzlei Huber, 089 / 12 34 56-0", {{"+49891234560"}}},
    {"DE", "Kiel, 0431 / 53 62 26-7", {{"+494315362267"}}},
    {"AT", "Wien, 01 58801-0", {{"+431588010"}}},
    {"NL", "Bel ons: 020 - 123.45.67", {{"+31201234567"}}},
    {"CH", "Tel. +41 58 765 5076", {{"+41587655076"}}},
    {"CH", "Tel. 058 765 50 76", {{"+41587655076"}}},
    {"AT", "Telefon: +43 1 58 801-0", {{"+431588010"}}},
    {"DE", "T 0221 9822 2220\nF 0221 9822 2221", {{"+4922198222220"}, {"+4922198222221", kFax}}},
    {"DE", "T 0221 9822 2220 F 0221 9822 2221", {{"+4922198222220"}, {"+4922198222221", kFax}}},
    {"DE", "Telefax: 0221 9822 2221", {{"+4922198222221", kFax}}},
    {"DE", "Fax +49 (0)221 9822-2221", {{"+4922198222221", kFax}}},
    {"DE", "Sprechzeiten 08.30 - 12.00 Uhr, Telefon 0431 5362267", {{"+494315362267"}}},
    {"DE", "Stand 05.10.2021 | Tel. 0431 5362267", {{"+494315362267"}}},
};

const std::vector<Snippet> kEnglish = {
    {"US", "Posted 05.10.2021", {}},
    {"GB", "Updated 05.10.2021 12.11.2021", {}},
    {"GB", "Open 08.30 - 12.00 and 13.00 - 17.30", {}},
    {"GB", "Journal of Law 43 / 688-690", {}},
    {"GB", "VAT No. GB 123 4567 89", {}},
    {"GB", "Price £1,299,000.00", {}},
    {"GB", "Phone lines open 08.30 - 17.30", {}},
    {"US", "Order #9199285517", {}},
    {"US", "Phone 919-928-5515\nF 919-928-5516", {{"+19199285515"}, {"+19199285516", kFax}}},
    {"US", "P 919-928-5515 F 919-928-5516", {{"+19199285515"}, {"+19199285516", kFax}}},
    {"US", "Fax: (919) 928-5516", {{"+19199285516", kFax}}},
    {"US", "Call us: 919 – 928 – 5515", {{"+19199285515"}}},
    {"GB", "Phone: +44 20 7946 0958", {{"+442079460958"}}},
    {"GB", "Tel 020 7946 0958 – Fax 020 7946 0959",
     {{"+442079460958"}, {"+442079460959", kFax}}},
};

const std::vector<Snippet> kFrench = {
    {"FR", "Publié le 05.10.2021", {}},
    {"FR", "Du 05.10.2021 au 12.11.2021", {}},
    {"FR", "Accueil 08.30 - 12.00 / 14.00 - 17.30", {}},
    {"FR", "SIRET 802 954 785 00028 - RCS Lyon B 802 954 785", {}},
    {"FR", "N° FINESS : 690 781 810", {}},
    {"FR", "FINESS 690781810", {}},
    {"FR", "Tarif : 1 299 000,00 €", {}},
    {"FR", "69002 Lyon 69003 Lyon", {}},
    {"FR", "Permanence téléphonique 08.30 - 12.00", {}},
    {"FR", "TVA intracommunautaire FR 32 802954785", {}},
    {"FR", "IBAN FR76 3000 4000 0312 3456 7890 143", {}},
    {"FR", "Tél. 04 72 83 44 55 – Télécopie 04 72 83 44 56",
     {{"+33472834455"}, {"+33472834456", kFax}}},
    {"FR", "T 04 72 83 44 55 F 04 72 83 44 56", {{"+33472834455"}, {"+33472834456", kFax}}},
    {"FR", "Appelez le 04 72 – 83 44 55", {{"+33472834455"}}},
    {"CH", "Téléphone : +41 22 123 45 67", {{"+41221234567"}}},
    {"FR", "Tél : 04 72 83 44 55 - Fax : 04 72 83 44 56",
     {{"+33472834455"}, {"+33472834456", kFax}}},
};

int check_snippets(const std::vector<Snippet>& snippets) {
  int wrong = 0;
  for (const Snippet& snippet : snippets) {
    const std::vector<Number> found = numbers_in(snippet);
    INFO(snippet.region << ": " << snippet.text << " -> " << describe(found));
    if (found != snippet.numbers) ++wrong;
    CHECK(found == snippet.numbers);
  }
  return wrong;
}

}  // namespace

TEST_CASE("German-speaking pages: dates, times, page ranges and identifiers are no phones; "
          "dashes separate; T and F label phone and fax", "[extract]") {
  CHECK(check_snippets(kGerman) == 0);
}

TEST_CASE("English pages: the same traps, P and F labels", "[extract]") {
  CHECK(check_snippets(kEnglish) == 0);
}

TEST_CASE("French pages: the same traps, T and F labels, Télécopie", "[extract]") {
  CHECK(check_snippets(kFrench) == 0);
}
