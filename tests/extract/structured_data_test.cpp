#include "extract/structured_data.h"
#include "support/fixtures.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace extract = joignable::extract;
using extract::StructuredData;
using extract::StructuredItem;
using extract::StructuredSyntax;
using Strings = std::vector<std::string>;

namespace {

StructuredData read_html(const std::string& html) {
  const extract::HtmlDocument document(html);
  return extract::read_structured_data(document);
}

StructuredData read_fixture(const std::string& name) { return read_html(joignable::testing::fixture_page(name)); }

Strings texts(const StructuredItem& item, const std::string& property) {
  Strings out;
  for (const auto& value : item.values(property)) out.push_back(value.text);
  return out;
}

const StructuredItem& only_of_type(const StructuredData& data, const std::string& type) {
  const auto found = data.items_of_type(type);
  REQUIRE(found.size() == 1);
  return data.items[found.front()];
}

std::string json_ld_page(const std::string& json) {
  return "<html><head><script type=\"application/ld+json\">" + json +
         "</script></head><body></body></html>";
}

}  // namespace

TEST_CASE("json-ld: @graph items, nested items, arrays and literals are read", "[extract]") {
  const StructuredData data = read_fixture("structured_jsonld.html");
  CHECK(data.broken_blocks == 1);  // the block with ", ," is skipped, the others are read
  const StructuredItem& pharmacy = only_of_type(data, "Pharmacy");
  CHECK(pharmacy.syntax == StructuredSyntax::json_ld);
  CHECK(pharmacy.types == Strings{"Pharmacy", "LocalBusiness"});
  CHECK(pharmacy.id == "https://www.pharmacie-du-marche.fr/#pharmacy");
  CHECK(texts(pharmacy, "telephone") == Strings{"+33 4 78 60 12 34"});
  CHECK(texts(pharmacy, "isAccessibleForFree") == Strings{"true"});
  CHECK(texts(pharmacy, "sameAs") == Strings{"https://www.facebook.com/pharmaciedumarche"});
  CHECK(pharmacy.values("missing").empty());

  const auto address_values = pharmacy.values("address");
  REQUIRE(address_values.size() == 1);
  REQUIRE(address_values[0].item.has_value());
  const StructuredItem& address = data.items[*address_values[0].item];
  CHECK(address.has_type("PostalAddress"));
  CHECK(address.parent.has_value());
  CHECK(texts(address, "postalCode") == Strings{"69003"});
  CHECK(texts(address, "addressLocality") == Strings{"Lyon"});
  CHECK(data.items_of_type("PostalAddress").size() == 1);

  const auto geo = data.items_of_type("GeoCoordinates");
  REQUIRE(geo.size() == 1);
  CHECK(texts(data.items[geo[0]], "latitude") == Strings{"45.7578"});

  const auto specs = data.items_of_type("OpeningHoursSpecification");
  REQUIRE(specs.size() == 2);
  CHECK(texts(data.items[specs[0]], "dayOfWeek").size() == 5);
  CHECK(texts(data.items[specs[1]], "closes") == Strings{"18:00:00"});

  CHECK(data.items_of_type("WebSite").size() == 1);
  CHECK(data.items_of_type("BreadcrumbList").size() == 1);  // CDATA-wrapped array
  CHECK(data.items_of_type("WebPage").size() == 1);         // comment and charset tolerated
  CHECK(data.items_of_type("Event").empty());
  CHECK(texts(only_of_type(data, "Organization"), "name") == Strings{"Pharmacie du Marché SARL"});
}

