#include "listings/business_item.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace joignable::listings {
namespace {

// The name of the business item of the JSON-LD `json`, "" when there is none.
std::string business_name(const std::string& json) {
  extract::StructuredData data;
  REQUIRE(extract::read_json_ld(json, data));
  const auto index = business_item(data);
  if (!index) return "";
  const auto& names = data.items[*index].values("name");
  return names.empty() ? "?" : names.front().text;
}

}  // namespace

TEST_CASE("the business item is a LocalBusiness before an Organization", "[listings]") {
  struct Case {
    std::string json;
    std::string name;
  };
  const std::vector<Case> cases = {
      {R"([{"@type": "Organization", "name": "Directory", "telephone": "01"},
           {"@type": "Bakery", "name": "Martin"}])", "Martin"},
      {R"({"@type": ["Store", "Organization"], "name": "Both"})", "Both"},
      {R"({"@type": "Restaurant", "name": "Chez Paul"})", "Chez Paul"},
      {R"({"@type": "AutoBodyShop", "name": "Garage"})", "Garage"},
      {R"({"@type": "https://schema.org/Dentist", "name": "Dr Roux"})", "Dr Roux"},
      {R"([{"@type": "Organization", "name": "Group"},
           {"@type": "NGO", "name": "Association", "address": "1 rue X, 75001 Paris"}])",
       "Association"},
      {R"([{"@type": "Organization", "name": "First"},
           {"@type": "Corporation", "name": "Second"}])", "First"},
      {R"({"@type": "MedicalOrganization", "name": "Clinic group"})", "Clinic group"},
      {R"({"@type": "OnlineStore", "name": "Shop online"})", "Shop online"},
      {R"([{"@type": "WebSite", "name": "Site"}, {"@type": "Person", "name": "Claire"},
           {"@type": "PostalAddress", "streetAddress": "1 rue X"}])", ""},
  };
  for (const Case& test : cases) {
    CAPTURE(test.json);
    CHECK(business_name(test.json) == test.name);
  }
}

TEST_CASE("the business item's subtree holds it first and what it nests, re-indexed",
          "[listings]") {
  extract::StructuredData data;
  REQUIRE(extract::read_json_ld(
      R"([{"@type": "Organization", "name": "Directory",
           "address": {"@type": "PostalAddress", "postalCode": "75001"}},
          {"@type": "Bakery", "name": "Martin",
           "address": {"@type": "PostalAddress", "postalCode": "69002"},
           "openingHoursSpecification": [{"@type": "OpeningHoursSpecification",
                                          "dayOfWeek": "Monday", "opens": "09:00",
                                          "closes": "18:00"}]}])",
      data));
  const auto index = business_item(data);
  REQUIRE(index);
  const extract::StructuredData subtree = item_subtree(data, *index);
  REQUIRE(subtree.items.size() == 3);
  CHECK(subtree.items[0].has_type("Bakery"));
  CHECK_FALSE(subtree.items[0].parent);
  const auto& address = subtree.items[0].values("address");
  REQUIRE(address.size() == 1);
  REQUIRE(address[0].item);
  const extract::StructuredItem& postal = subtree.items[*address[0].item];
  CHECK(postal.values("postalCode").at(0).text == "69002");
  CHECK(postal.parent == std::optional<std::size_t>(0));
  CHECK(subtree.items_of_type("PostalAddress").size() == 1);
  CHECK(subtree.items_of_type("OpeningHoursSpecification").size() == 1);
}

}  // namespace joignable::listings
