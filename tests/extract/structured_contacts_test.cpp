#include "extract/structured_contacts.h"

#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "extract/page_analysis.h"

namespace extract = joignable::extract;

TEST_CASE("addressCountry becomes an ISO 3166 code", "[extract]") {
  CHECK(extract::country_code("France", "BE") == "FR");
  CHECK(extract::country_code("fr", "BE") == "FR");
  CHECK(extract::country_code("FRA", "BE") == "FR");
  CHECK(extract::country_code("Belgique", "FR") == "BE");
  CHECK(extract::country_code("Schweiz", "FR") == "CH");
  CHECK(extract::country_code("United Kingdom", "FR") == "GB");
  CHECK(extract::country_code("España", "FR") == "ES");
  CHECK(extract::country_code("", "FR") == "FR");
  CHECK(extract::country_code("Narnia", "FR") == "Narnia");
}

TEST_CASE("phones and addresses of JSON-LD and microdata join the page's", "[extract]") {
  std::ifstream in(std::string(JOIGNABLE_TEST_FIXTURES) + "/pages/structured/local_business.html",
                   std::ios::binary);
  REQUIRE(in);
  std::stringstream html;
  html << in.rdbuf();
  const auto page = extract::analyse_page(html.str(), "https://www.garage-petit.fr/", "FR");

  const auto& phones = page.contacts.phones;
  const auto find = [&](const std::string& e164) -> const extract::PhoneMention* {
    for (const auto& phone : phones) {
      if (phone.e164 == e164) return &phone;
    }
    return nullptr;
  };
  REQUIRE(phones.size() == 5);
  const auto* main_line = find("+33247123456");  // shown, tel: linked and in the JSON-LD
  REQUIRE(main_line != nullptr);
  CHECK(main_line->tel_link);
  CHECK(main_line->visible);
  CHECK(main_line->structured_data);
  const auto* fax = find("+33247123457");  // JSON-LD faxNumber only
  REQUIRE(fax != nullptr);
  CHECK(fax->fax);
  CHECK_FALSE(fax->visible);
  const auto* free_line = find("+33800123456");  // JSON-LD only
  REQUIRE(free_line != nullptr);
  CHECK(free_line->type == extract::PhoneType::toll_free);
  CHECK_FALSE(free_line->visible);
  const auto* workshop = find("+33247987654");  // microdata, also visible text
  REQUIRE(workshop != nullptr);
  CHECK(workshop->visible);
  CHECK(workshop->structured_data);
  const auto* hidden_meta = find("+33247987655");  // microdata <meta>: not shown
  REQUIRE(hidden_meta != nullptr);
  CHECK_FALSE(hidden_meta->visible);

  const auto& addresses = page.contacts.addresses;
  REQUIRE(addresses.size() == 3);
  // The text's addresses first, then the structured data's new ones; each address once.
  CHECK(addresses[0].text() == "3 allée des Mécaniciens, 37300 Joué-lès-Tours");
  CHECK(addresses[1].text() == "8 avenue de Grammont, 37000 Tours");
  CHECK(addresses[1].country == "FR");
  CHECK(addresses[2].text() == "15 rue Nationale, 37000 Tours");
}
