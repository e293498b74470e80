#include "extract/text_fold.h"

#include <catch2/catch.hpp>

namespace extract = joignable::extract;

TEST_CASE("fold lower-cases ASCII and strips Latin accents", "[extract]") {
  CHECK(extract::fold("Télécopie") == "telecopie");
  CHECK(extract::fold("TÉLÉCOPIEUR") == "telecopieur");
  CHECK(extract::fold("Prénom, Société, Œuvre, Straße") == "prenom, societe, oeuvre, strasse");
  CHECK(extract::fold("Ça coûte 10 €") == "ca coute 10 €");
}

TEST_CASE("collapse_spaces merges Unicode spaces and drops invisible characters", "[extract]") {
  CHECK(extract::collapse_spaces("  a \t\n b  ") == "a b");
  CHECK(extract::collapse_spaces("01\u00a042\u202f68\u2009""53") == "01 42 68 53");
  CHECK(extract::collapse_spaces("01\u200b42\u00ad68\ufeff") == "014268");
  CHECK(extract::collapse_spaces("") == "");
}

TEST_CASE("contains_any finds any of the keywords", "[extract]") {
  CHECK(extract::contains_any("votre message", {"demande", "message"}));
  CHECK_FALSE(extract::contains_any("votre nom", {"demande", "message"}));
}
