#include "listings/read_listings.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "listings/listing_fields.h"
#include "support/test_server.h"

namespace joignable::listings {
namespace {

using testing::fields_of;
using testing::ListingFields;

const std::string kDir = std::string(JOIGNABLE_TEST_FIXTURES) + "/listings";

target::ListingSpec file_spec(const std::string& kind, const std::string& file) {
  target::ListingSpec spec;
  spec.name = "test";
  spec.kind = kind;
  spec.file = kDir + "/" + file;
  return spec;
}

struct FileCase {
  std::string kind;
  std::string file;
  ListingFields expected;
};

// clang-format off
const std::vector<FileCase> kFileCases = {
    {"google-places", "google_places_full.json", {
        "Boulangerie Martin",
        {"+33478421020 | 04 78 42 10 20 | fixed_line"},
        "12 Rue de la République | 69002 | Lyon | FR",
        "12 Rue de la République, 69002 Lyon, France",
        "Mo-Fr 09:00-12:00,14:00-18:00; Sa 00:00-24:00",
        "2026-12-24 09:00-13:00; 2026-12-25 closed",
        "", "CLOSED_TEMPORARILY", "https://www.boulangerie-martin.fr/"}},
    {"google-places", "google_places_bare.json", {
        "Martin & Fils <b>", {}, "", "Place Bellecour, Lyon, France", "", "", "", "OPERATIONAL",
        ""}},
    {"google-places", "google_places_text_hours.json", {
        "Corner Bakery",
        {"+442079460958 | +44 20 7946 0958 | fixed_line"},
        "", "221B Baker St, London NW1 6XE, UK",
        "Mo-Fr 08:00-17:30", "", "", "", ""}},
    {"google-places", "google_places_always_open.json", {
        "Pharmacie de Garde",
        {"+33142685300 | 01 42 68 53 00 | fixed_line"},
        "", "", "24/7", "", "", "CLOSED_PERMANENTLY", ""}},
    {"google-business-profile", "gbp_full.json", {
        "Boulangerie Martin",
        {"+33478421020 | 04 78 42 10 20 | fixed_line",
         "+33612345678 | 06 12 34 56 78 | mobile",
         "+33800123456 | 0 800 12 34 56 | toll_free",
         " | n/a | unknown"},
        "12 rue de la République | 69002 | Lyon | FR",
        "12 rue de la République, 69002 Lyon",
        "Tu 07:00-13:00,15:30-19:30; We,Th 07:00-19:30; Fr 18:00-02:00; Su 00:00-24:00",
        "2026-12-24 07:00-12:00,14:00-17:00; 2026-12-25 closed; 2026-08-01..2026-08-15 closed",
        "", "OPEN", "https://www.boulangerie-martin.fr/"}},
    {"google-business-profile", "gbp_minimal.json", {
        "Martin Traiteur", {},
        "Centre commercial Part-Dieu, 17 rue du Docteur Bouchut | 69003 | Lyon | FR",
        "Centre commercial Part-Dieu, 17 rue du Docteur Bouchut, 69003 Lyon",
        "", "", "", "CLOSED_PERMANENTLY", ""}},
    {"osm", "osm_overpass.json", {
        "Boulangerie Martin",
        {"+33478421020 | +33 4 78 42 10 20 | fixed_line",
         "+33612345678 | +33 6 12 34 56 78 | mobile"},
        "12 Rue de la République | 69002 | Lyon | FR",
        "12 Rue de la République, 69002 Lyon",
        "Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off", "PH closed", "", "",
        "https://www.boulangerie-martin.fr/"}},
    {"osm", "osm_api_way.json", {
        "Bäckerei Schulz",
        {"+49301234567 | +49 30 1234567 | fixed_line"},
        "Hauptstraße 5 | 10115 | Berlin | DE",
        "Hauptstraße 5, 10115 Berlin",
        "", "", "Mo-Fr sunrise-sunset", "", "https://baeckerei-schulz.de/"}},
    {"schema-org-page", "directory_microdata.html", {
        "Boulangerie Martin",
        {"+33478421020 | +33478421020 | fixed_line"},
        "12 rue de la République | 69002 | Lyon | FR",
        "12 rue de la République, 69002 Lyon",
        "Tu-Sa 07:00-19:30", "", "", "", "https://www.boulangerie-martin.fr/"}},
    {"schema-org-page", "directory_json_ld.html", {
        "Plomberie Durand",
        {"+33142685300 | 01 42 68 53 00 | fixed_line",
         "+33698765432 | 06 98 76 54 32 | mobile"},
        "8 avenue Jean Jaurès | 75019 | Paris | FR",
        "8 avenue Jean Jaurès, 75019 Paris",
        "Mo-Fr 08:00-12:00,13:30-18:00; Sa 09:00-12:00", "", "", "",
        "https://plomberie-durand.fr/"}},
    {"schema-org-page", "directory_latin1.html", {
        "Boulangerie Frédéric",
        {"+33478421020 | 04 78 42 10 20 | fixed_line"},
        "3 allée des Tilleuls | 69003 | Lyon | FR",
        "3 allée des Tilleuls, 69003 Lyon",
        "", "", "", "", ""}},
    {"schema-org-page", "business.jsonld", {
        "Chez Paul",
        {"+33478283583 | +33 4 78 28 35 83 | fixed_line"},
        "11 rue du Major Martin | 69001 | Lyon | FR",
        "11 rue du Major Martin, 69001 Lyon",
        "Tu-Sa 12:00-14:00,19:00-22:30", "", "", "", ""}},
};
// clang-format on

}  // namespace

TEST_CASE("each listing kind is read from its file into normalised fields", "[listings]") {
  for (const FileCase& test : kFileCases) {
    SECTION(test.file) {
      const listings::Listing listing = read_listing(file_spec(test.kind, test.file), "FR", {});
      INFO(listing.error);
      REQUIRE(listing.read);
      CHECK(listing.error.empty());
      CHECK(listing.name == "test");
      CHECK(listing.kind == test.kind);
      CHECK(listing.source == kDir + "/" + test.file);
      CHECK(fields_of(listing) == test.expected);
    }
  }
}

TEST_CASE("values of unexpected JSON types are read as absent, never a crash", "[listings]") {
  // One file with the keys of every JSON kind, each holding values of the wrong type.
  const std::vector<std::pair<std::string, ListingFields>> cases = {
      // A time field that is not a usable number ("9", 1e300) reads as absent, which the APIs
      // define as 0; one out of range (-5 hours, -30 minutes) drops its period.
      {"google-places", {"", {}, "", "", "Tu 00:00-18:00", "", "", "", ""}},
      {"google-business-profile",
       {"", {"+33478421021 | 04 78 42 10 21 | fixed_line"}, "", "",
        "Mo 00:00-18:00; Fr 09:00-18:00", "", "", "", ""}},
      {"osm", {}},
  };
  for (const auto& [kind, expected] : cases) {
    SECTION(kind) {
      const listings::Listing listing = read_listing(file_spec(kind, "odd_types.json"), "FR", {});
      INFO(listing.error);
      CHECK(listing.read);
      CHECK(fields_of(listing) == expected);
    }
  }
}

namespace {

struct ErrorCase {
  std::string kind;
  std::string file;
  std::string error;  // exact
};

}  // namespace

TEST_CASE("a listing file that is missing, not JSON or of the wrong shape is not read",
          "[listings]") {
  const std::vector<ErrorCase> cases = {
      {"google-places", "missing.json",
       "cannot read " + kDir + "/missing.json: No such file or directory"},
      {"google-places", ".", "cannot read " + kDir + "/.: is a directory"},
      {"google-places", "not_json.json",
       "not JSON: parse error at line 1, column 1: syntax error while parsing value - invalid "
       "literal; last read: '<'"},
      {"osm", "not_json.json",
       "not JSON: parse error at line 1, column 1: syntax error while parsing value - invalid "
       "literal; last read: '<'"},
      {"google-places", "truncated.json",
       "not JSON: parse error at line 7, column 1: syntax error while parsing object - "
       "unexpected end of input; expected '}'"},
      {"google-places", "wrong_shape.json",
       "not a Google Places place: no displayName, phone, address or hours"},
      {"google-places", "osm_overpass.json",
       "not a Google Places place: no displayName, phone, address or hours"},
      {"google-business-profile", "google_places_full.json",
       "not a Business Profile location: no title, phoneNumbers, storefrontAddress or "
       "regularHours"},
      {"osm", "gbp_full.json", "not an OpenStreetMap element: no element with tags"},
      {"osm", "osm_no_tags.json", "not an OpenStreetMap element: no element with tags"},
      {"schema-org-page", "directory_no_business.html",
       "no LocalBusiness or Organization in the page"},
      {"schema-org-page", "directory_broken_json_ld.html",
       "no LocalBusiness or Organization in the page (a JSON-LD block does not parse: parse "
       "error at line 11, column 3: syntax error while parsing object - unexpected end of "
       "input; expected '}')"},
      {"schema-org-page", "truncated.json",
       "not JSON: parse error at line 7, column 1: syntax error while parsing object - "
       "unexpected end of input; expected '}'"},
  };
  for (const ErrorCase& test : cases) {
    SECTION(test.kind + " " + test.file) {
      const listings::Listing listing = read_listing(file_spec(test.kind, test.file), "FR", {});
      CHECK_FALSE(listing.read);
      CHECK(listing.error == test.error);
      CHECK(listing.name == "test");
      CHECK(listing.source == kDir + "/" + test.file);
      CHECK(fields_of(listing) == ListingFields{});
    }
  }
}

// The test server on 127.0.0.1 stands for a public site (crawl/address_policy.h).
const target::CrawlOptions kPublicLoopback = [] {
  target::CrawlOptions options;
  options.loopback_one_is_public = true;
  return options;
}();

TEST_CASE("a listing given by URL is fetched once, and an answer that fails is not read",
          "[listings]") {
  testing::TestServer server(kDir);
  target::ListingSpec spec;
  spec.name = "google";
  spec.kind = "google-places";

  spec.url = server.url("/google_places_full.json");
  const listings::Listing fine = read_listing(spec, "FR", kPublicLoopback);
  INFO(fine.error);
  REQUIRE(fine.read);
  CHECK(fine.source == spec.url);
  CHECK(fields_of(fine) == kFileCases.front().expected);
  CHECK(server.requests() == std::vector<std::string>{"/google_places_full.json"});

  spec.url = server.url("/gone.json");
  const listings::Listing missing = read_listing(spec, "FR", kPublicLoopback);
  CHECK_FALSE(missing.read);
  CHECK(missing.error == "HTTP 404 from " + spec.url);

  spec.url = server.url("/status/500");
  CHECK(read_listing(spec, "FR", kPublicLoopback).error == "HTTP 500 from " + spec.url);

  spec.url = server.url("/not_json.json");
  const listings::Listing not_json = read_listing(spec, "FR", kPublicLoopback);
  CHECK_FALSE(not_json.read);
  CHECK(not_json.error ==
        "not JSON: parse error at line 1, column 1: syntax error while parsing value - invalid "
        "literal; last read: '<'");

  spec.kind = "schema-org-page";
  spec.url = server.url("/directory_json_ld.html");
  const listings::Listing page = read_listing(spec, "FR", kPublicLoopback);
  CHECK(page.read);
  CHECK(page.title == "Plomberie Durand");

  spec.url = server.url("/directory_latin1.html");
  CHECK(read_listing(spec, "FR", kPublicLoopback).title == "Boulangerie Frédéric");
}

TEST_CASE("a listing URL that does not answer, or answers too much, is not read", "[listings]") {
  testing::TestServer server(kDir);
  target::ListingSpec spec;
  spec.name = "google";
  spec.kind = "google-places";
  spec.url = server.url("/google_places_full.json");
  target::CrawlOptions crawl = kPublicLoopback;
  crawl.max_body_bytes = 200;
  const listings::Listing cut = read_listing(spec, "FR", crawl);
  CHECK_FALSE(cut.read);
  CHECK_THAT(cut.error,
             Catch::Matchers::StartsWith("not JSON: parse error at line 5, column 41: "));
  CHECK_THAT(cut.error,
             Catch::Matchers::EndsWith("(the answer was cut at crawl.max_body_bytes)"));

  crawl = kPublicLoopback;
  crawl.max_redirects = 2;
  spec.url = server.url("/redirect/3");
  CHECK_THAT(read_listing(spec, "FR", crawl).error,
             Catch::Matchers::StartsWith("cannot fetch " + spec.url + ": "));

  spec.url = "http://127.0.0.1:1/listing.json";
  const listings::Listing refused = read_listing(spec, "FR", kPublicLoopback);
  CHECK_FALSE(refused.read);
  CHECK_THAT(refused.error, Catch::Matchers::StartsWith("cannot fetch " + spec.url + ": "));

  // A listing URL on a private address (loopback, when 127.0.0.1 is not the test's public
  // stand-in) is refused by the address policy, never connected to. A server of its own, so
  // that no request the steps above made can still be logged after the check.
  testing::TestServer private_server(kDir);
  spec.url = private_server.url("/google_places_full.json");
  const listings::Listing private_listing = read_listing(spec, "FR", {});
  CHECK_FALSE(private_listing.read);
  CHECK_THAT(private_listing.error, Catch::Matchers::Contains("refused 127.0.0.1 (loopback)"));
  CHECK(private_server.requests().empty());
}

TEST_CASE("a manual listing reads the phone, address and hours the target writes",
          "[listings]") {
  struct ManualCase {
    std::string phone, address, hours;
    ListingFields expected;
  };
  // clang-format off
  const std::vector<ManualCase> cases = {
      {"04 78 42 10 20; 06 12 34 56 78", "12 rue de la République, 69002 Lyon",
       "Mo-Fr 09:00-18:00", {
        "", {"+33478421020 | 04 78 42 10 20 | fixed_line",
             "+33612345678 | 06 12 34 56 78 | mobile"},
        "12 rue de la République | 69002 | Lyon | FR", "12 rue de la République, 69002 Lyon",
        "Mo-Fr 09:00-18:00", "", "", "", ""}},
      {"0899 12 34 56, 12", "Lyon", "du lundi au vendredi de 9h à 12h et de 14h à 18h", {
        "", {"+33899123456 | 0899 12 34 56 | premium_rate", " | 12 | unknown"},
        "", "Lyon", "Mo-Fr 09:00-12:00,14:00-18:00", "", "", "", ""}},
      {"", "", "sur rendez-vous", {"", {}, "", "", "", "", "sur rendez-vous", "", ""}},
      {"", "", "", {}},
  };
  // clang-format on
  for (const ManualCase& test : cases) {
    SECTION(test.phone + " / " + test.address + " / " + test.hours) {
      target::ListingSpec spec;
      spec.name = "notes";
      spec.kind = "manual";
      spec.phone = test.phone;
      spec.address = test.address;
      spec.hours = test.hours;
      const listings::Listing listing = read_listing(spec, "FR", {});
      CHECK(listing.read);
      CHECK(listing.source.empty());
      CHECK(fields_of(listing) == test.expected);
    }
  }
}

TEST_CASE("every listing of a target is read in target order with its region", "[listings]") {
  target::Target target;
  target.region = "BE";
  target::ListingSpec manual;
  manual.name = "notes";
  manual.kind = "manual";
  manual.phone = "02 511 12 34";
  target.listings = {file_spec("osm", "missing.json"), manual,
                     file_spec("google-places", "google_places_bare.json")};
  const std::vector<listings::Listing> listings = read_listings(target);
  REQUIRE(listings.size() == 3);
  CHECK_FALSE(listings[0].read);
  CHECK(listings[0].kind == "osm");
  CHECK(listings[1].read);
  REQUIRE(listings[1].phones.size() == 1);
  CHECK(listings[1].phones[0].e164 == "+3225111234");
  CHECK(listings[2].read);
  CHECK(listings[2].title == "Martin & Fils <b>");
}

}  // namespace joignable::listings
