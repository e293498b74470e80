#include "report/values.h"

#include <catch2/catch.hpp>

#include "extract/hours_osm.h"
#include "report/pdf_printer.h"
#include "support/temp_dir.h"

namespace joignable::report {

TEST_CASE("a week reads in words: French 24 h, English 12 h", "[report]") {
  auto hours = extract::parse_osm_hours("Mo-Fr 08:00-12:00,14:00-18:00; Sa 09:30-12:00");
  REQUIRE(hours);
  CHECK(display_week(*hours, "fr") ==
        "lun.\u2013ven. 8\u00a0h\u201312\u00a0h, 14\u00a0h\u201318\u00a0h ; "
        "sam. 9\u00a0h\u00a030\u201312\u00a0h");
  CHECK(display_week(*hours, "en") ==
        "Mon\u2013Fri 8:00\u00a0am\u201312:00\u00a0pm, 2:00\u00a0pm\u20136:00\u00a0pm; "
        "Sat 9:30\u00a0am\u201312:00\u00a0pm");
  auto weekend = extract::parse_osm_hours("Sa,Su 10:00-26:00");
  REQUIRE(weekend);
  CHECK(display_week(*weekend, "fr") == "sam., dim. 10\u00a0h\u20132\u00a0h");
  CHECK(display_week(extract::OpeningHours{}, "en") == "closed");
}

TEST_CASE("numbers, dates and points follow the report's language", "[report]") {
  CHECK(display_number(20000, "fr") == "20\u202f000");
  CHECK(display_number(20000, "en") == "20,000");
  CHECK(display_number(999, "fr") == "999");
  CHECK(display_date_time("2026-11-23T09:58:00Z", "fr") == "23 novembre 2026 à 9\u00a0h\u00a058 UTC");
  CHECK(display_date_time("2026-11-23T21:05:00Z", "en") == "23 November 2026, 9:05\u00a0pm UTC");
  CHECK(display_date("2026-02-01T00:00:00Z", "fr") == "1 février 2026");
  CHECK(display_date_time("yesterday", "fr") == "yesterday");
  CHECK(display_points(4.25, "fr") == "+4,2 points");
  CHECK(display_points(4.0, "en") == "+4.0 points");
}

TEST_CASE("a finding's raw values are shown as words by their field's name", "[report]") {
  CHECK(display_value("type", "premium_rate", "fr") == "surtaxé");
  CHECK(display_value("type", "shared_cost", "en") == "shared-cost (surcharged)");
  CHECK(display_value("status", "missing_anchor", "en") ==
        "page found, but the anchor it points to is missing");
  CHECK(display_value("status", "connect", "fr") == "connexion refusée");
  CHECK(display_value("status", "HTTP 404", "fr") == "HTTP\u00a0404");
  CHECK(display_value("business_status", "CLOSED_TEMPORARILY", "fr") == "fermé temporairement");
  CHECK(display_value("business_status", "OPERATIONAL", "fr") == "ouvert");
  CHECK(display_value("kind", "google-places", "fr") == "fiche Google (Places)");
  CHECK(display_value("site_spec", "Mo-Fr 08:00-12:00", "fr") == "lun.\u2013ven. 8\u00a0h\u201312\u00a0h");
  CHECK(display_value("source_a", "listing:google", "fr") == "fiche « google »");
  CHECK(display_value("source_b", "structured_data:http://a.fr/", "en") ==
        "structured data of the page http://a.fr/");
  CHECK(display_value("found_order", "phone > email", "fr") == "téléphone, puis e-mail");
  CHECK(display_value("found_order", "", "en") == "no help");
  CHECK(display_value("days", "Mo,Sa", "fr") == "lundi, samedi");
  CHECK(display_value("parts", "postal_code,street", "en") == "postal code, street");
  CHECK(display_value("pages_count", "12000", "en") == "12,000");
  CHECK(display_value("pages", "http://a.fr/1\nhttp://a.fr/2\n+3", "fr") ==
        "http://a.fr/1, http://a.fr/2 (+3 autres)");
  CHECK(display_value("number", "04 65 71 23 45", "fr") == "04\u00a065\u00a071\u00a023\u00a045");
  CHECK(display_value("url", "http://a.fr/premium_rate", "fr") == "http://a.fr/premium_rate");
}

TEST_CASE("report.pdf without the browser is a one-line error naming it", "[report]") {
  testing::TempDir dir;
  ::setenv("JOIGNABLE_CHROMIUM", "/nonexistent/chromium", 1);
  const auto printed = print_pdf(dir / "report.html", dir / "report.pdf");
  ::unsetenv("JOIGNABLE_CHROMIUM");
  REQUIRE_FALSE(printed.has_value());
  CHECK(printed.error().message ==
        "cannot print report.pdf: /nonexistent/chromium is not installed (install the chromium "
        "package, or leave pdf out of --format)");
}

}  // namespace joignable::report

namespace joignable::report {

TEST_CASE("a listing's special days are said in words", "[report]") {
  CHECK(display_special_day("PH", "fr") == "Jours fériés");
  CHECK(display_special_day("SH", "en") == "School holidays");
  CHECK(display_special_day("2026-12-25", "en") == "25 December 2026");
  CHECK(display_special_day("2026-12-24..2026-12-26", "fr") ==
        "du 24 décembre 2026 au 26 décembre 2026");
  CHECK(display_special_day("Dec 24", "fr") == "Dec 24");  // as given when not a date
}

}  // namespace joignable::report
