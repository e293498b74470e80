#include "extract/addresses.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace extract = joignable::extract;

namespace {

struct AddressCase {
  std::string text;
  std::string street, postal_code, locality;  // street "" when no address may be found
};

}  // namespace

TEST_CASE("french addresses in text are found and normalised", "[extract]") {
  const std::vector<AddressCase> cases = {
      {"12 rue de la République\n69002 Lyon", "12 rue de la République", "69002", "Lyon"},
      {"12 rue de la République, 69002 Lyon", "12 rue de la République", "69002", "Lyon"},
      {"Plomberie Lefèvre, 12 rue de la République, 69002 Lyon", "12 rue de la République",
       "69002", "Lyon"},
      {"8 bis avenue Jean Jaurès\n75019 Paris", "8 bis avenue Jean Jaurès", "75019", "Paris"},
      {"8 bis, avenue Jean Jaurès - 75019 PARIS", "8 bis, avenue Jean Jaurès", "75019", "PARIS"},
      {"3 quai des Chartrons\n33000 Bordeaux Cedex 02", "3 quai des Chartrons", "33000",
       "Bordeaux"},
      {"145 boulevard Haussmann\nBP 1234\n75008 Paris Cedex 08", "145 boulevard Haussmann",
       "75008", "Paris"},
      {"Place Bellecour\n69002 Lyon", "Place Bellecour", "69002", "Lyon"},
      {"4 impasse des Lilas\n20000 Ajaccio", "4 impasse des Lilas", "20000", "Ajaccio"},
      {"2 allée des Tilleuls\n97400 Saint-Denis", "2 allée des Tilleuls", "97400", "Saint-Denis"},
      {"ZI du Moulin, 7 chemin du Halage\n44000 Nantes", "7 chemin du Halage", "44000",
       "Nantes"},
      {"1 route de Lyon | 38000 Grenoble | Tél. 04 76 00 00 00", "1 route de Lyon", "38000",
       "Grenoble"},
      {"10 cours Mirabeau\n13100 Aix-en-Provence", "10 cours Mirabeau", "13100",
       "Aix-en-Provence"},
      {"5 place du Marché\n67000 Strasbourg\nFrance", "5 place du Marché", "67000", "Strasbourg"},
      {"27 Rue Saint-Honoré 75001 Paris", "27 Rue Saint-Honoré", "75001", "Paris"},
      {"1 av. Foch\n06000 Nice", "1 av. Foch", "06000", "Nice"},
      {"Siège : Place Bellecour, 69002 Lyon", "Place Bellecour", "69002", "Lyon"},
      {"12, rue de la Paix – 75002 Paris", "12, rue de la Paix", "75002", "Paris"},
      {"Joué-lès-Tours : 3 allée des Mécaniciens\n37300 Joué-lès-Tours", "3 allée des Mécaniciens",
       "37300", "Joué-lès-Tours"},
      // No address: a postcode without a street, a street without a postcode, a bad postcode.
      {"75008 Paris", "", "", ""},
      {"Nos agences : 69002 Lyon, 75008 Paris", "", "", ""},
      {"12 rue de la République", "", "", ""},
      {"12 rue de la Paix\n00100 Nulle-Part", "", "", ""},
      {"12 rue de la Paix\n99000 Ailleurs", "", "", ""},
      {"Livraison sous 48 h dans toute la France\n10000 clients satisfaits", "", "", ""},
      {"Prenez la route\n12345 km parcourus", "", "", ""},
      {"Réf. 20231 Robinet", "", "", ""},
      {"Rendez-vous sur la place du marché\n44000 visiteurs", "", "", ""},
  };
  for (const AddressCase& c : cases) {
    INFO(c.text);
    const auto found = extract::find_addresses(c.text);
    if (c.street.empty()) {
      CHECK(found.empty());
      continue;
    }
    REQUIRE(found.size() == 1);
    CHECK(found[0].street == c.street);
    CHECK(found[0].postal_code == c.postal_code);
    CHECK(found[0].locality == c.locality);
    CHECK(found[0].country == "FR");
  }
}

TEST_CASE("an address repeated in a footer is one address", "[extract]") {
  const auto found = extract::find_addresses(
      "12 rue de la République\n69002 Lyon\n...\n12, Rue de la république - 69002 Lyon");
  REQUIRE(found.size() == 1);
  CHECK(found[0].text() == "12 rue de la République, 69002 Lyon");
}
