#include "store/run_store.h"

#include <algorithm>

#include <catch2/catch.hpp>

#include "extract/contact_points_json.h"
#include "extract/hours_osm.h"
#include "report/report.h"
#include "store/crawl_batch.h"
#include "store/stored_run.h"
#include "support/temp_dir.h"

namespace joignable::store {
namespace {

using testing::TempDir;

const std::string kSite = "http://127.0.0.1:8080/";

target::Target acme_target() {
  target::Target target;
  target.name = "Acme";
  target.site = kSite;
  target.region = "BE";
  target.lang = "en";
  target.source_file = "/targets/acme.toml";
  return target;
}

std::vector<crawl::Page> acme_pages() {
  crawl::Page home;
  home.url = kSite;
  home.final_url = kSite;
  home.depth = 0;
  home.status.http_status = 200;
  home.content_type = "text/html";

  crawl::Page moved;
  moved.url = kSite + "old";
  moved.final_url = kSite + "contact";
  moved.depth = 1;
  moved.status.http_status = 200;
  moved.content_type = "text/html";
  moved.redirects = {kSite + "tmp", kSite + "contact"};
  moved.truncated = true;

  crawl::Page dead;
  dead.url = kSite + "slow";
  dead.final_url = kSite + "slow";
  dead.status.error = crawl::NetError::timeout;
  dead.status.error_detail = "Operation timed out after 30000 milliseconds";

  crawl::Page blocked;
  blocked.url = kSite + "guarded";
  blocked.final_url = kSite + "guarded";
  blocked.depth = 2;
  blocked.status.http_status = 403;
  blocked.status.blocked = true;
  return {home, moved, dead, blocked};
}

std::vector<crawl::Link> acme_links() {
  return {
      {kSite, kSite + "old", crawl::LinkKind::anchor, "Contact", ""},
      {kSite, kSite + "slow", crawl::LinkKind::anchor, "Slow", "top"},
      {kSite + "old", kSite, crawl::LinkKind::canonical, "", ""},
      // Stored as lines of tab-separated fields: those characters must come back as they were.
      {kSite + "old", kSite + "a\\b", crawl::LinkKind::anchor, "Tab\there\nnew line \\t", "x\ty"},
  };
}

report::Report acme_report() {
  report::Report report;
  report.tool_version = "0.1.0";
  report.finished_at = "2026-01-02T03:10:00Z";
  report.overall_score = 72;
  report.grade = "C";
  report.categories = {
      {"phone", "Phone", 50}, {"forms", "Forms", 100}, {"listings", "Listings", {}}};
  model::SiteModel& site = report.site_model;
  site.phones = {
      {"+3222345678",
       "02 234 56 78",
       extract::PhoneType::fixed_line,
       true,
       false,
       {kSite, kSite + "contact"},
       true,
       {kSite}},
      {"+3290012345",
       "0900 12 345",
       extract::PhoneType::premium_rate,
       false,
       true,
       {kSite + "contact"}},
  };
  site.faxes = {{"+3222345679",
                 "02 234 56 79",
                 extract::PhoneType::fixed_line,
                 false,
                 true,
                 {kSite + "contact"}}};
  site.emails = {{"info@acme.be", {kSite + "contact", kSite}}};
  extract::FormInfo contact;
  contact.kind = extract::FormKind::contact;
  contact.action = kSite + "send";
  contact.method = "post";
  contact.fields = 4;
  contact.has_textarea = contact.has_free_text = contact.captcha = true;
  contact.unlabelled_fields = 1;
  contact.captcha_kind = "hcaptcha";
  contact.enctype = "multipart/form-data";
  contact.required_fields = 2;
  contact.autocomplete_name = true;
  contact.autocomplete_email = false;
  model::SiteForm contact_form{kSite + "contact", contact,
                               crawl::FetchStatus{405, crawl::NetError::none, "", false}};
  extract::FormInfo search;
  search.kind = extract::FormKind::search;
  search.action = kSite + "search";
  search.method = "get";
  search.fields = 1;
  search.enctype = "application/x-www-form-urlencoded";
  model::SiteForm search_form{kSite, search, std::nullopt};
  site.addresses = {{{"10 rue Neuve", "59000", "Lille", "FR"}, {kSite + "contact", kSite}}};
  site.chat_widgets = {{"crisp", "", {kSite}}};
  site.social_links = {{"whatsapp", "https://wa.me/33612345678", {kSite, kSite + "contact"}}};
  site.callback_pages = {kSite + "contact"};
  site.forms = {contact_form, search_form};
  site.contact_page = model::ContactPage{kSite + "contact", 1};
  report.findings = {
      {"phone.premium_rate", "phone", rules::Severity::error, 5, kSite + "contact",
       "The number 0900 12 345 is premium rate", "+3290012345 (premium_rate)", "+3290012345",
       true},
      {"link.broken_internal", "links", rules::Severity::warning, 2.5, kSite + "slow",
       "A link leads nowhere", "timeout <script>\"quoted\"</script>", "/slow", false},
      {"hours.missing", "hours", rules::Severity::info, 0, "", "No opening hours", "", "", false},
  };
  return report;
}

void check_phone(const model::SitePhone& got, const model::SitePhone& want) {
  CHECK(got.e164 == want.e164);
  CHECK(got.display == want.display);
  CHECK(got.type == want.type);
  CHECK(got.tel_link == want.tel_link);
  CHECK(got.text_only_somewhere == want.text_only_somewhere);
  CHECK(got.pages == want.pages);
  CHECK(got.structured_data == want.structured_data);
  CHECK(got.unshown_pages == want.unshown_pages);
}

void check_form(const model::SiteForm& got, const model::SiteForm& want) {
  CHECK(got.page == want.page);
  CHECK(got.form.kind == want.form.kind);
  CHECK(got.form.action == want.form.action);
  CHECK(got.form.method == want.form.method);
  CHECK(got.form.fields == want.form.fields);
  CHECK(got.form.has_textarea == want.form.has_textarea);
  CHECK(got.form.has_free_text == want.form.has_free_text);
  CHECK(got.form.unlabelled_fields == want.form.unlabelled_fields);
  CHECK(got.form.captcha == want.form.captcha);
  CHECK(got.form.captcha_kind == want.form.captcha_kind);
  CHECK(got.form.enctype == want.form.enctype);
  CHECK(got.form.required_fields == want.form.required_fields);
  CHECK(got.form.autocomplete_name == want.form.autocomplete_name);
  CHECK(got.form.autocomplete_email == want.form.autocomplete_email);
  CHECK(got.form.autocomplete_tel == want.form.autocomplete_tel);
  REQUIRE(got.action_status.has_value() == want.action_status.has_value());
  if (want.action_status) {
    CHECK(got.action_status->http_status == want.action_status->http_status);
    CHECK(got.action_status->error == want.action_status->error);
    CHECK(got.action_status->error_detail == want.action_status->error_detail);
    CHECK(got.action_status->blocked == want.action_status->blocked);
  }
}

void check_finding(const report::ReportFinding& got, const report::ReportFinding& want) {
  CHECK(got.rule == want.rule);
  CHECK(got.category == want.category);
  CHECK(got.severity == want.severity);
  CHECK(got.weight == want.weight);
  CHECK(got.url == want.url);
  CHECK(got.message == want.message);
  CHECK(got.evidence == want.evidence);
  CHECK(got.key == want.key);
  CHECK(got.is_new == want.is_new);
}

TEST_CASE("a finished run reads back with the values it was written with", "[store]") {
  TempDir dir;
  auto store = RunStore::open(dir / "joignable.db");
  REQUIRE(store);
  auto run = store->begin_run(acme_target(), "2026-01-02T03:04:05Z");
  REQUIRE(run);
  const auto pages = acme_pages();
  // Two batches, as the crawl hands them over.
  CrawlBatch first;
  first.pages = {pages[0], pages[1]};
  REQUIRE(store->add_crawl_batch(*run, first));
  CrawlBatch second;
  second.pages = {pages[2], pages[3]};
  second.links = acme_links();
  REQUIRE(store->add_crawl_batch(*run, second));
  const report::Report report = acme_report();
  REQUIRE(store->finish_run(*run, report));

  auto loaded = store->load_run(*run);
  REQUIRE(loaded);
  const StoredRun& got = *loaded;
  CHECK(got.id == *run);
  CHECK(got.target_name == "Acme");
  CHECK(got.site == kSite);
  CHECK(got.region == "BE");
  CHECK(got.lang == "en");
  CHECK(got.target_file == "/targets/acme.toml");
  CHECK(got.started_at == "2026-01-02T03:04:05Z");
  CHECK(got.finished_at == "2026-01-02T03:10:00Z");
  CHECK(got.tool_version == "0.1.0");
  CHECK(got.page_count == 4);
  CHECK(got.link_count == static_cast<long long>(acme_links().size()));
  CHECK(got.overall_score == 72);
  CHECK(got.grade == "C");

  REQUIRE(got.categories.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(got.categories[i].id == report.categories[i].id);
    CHECK(got.categories[i].title == report.categories[i].title);
    CHECK(got.categories[i].score == report.categories[i].score);
  }
  const model::SiteModel& want = report.site_model;
  REQUIRE(got.phones.size() == 2);
  check_phone(got.phones[0], want.phones[0]);
  check_phone(got.phones[1], want.phones[1]);
  REQUIRE(got.faxes.size() == 1);
  check_phone(got.faxes[0], want.faxes[0]);
  REQUIRE(got.emails.size() == 1);
  CHECK(got.emails[0].address == "info@acme.be");
  CHECK(got.emails[0].pages == std::vector<std::string>{kSite + "contact", kSite});
  REQUIRE(got.forms.size() == 2);
  check_form(got.forms[0], want.forms[0]);
  check_form(got.forms[1], want.forms[1]);
  REQUIRE(got.addresses.size() == 1);
  CHECK(got.addresses[0].address.text() == "10 rue Neuve, 59000 Lille");
  CHECK(got.addresses[0].address.country == "FR");
  CHECK(got.addresses[0].pages == std::vector<std::string>{kSite + "contact", kSite});
  REQUIRE(got.chat_widgets.size() == 1);
  CHECK(got.chat_widgets[0].kind == "crisp");
  CHECK(got.chat_widgets[0].pages == std::vector<std::string>{kSite});
  REQUIRE(got.social_links.size() == 1);
  CHECK(got.social_links[0].url == "https://wa.me/33612345678");
  CHECK(got.social_links[0].pages.size() == 2);
  CHECK(got.callback_pages == std::vector<std::string>{kSite + "contact"});
  REQUIRE(got.contact_page);
  CHECK(got.contact_page->url == kSite + "contact");
  CHECK(got.contact_page->depth == 1);
  REQUIRE(got.findings.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) check_finding(got.findings[i], report.findings[i]);
}

TEST_CASE("opening hours read back per source, with their pages", "[store]") {
  TempDir dir;
  auto store = RunStore::open(dir / "joignable.db");
  REQUIRE(store);
  auto run = store->begin_run(acme_target(), "2026-01-02T03:04:05Z");
  REQUIRE(run);
  report::Report report = acme_report();
  auto text = extract::parse_osm_hours("Mo-Fr 09:00-12:00,14:00-18:00; Sa 22:00-02:00; PH off");
  auto listing = extract::parse_osm_hours("24/7");
  REQUIRE(text);
  REQUIRE(listing);
  report.site_model.hours = {
      {"site", extract::HoursOrigin::text, kSite, {kSite, kSite + "contact"}, *text, "Lun-Ven"},
      {"listing:google", extract::HoursOrigin::listing, "https://maps.example/x", {}, *listing, ""}};
  REQUIRE(store->finish_run(*run, report));
  auto loaded = store->load_run(*run);
  REQUIRE(loaded);
  REQUIRE(loaded->hours.size() == 2);
  const model::SiteHours& first = loaded->hours[0];
  CHECK(first.source == "site");
  CHECK(first.origin == extract::HoursOrigin::text);
  CHECK(first.url == kSite);
  CHECK(first.pages == std::vector<std::string>{kSite, kSite + "contact"});
  CHECK(first.evidence == "Lun-Ven");
  CHECK(first.hours.weekly == text->weekly);
  CHECK(extract::to_spec(first.hours) == "Mo-Fr 09:00-12:00,14:00-18:00; Sa 22:00-02:00; PH off");
  CHECK(loaded->hours[1].source == "listing:google");
  CHECK(loaded->hours[1].origin == extract::HoursOrigin::listing);
  CHECK(loaded->hours[1].pages.empty());
  CHECK(extract::to_spec(loaded->hours[1].hours) == "24/7");
}

TEST_CASE("pages read back in the order they were added, redirects included", "[store]") {
  TempDir dir;
  auto store = RunStore::open(dir / "joignable.db");
  REQUIRE(store);
  auto run = store->begin_run(acme_target(), "2026-01-02T03:04:05Z");
  REQUIRE(run);
  const auto want = acme_pages();
  REQUIRE(store->add_pages(*run, want));

  auto got = store->load_pages(*run);
  REQUIRE(got);
  REQUIRE(got->size() == want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    INFO(want[i].url);
    CHECK((*got)[i].url == want[i].url);
    CHECK((*got)[i].final_url == want[i].final_url);
    CHECK((*got)[i].depth == want[i].depth);
    CHECK((*got)[i].status.http_status == want[i].status.http_status);
    CHECK((*got)[i].status.error == want[i].status.error);
    CHECK((*got)[i].status.error_detail == want[i].status.error_detail);
    CHECK((*got)[i].status.blocked == want[i].status.blocked);
    CHECK((*got)[i].content_type == want[i].content_type);
    CHECK((*got)[i].redirects == want[i].redirects);
    CHECK((*got)[i].truncated == want[i].truncated);
  }
}

TEST_CASE("a page added again replaces the first one and keeps its place", "[store]") {
  TempDir dir;
  auto store = RunStore::open(dir / "joignable.db");
  REQUIRE(store);
  auto run = store->begin_run(acme_target(), "2026-01-02T03:04:05Z");
  REQUIRE(run);
  auto pages = acme_pages();
  REQUIRE(store->add_pages(*run, pages));
  crawl::Page refetched = pages[1];
  refetched.redirects = {kSite + "contact"};
  refetched.status.http_status = 503;
  REQUIRE(store->add_pages(*run, {refetched}));

  auto got = store->load_pages(*run);
  REQUIRE(got);
  REQUIRE(got->size() == 4);
  CHECK((*got)[1].url == kSite + "old");
  CHECK((*got)[1].status.http_status == 503);
  CHECK((*got)[1].redirects == std::vector<std::string>{kSite + "contact"});
}

TEST_CASE("an unfinished run has no finish time, score or contact points", "[store]") {
  TempDir dir;
  auto store = RunStore::open(dir / "joignable.db");
  REQUIRE(store);
  auto run = store->begin_run(acme_target(), "2026-01-02T03:04:05Z");
  REQUIRE(run);
  auto got = store->load_run(*run);
  REQUIRE(got);
  CHECK(got->finished_at.empty());
  CHECK(got->tool_version.empty());
  CHECK_FALSE(got->overall_score);
  CHECK(got->grade.empty());
  CHECK(got->page_count == 0);
  CHECK(got->phones.empty());
  CHECK_FALSE(got->contact_page);
}

TEST_CASE("a run is finished only once", "[store]") {
  TempDir dir;
  auto store = RunStore::open(dir / "joignable.db");
  REQUIRE(store);
  auto run = store->begin_run(acme_target(), "2026-01-02T03:04:05Z");
  REQUIRE(run);
  REQUIRE(store->finish_run(*run, acme_report()));
  auto again = store->finish_run(*run, acme_report());
  REQUIRE_FALSE(again);
  CHECK(again.error().code == Error::Code::database);
  CHECK(again.error().message == "run " + std::to_string(*run) + " is already finished");
  auto got = store->load_run(*run);
  REQUIRE(got);
  CHECK(got->phones.size() == 2);
  CHECK(got->findings.size() == 3);
}

TEST_CASE("a run's screenshots are stored with it and read back byte for byte", "[store]") {
  TempDir dir;
  auto store = RunStore::open(dir / "joignable.db");
  REQUIRE(store);
  auto run = store->begin_run(acme_target(), "2026-01-02T03:04:05Z");
  REQUIRE(run);
  report::Report report = acme_report();
  render::Screenshot phone;
  phone.page = "https://acme.fr/";
  phone.role = "home";
  phone.width = 390;
  phone.height = 1688;
  phone.mobile = true;
  phone.quality = 70;
  phone.outlined = {2, 0, 1};
  phone.jpeg = std::string("\xFF\xD8\xFF\0\0jpeg\0bytes\xFF\xD9", 17);
  render::Screenshot desktop = phone;
  desktop.width = 1280;
  desktop.mobile = false;
  desktop.jpeg += "more";
  report.screenshots = {phone, desktop};
  REQUIRE(store->finish_run(*run, report));
  auto shots = store->load_screenshots(*run);
  REQUIRE(shots);
  REQUIRE(shots->size() == 2);
  CHECK((*shots)[0].jpeg == phone.jpeg);
  CHECK((*shots)[0].mobile);
  CHECK((*shots)[0].outlined.phones == 2);
  CHECK((*shots)[0].outlined.hours == 1);
  CHECK((*shots)[0].height == 1688);
  CHECK((*shots)[1].width == 1280);
  CHECK((*shots)[1].jpeg == desktop.jpeg);
  CHECK((*shots)[1].role == "home");
  CHECK_FALSE(store->load_screenshots(*run + 1));
}

TEST_CASE("writing to or reading a run that does not exist is an error", "[store]") {
  TempDir dir;
  const auto file = dir / "joignable.db";
  auto store = RunStore::open(file);
  REQUIRE(store);
  auto pages = store->add_pages(42, acme_pages());
  REQUIRE_FALSE(pages);
  CHECK(pages.error().to_string() == file.string() + ": no run 42");
  CrawlBatch batch;
  batch.links = acme_links();
  auto links = store->add_crawl_batch(42, batch);
  REQUIRE_FALSE(links);
  CHECK(links.error().message == "no run 42");
  auto finished = store->finish_run(42, acme_report());
  REQUIRE_FALSE(finished);
  CHECK(finished.error().message == "no run 42");
  auto loaded = store->load_run(42);
  REQUIRE_FALSE(loaded);
  CHECK(loaded.error().message == "no run 42");
  auto loaded_pages = store->load_pages(42);
  REQUIRE_FALSE(loaded_pages);
  CHECK(loaded_pages.error().message == "no run 42");
}

TEST_CASE("runs of a site are listed newest first", "[store]") {
  TempDir dir;
  auto store = RunStore::open(dir / "joignable.db");
  REQUIRE(store);
  target::Target other = acme_target();
  other.site = "http://127.0.0.1:9090/";
  REQUIRE(store->begin_run(other, "2026-03-01T00:00:00Z"));
  // Out of order on purpose, and two in the same second: the later id comes first.
  const std::vector<std::string> starts = {"2026-01-05T10:00:00Z", "2026-01-01T10:00:00Z",
                                           "2026-02-01T10:00:00Z", "2026-02-01T10:00:00Z"};
  std::vector<long long> ids;
  for (const auto& start : starts) {
    auto run = store->begin_run(acme_target(), start);
    REQUIRE(run);
    ids.push_back(*run);
  }
  REQUIRE(store->finish_run(ids[0], acme_report()));

  auto runs = store->runs_for_site(kSite);
  REQUIRE(runs);
  REQUIRE(runs->size() == 4);
  CHECK((*runs)[0].id == ids[3]);
  CHECK((*runs)[1].id == ids[2]);
  CHECK((*runs)[2].id == ids[0]);
  CHECK((*runs)[3].id == ids[1]);
  CHECK((*runs)[2].finished_at == "2026-01-02T03:10:00Z");
  CHECK((*runs)[2].overall_score == 72);
  CHECK((*runs)[2].grade == "C");
  CHECK((*runs)[0].finished_at.empty());
  CHECK_FALSE((*runs)[0].overall_score);
  CHECK((*runs)[0].grade.empty());

  auto none = store->runs_for_site("http://127.0.0.1:1/");
  REQUIRE(none);
  CHECK(none->empty());
}

TEST_CASE("a moved store keeps working", "[store]") {
  TempDir dir;
  auto opened = RunStore::open(dir / "joignable.db");
  REQUIRE(opened);
  RunStore store = std::move(*opened);
  auto run = store.begin_run(acme_target(), "2026-01-02T03:04:05Z");
  REQUIRE(run);
  CHECK(*run == 1);
}

}  // namespace
}  // namespace joignable::store

