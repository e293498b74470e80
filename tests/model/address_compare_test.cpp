#include "model/address_compare.h"

#include <catch2/catch.hpp>

namespace joignable::model {
namespace {

struct KeyCase {
  std::string street;
  std::string number;
  std::string name;
};

TEST_CASE("street_key folds case, accents, punctuation, articles and abbreviations", "[model]") {
  const std::vector<KeyCase> cases = {
      {"42 rue des Chaudronniers", "42", "rue chaudronniers"},
      {"42, R. des CHAUDRONNIERS", "42", "rue chaudronniers"},
      {"12 bd Gambetta", "12", "boulevard gambetta"},
      {"12 Bld. Gambetta", "12", "boulevard gambetta"},
      {"12 boulevard Gambetta", "12", "boulevard gambetta"},
      {"3 av. de la République", "3", "avenue republique"},
      {"3 Avenue de la Republique", "3", "avenue republique"},
      {"1 pl. Bellecour", "1", "place bellecour"},
      {"1 Place Bellecour", "1", "place bellecour"},
      {"5 r. St-Jean", "5", "rue saint jean"},
      {"5 rue Saint Jean", "5", "rue saint jean"},
      {"8 imp. Ste-Catherine", "8", "impasse sainte catherine"},
      {"10 Main St", "10", "main street"},
      {"10 Main Street", "10", "main street"},
      {"7 ch. du Moulin", "7", "chemin moulin"},
      {"7 rte de Vienne", "7", "route vienne"},
      {"2 all. des Tilleuls", "2", "allee tilleuls"},
      {"4 quai de l'Horloge", "4", "quai horloge"},
      {"4 quai de l’Horloge", "4", "quai horloge"},
      {"9 fbg Saint-Antoine", "9", "faubourg saint antoine"},
      {"12bis rue Victor Hugo", "12bis", "rue victor hugo"},
      {"12 bis, rue Victor-Hugo", "12bis", "rue victor hugo"},
      {"12b rue Victor Hugo", "12bis", "rue victor hugo"},
      {"12 ter rue Victor Hugo", "12ter", "rue victor hugo"},
      {"42-44 cours Lafayette", "42-44", "cours lafayette"},
      {"Place du Marché", "", "place marche"},
      {"rue du 8 Mai 1945", "", "rue 8 mai 1945"},
      {"", "", ""},
  };
  for (const KeyCase& c : cases) {
    INFO(c.street);
    const StreetKey key = street_key(c.street);
    CHECK(key.number == c.number);
    CHECK(key.name == c.name);
  }
}

struct DifferenceCase {
  extract::PostalAddress a;
  extract::PostalAddress b;
  std::vector<AddressPart> differences;
};

TEST_CASE("address_differences names the parts that contradict, and only those", "[model]") {
  using enum AddressPart;
  const extract::PostalAddress site{"42 rue des Chaudronniers", "69007", "Lyon", "FR"};
  const std::vector<DifferenceCase> cases = {
      {site, site, {}},
      {{"42 R. des Chaudronniers", "69 007", "LYON 7E", "FR"}, site, {}},
      {{"42 rue des Chaudronniers", "69008", "Lyon", "FR"}, site, {postal_code}},
      {{"44 rue des Chaudronniers", "69007", "Lyon", "FR"}, site, {house_number}},
      {{"42 rue des Forgerons", "69007", "Lyon", "FR"}, site, {street}},
      {{"40 av. Jean Jaurès", "69008", "Lyon", "FR"}, site, {postal_code, house_number, street}},
      // What one side does not give is not compared.
      {{"rue des Chaudronniers", "69007", "Lyon", "FR"}, site, {}},
      {{"", "69007", "Lyon", "FR"}, site, {}},
      {{"42 rue des Chaudronniers", "", "Lyon", "FR"}, site, {}},
  };
  for (const DifferenceCase& c : cases) {
    INFO(c.a.text() << " vs " << c.b.text());
    CHECK(address_differences(c.a, c.b) == c.differences);
  }
}

TEST_CASE("address parts are spelled as in the findings' evidence", "[model]") {
  CHECK(to_string(AddressPart::postal_code) == "postal_code");
  CHECK(to_string(AddressPart::house_number) == "house_number");
  CHECK(to_string(AddressPart::street) == "street");
}

}  // namespace
}  // namespace joignable::model