TEST_CASE("microdata: nested items, property values by element, hidden values", "[extract]") {
  const StructuredData data = read_fixture("structured_microdata.html");
  const StructuredItem& garage = only_of_type(data, "AutoRepair");
  CHECK(garage.syntax == StructuredSyntax::microdata);
  CHECK(texts(garage, "name") == Strings{"Garage Lefèvre"});
  CHECK(texts(garage, "telephone") == Strings{"tel:+33240491122"});  // an <a> gives its href
  CHECK(texts(garage, "url") == Strings{"https://www.garage-lefevre.fr/"});
  CHECK(texts(garage, "image") == Strings{"/img/atelier.jpg"});
  CHECK(texts(garage, "logo") == Strings{"/img/atelier.jpg"});
  CHECK(texts(garage, "openingHours") ==
        Strings{"Mo-Fr 08:00-12:00,14:00-18:30", "Sa 08:00-12:00"});

  const StructuredItem& address = only_of_type(data, "PostalAddress");
  CHECK(texts(address, "streetAddress") == Strings{"45 boulevard des Poilus"});
  CHECK(texts(address, "postalCode") == Strings{"44300"});
  CHECK(texts(address, "addressCountry") == Strings{"FR"});
  CHECK(address.values("name").empty());  // the garage's name is not the address's

  const StructuredItem& rating = only_of_type(data, "AggregateRating");
  CHECK(texts(rating, "ratingValue") == Strings{"4,7"});
  const StructuredItem& offer = only_of_type(data, "Offer");
  CHECK(texts(offer, "price") == Strings{"69.90"});
  CHECK(texts(offer, "priceCurrency") == Strings{"EUR"});

  // An item without itemprop inside another is a top-level item of its own.
  const StructuredItem& partner = only_of_type(data, "Organization");
  CHECK_FALSE(partner.parent.has_value());
  CHECK(texts(partner, "name") == Strings{"Réseau Autopro"});
  CHECK(texts(garage, "name") == Strings{"Garage Lefèvre"});
}

TEST_CASE("json-ld: broken or hostile blocks are skipped, never a crash", "[extract]") {
  const Strings broken = {
      "{",
      "{\"@type\": \"LocalBusiness\",}",
      "not json at all",
      "",
      "   ",
      std::string(10000, '[') + std::string(10000, ']'),
      "{\"@type\": \"Store\"} trailing",
  };
  for (const std::string& json : broken) {
    CAPTURE(json.substr(0, 40));
    const StructuredData data = read_html(json_ld_page(json));
    CHECK(data.items.empty());
    CHECK(data.broken_blocks == 1);
  }
}

TEST_CASE("json-ld: odd but valid shapes are read", "[extract]") {
  SECTION("schema: prefixes and full URLs in types and property names") {
    const auto data = read_html(json_ld_page(
        R"({"@type": "http://schema.org/Store", "schema:telephone": "01 23 45 67 89"})"));
    const StructuredItem& store = only_of_type(data, "Store");
    CHECK(texts(store, "telephone") == Strings{"01 23 45 67 89"});
  }
  SECTION("scalars of every kind, nested arrays flattened, nulls dropped") {
    const auto data = read_html(
        json_ld_page(R"({"@type": "Thing", "a": [1, [2.5, "x"]], "b": null, "c": false})"));
    const StructuredItem& thing = only_of_type(data, "Thing");
    CHECK(texts(thing, "a") == Strings{"1", "2.5", "x"});
    CHECK(thing.values("b").empty());
    CHECK(texts(thing, "c") == Strings{"false"});
  }
  SECTION("an item without type, and a reference by @id") {
    const auto data = read_html(json_ld_page(R"({"name": "x", "author": {"@id": "#me"}})"));
    REQUIRE(data.items.size() == 2);
    CHECK(data.items[0].types.empty());
    CHECK(texts(data.items[0], "author") == Strings{"#me"});
    CHECK(data.items[1].id == "#me");
  }
  SECTION("a top-level scalar yields nothing but is not broken") {
    const auto data = read_html(json_ld_page("42"));
    CHECK(data.items.empty());
    CHECK(data.broken_blocks == 0);
  }
  SECTION("a plain script or another type is not JSON-LD") {
    const auto data = read_html(
        "<script>{\"@type\": \"Store\"}</script><script type=\"application/json\">{\"@type\": "
        "\"Store\"}</script>");
    CHECK(data.items.empty());
    CHECK(data.broken_blocks == 0);
  }
}

TEST_CASE("microdata: deeply nested items are bounded", "[extract]") {
  std::string html;
  for (int i = 0; i < 200; ++i)
    html += "<div itemprop=\"x\" itemscope itemtype=\"https://schema.org/Thing\">";
  const auto data = read_html(html);
  CHECK(data.items.size() <= static_cast<std::size_t>(extract::kMaxStructuredDepth));
  CHECK_FALSE(data.items.empty());
}

TEST_CASE("schema.org names lose their vocabulary prefix", "[extract]") {
  CHECK(extract::schema_org_name("https://schema.org/Monday") == "Monday");
  CHECK(extract::schema_org_name("http://schema.org/Monday") == "Monday");
  CHECK(extract::schema_org_name("schema:Monday") == "Monday");
  CHECK(extract::schema_org_name("Monday") == "Monday");
  CHECK(extract::schema_org_name("http://purl.org/goodrelations/v1#Monday") ==
        "http://purl.org/goodrelations/v1#Monday");
}
