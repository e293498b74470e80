#include "report/report_samples.h"

#include <cassert>

#include "extract/hours_osm.h"
#include "model/derive.h"
#include "report/build_report.h"

namespace joignable::report::testing {
namespace {

constexpr const char* kSite = "http://127.0.0.1:8080/";

extract::OpeningHours weekly(const std::string& osm) {
  auto hours = extract::parse_osm_hours(osm);
  assert(hours && "a valid OSM spec");
  return *hours;
}

// One listing read with hostile text that disagrees with the site, one that could not be read.
std::vector<listings::Listing> hostile_listings() {
  listings::Listing google;
  google.name = "google";
  google.kind = "google-places";
  google.source = "https://maps.example/place?q=<b>x</b>";
  google.read = true;
  google.title = kScript;
  google.phones = {{"+33142685399", "01 42 68 53 99 <b>", extract::PhoneType::fixed_line}};
  google.address = extract::PostalAddress{"1 Rue de la Paix", "75002", "Paris", "FR"};
  google.address_text = "1 Rue de la Paix, 75002 Paris, France";
  google.hours = weekly("Mo-Fr 09:00-18:00; Sa 10:00-12:00; PH off");
  google.business_status = "CLOSED_TEMPORARILY";
  google.website = kJavascriptUrl;
  listings::Listing osm;
  osm.name = "osm";
  osm.kind = "osm";
  osm.source = "/targets/boulangerie/listings/osm.json";
  osm.error = "not json: <script>alert(2)</script>";
  return {google, osm};
}

model::SiteModel hostile_site() {
  model::SiteModel site;
  site.site = kSite;
  site.region = "FR";
  site.home_reachable = true;
  site.home_status.http_status = 200;
  site.pages = {{kSite, {200, crawl::NetError::none, "", false}, 0, "text/html", kScript, false, {}},
                {"http://127.0.0.1:8080/contact",
                 {200, crawl::NetError::none, "", false},
                 1,
                 "text/html",
                 "Contact",
                 false,
                 {}},
                {"http://127.0.0.1:8080/orphan",
                 {200, crawl::NetError::none, "", false},
                 std::nullopt,
                 "text/html",
                 kInvalidUtf8,
                 false,
                 {}}};
  site.phones = {{"+33899123456",
                  "08 99 12 34 56",
                  extract::PhoneType::premium_rate,
                  false,
                  true,
                  {"http://127.0.0.1:8080/contact"}},
                 {"+33142685300",
                  "01 42 68 53 00",
                  extract::PhoneType::fixed_line,
                  true,
                  false,
                  {kSite, kJavascriptUrl}}};
  site.faxes = {{"+33142685301",
                 "01 42 68 53 01",
                 extract::PhoneType::fixed_line,
                 false,
                 true,
                 {"http://127.0.0.1:8080/contact"}}};
  site.emails = {{"contact@example.fr", {"http://127.0.0.1:8080/contact"}}};
  extract::FormInfo form;
  form.kind = extract::FormKind::contact;
  form.action = "http://127.0.0.1:8080/send";
  form.method = "post";
  form.fields = 4;
  form.has_textarea = true;
  form.has_free_text = true;
  form.unlabelled_fields = 1;
  site.forms = {{"http://127.0.0.1:8080/contact", form,
                 crawl::FetchStatus{404, crawl::NetError::none, "", false}}};
  site.broken_links = {{"http://127.0.0.1:8080/missing",
                        {404, crawl::NetError::none, "", false},
                        true,
                        {kSite, "http://127.0.0.1:8080/contact"}},
                       {"http://127.0.0.1:9/gone",
                        {0, crawl::NetError::timeout, "timed out", false},
                        false,
                        {kSite}}};
  site.contact_page = model::ContactPage{"http://127.0.0.1:8080/contact", 1};
  site.first_phone_depth = 0;
  site.addresses = {{{"1 rue de la Paix", "75002", "Paris", "FR"}, {kSite}}};
  site.hours = {{"site", extract::HoursOrigin::text, kSite, {kSite}, weekly("Mo-Fr 09:00-18:00"),
                 "Du lundi au vendredi de 9h à 18h"}};
  model::add_listings(site, hostile_listings());
  return site;
}

RuleSummary summary(const std::string& id, const std::string& category, rules::Severity severity,
                    rules::Outcome::Status status, int findings, const std::string& lang) {
  const bool en = lang == "en";
  RuleSummary rule;
  rule.id = id;
  rule.category = category;
  rule.severity = severity;
  rule.weight = 3;
  rule.status = status;
  rule.title = (en ? "Title of " : "Titre de ") + id;
  rule.why = (en ? "Why " : "Pourquoi ") + id;
  rule.fix = (en ? "Fix " : "Corriger ") + id;
  rule.findings = findings;
  if (status == rules::Outcome::Status::error) rule.error_message = "check failed: <boom>";
  return rule;
}

}  // namespace

Report hostile_report(const std::string& lang) {
  using rules::Severity;
  using Status = rules::Outcome::Status;
  const bool en = lang == "en";
  Report report;
  report.tool_version = "0.1.0";
  report.target_name = "Boulangerie <b>Martin</b> & Fils";
  report.site = kSite;
  report.region = "FR";
  report.lang = lang;
  report.started_at = "2026-11-23T09:58:00Z";
  report.finished_at = "2026-11-23T10:02:30Z";
  report.overall_score = 72;
  report.grade = "C";
  report.categories = {{"phone", en ? "Phone" : "Téléphone", 50},
                       {"forms", en ? "Forms" : "Formulaires", std::nullopt},
                       {"links", en ? "Links" : "Liens", 100}};
  report.site_model = hostile_site();
  for (const listings::Listing& listing : report.site_model.listings) {
    report.listings.push_back(summarise_listing(report.site_model, listing));
  }
  report.findings = {
      {"phone.premium_rate", "phone", Severity::error, 5, "http://127.0.0.1:8080/contact",
       "Le numéro 08 99 12 34 56 est surtaxé", kScript, "+33899123456", false},
      {"link.broken_external", "links", Severity::warning, 2, kJavascriptUrl, kInvalidUtf8,
       kFormula, kJavascriptUrl, false},
      {"link.broken_external", "links", Severity::warning, 2, "http://127.0.0.1:8080/b",
       "Lien, \"cité\"\nsur deux lignes", "+SUM(A1)", "/b", false}};
  report.findings[0].points = 12.5;
  report.findings[1].points = 3.1;
  report.findings[2].points = 3.1;
  report.rules = {
      summary("phone.premium_rate", "phone", Severity::error, Status::fail, 1, lang),
      summary("phone.missing", "phone", Severity::error, Status::pass, 0, lang),
      summary("form.missing", "forms", Severity::error, Status::not_applicable, 0, lang),
      summary("link.broken_external", "links", Severity::warning, Status::fail, 2, lang),
      summary("link.blocked", "links", Severity::info, Status::error, 0, lang)};
  return report;
}

}  // namespace joignable::report::testing