namespace joignable::store {
namespace {

extract::PageAnalysis contact_analysis() {
  extract::PageAnalysis analysis;
  analysis.title = "Contact \xC3\xA9t\xC3\xA9";
  analysis.contacts.phones = {
      {"+33465712345", "04 65 71 23 45", extract::PhoneType::fixed_line, true, false},
      {"+33465712346", "04 65 71 23 46", extract::PhoneType::fixed_line, false, true}};
  analysis.contacts.invalid_phones = {{"tel:123", true}};
  analysis.contacts.emails = {"contact@example.fr"};
  extract::FormInfo form;
  form.kind = extract::FormKind::contact;
  form.action = kSite + "send";
  form.method = "post";
  form.fields = 3;
  form.has_textarea = true;
  form.has_free_text = true;
  form.unlabelled_fields = 1;
  analysis.contacts.forms = {form};
  extract::OpeningHours hours;
  extract::add_interval(hours, 0, {540, 720});
  extract::add_interval(hours, 4, {1080, 1560});
  hours.closed[6] = true;
  hours.exceptions = {{"PH", {}}, {"Dec 24", {{540, 720}}}};
  hours.comments = {"sur rendez-vous le samedi"};
  analysis.contacts.hours = {{extract::HoursOrigin::structured_data, hours, "Mo 09:00-12:00"}};
  analysis.contacts.unparsed_hours = {"ouvert selon la marée"};
  analysis.anchors = {"contrat", "top"};
  return analysis;
}

TEST_CASE("crawl batches are read back whole to resume the run", "[store][resume]") {
  TempDir dir;
  auto store = RunStore::open(dir / "joignable.db");
  REQUIRE(store);
  const auto run = store->begin_run(acme_target(), "2026-11-23T10:00:00Z");
  REQUIRE(run);
  CHECK(store->unfinished_run(kSite).value() == *run);

  crawl::LinkCheck disallowed{kSite + "private", {}, true};
  disallowed.status.disallowed_by_robots = true;
  CrawlBatch first;
  first.pages = {acme_pages()[0], acme_pages()[1]};
  first.links = acme_links();
  first.checks = {{"https://other.example/", {404, crawl::NetError::none, "", false, false}, false},
                  disallowed};
  first.analyses = {{kSite + "old", extract::encode_analysis(contact_analysis())}};
  REQUIRE(store->add_crawl_batch(*run, first));
  CrawlBatch second;
  second.pages = {acme_pages()[2]};
  REQUIRE(store->add_crawl_batch(*run, second));

  const auto crawl = store->load_crawl(*run);
  REQUIRE(crawl);
  REQUIRE(crawl->so_far.pages.size() == 3);
  CHECK(crawl->so_far.pages[1].redirects == acme_pages()[1].redirects);
  CHECK(crawl->so_far.pages[2].status.error == crawl::NetError::timeout);
  REQUIRE(crawl->so_far.links.size() == acme_links().size());
  CHECK(crawl->so_far.links[1].fragment == "top");
  const crawl::Link& hostile = crawl->so_far.links[3];
  CHECK(hostile.to == acme_links()[3].to);
  CHECK(hostile.text == acme_links()[3].text);
  CHECK(hostile.fragment == acme_links()[3].fragment);
  REQUIRE(crawl->so_far.checks.size() == 2);
  CHECK(std::count_if(crawl->so_far.checks.begin(), crawl->so_far.checks.end(), [](auto& check) {
          return check.status.disallowed_by_robots;
        }) == 1);
  REQUIRE(crawl->analyses.count(kSite + "old") == 1);
  const extract::PageAnalysis& analysis = crawl->analyses.at(kSite + "old");
  CHECK(analysis.title == contact_analysis().title);
  REQUIRE(analysis.contacts.phones.size() == 2);
  CHECK(analysis.contacts.phones[1].fax);
  CHECK(analysis.contacts.invalid_phones[0].from_tel_link);
  CHECK(analysis.contacts.emails == contact_analysis().contacts.emails);
  REQUIRE(analysis.contacts.forms.size() == 1);
  CHECK(analysis.contacts.forms[0].unlabelled_fields == 1);
  CHECK(analysis.contacts.forms[0].kind == extract::FormKind::contact);
  REQUIRE(analysis.contacts.hours.size() == 1);
  CHECK(analysis.contacts.hours[0].origin == extract::HoursOrigin::structured_data);
  CHECK(analysis.contacts.hours[0].hours == contact_analysis().contacts.hours[0].hours);
  CHECK(analysis.contacts.hours[0].evidence == "Mo 09:00-12:00");
  CHECK(analysis.contacts.unparsed_hours == contact_analysis().contacts.unparsed_hours);
  CHECK(analysis.anchors == contact_analysis().anchors);
}

TEST_CASE("a finished run is not offered for resuming", "[store][resume]") {
  TempDir dir;
  auto store = RunStore::open(dir / "joignable.db");
  REQUIRE(store);
  CHECK_FALSE(store->unfinished_run(kSite).value());
  const auto run = store->begin_run(acme_target(), "2026-11-23T10:00:00Z");
  REQUIRE(run);
  report::Report report;
  report.finished_at = "2026-11-23T10:05:00Z";
  REQUIRE(store->finish_run(*run, report));
  CHECK_FALSE(store->unfinished_run(kSite).value());
  CHECK_FALSE(store->unfinished_run("http://elsewhere.example/").value());
}

}  // namespace
}  // namespace joignable::store
