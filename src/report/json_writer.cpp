// Renders a Report as report.json (CONTRACT.md), keys in the contract's order, then this version's
// extensions. Longer than 300 lines because it has one small builder per section of the file,
// kept together so that it reads like the contract.
#include "report/json_writer.h"

#include <optional>
#include <ostream>
#include <sstream>
#include <string_view>

#include "extract/contact_points.h"
#include "extract/contact_points_json.h"
#include "report/json_stream.h"
#include "report/summary.h"
#include "rules/catalogue.h"
#include "util/time_zone.h"

namespace joignable::report {
namespace {

Json string_of(std::string_view text) { return Json(std::string(text)); }

Json optional_int(const std::optional<int>& value) { return value ? Json(*value) : Json(nullptr); }

Json channels_json(const std::vector<model::SiteChannel>& channels, const char* kind_key) {
  Json list = Json::array();
  for (const model::SiteChannel& channel : channels) {
    Json entry = {{kind_key, channel.kind}};
    if (!channel.url.empty()) entry["url"] = channel.url;
    entry["pages"] = channel.pages;
    list.push_back(std::move(entry));
  }
  return list;
}

// "" when the server answered: the HTTP status then says everything.
std::string error_of(const crawl::FetchStatus& status) {
  return status.error == crawl::NetError::none ? std::string()
                                               : std::string(to_string(status.error));
}

Json phone_json(const model::SitePhone& phone) {
  Json json = Json::object();
  extract::put_phone_number(json, phone.e164, phone.display, phone.type);
  json["tel_link"] = phone.tel_link;
  json["pages"] = phone.pages;
  json["structured_data"] = phone.structured_data;
  json["visible"] = phone.unshown_pages.size() < phone.pages.size();
  return json;
}

Json forms_json(const std::vector<model::SiteForm>& forms) {
  Json list = Json::array();
  for (const model::SiteForm& site_form : forms) {
    const extract::FormInfo& form = site_form.form;
    Json json = {{"page", site_form.page}};
    extract::put_form(json, form);
    json["action_status"] =
        site_form.action_status ? Json(site_form.action_status->http_status) : Json(nullptr);
    json["captcha_kind"] = form.captcha_kind.empty() ? Json(nullptr) : Json(form.captcha_kind);
    json["enctype"] = form.enctype;
    json["required_fields"] = form.required_fields;
    json["autocomplete"] = {{"name", extract::optional_json<Json>(form.autocomplete_name)},
                            {"email", extract::optional_json<Json>(form.autocomplete_email)},
                            {"tel", extract::optional_json<Json>(form.autocomplete_tel)}};
    list.push_back(std::move(json));
  }
  return list;
}

// The contract's "weekly": every day, Monday first, [] when closed.
Json weekly_json(const extract::OpeningHours& hours) {
  Json weekly = Json::object();
  for (std::size_t day = 0; day < extract::kDaysPerWeek; ++day) {
    Json intervals = Json::array();
    for (const extract::TimeInterval& interval : hours.weekly[day]) {
      intervals.push_back(
          {extract::format_time(interval.open), extract::format_time(interval.close)});
    }
    weekly[std::string(extract::kDayNames[day])] = intervals;
  }
  return weekly;
}

// One entry per source (CONTRACT.md); "origin", "pages" and "evidence" extend the contract.
Json hours_json(const model::SiteModel& site) {
  Json list = Json::array();
  for (const model::SiteHours& hours : site.hours) {
    list.push_back({{"source", hours.source},
                    {"url", hours.url},
                    {"spec", extract::to_spec(hours.hours)},
                    {"weekly", weekly_json(hours.hours)},
                    {"origin", string_of(extract::to_string(hours.origin))},
                    {"pages", hours.pages},
                    {"evidence", hours.evidence}});
  }
  return list;
}

Json email_json(const model::SiteEmail& email) {
  return {{"address", email.address}, {"pages", email.pages}};
}

// Someone else's contact point: never the company's, never judged by a rule.
Json third_party_json(const model::SiteThirdParty& third) {
  return {{"role", std::string(extract::to_string(third.contact.role))},
          {"kind", third.contact.kind},
          {"value", third.contact.value},
          {"display", third.contact.display},
          {"pages", third.pages}};
}

Json contact_page_json(const model::SiteModel& site) {
  if (!site.contact_page) return nullptr;
  return {{"url", site.contact_page->url}, {"depth", optional_int(site.contact_page->depth)}};
}

Json score_json(const Report& report) {
  Json categories = Json::object();
  for (const CategorySummary& category : report.categories) {
    categories[category.id] = optional_int(category.score);
  }
  return {{"overall", optional_int(report.overall_score)},
          {"grade", report.grade.empty() ? Json(nullptr) : Json(report.grade)},
          {"categories", categories}};
}

// null for a page the extractor did not read (not HTML, or not fetched).
Json help_json(const model::PageSummary& page) {
  if (!page.analysed) return nullptr;
  Json list = Json::array();
  for (const auto mechanism : page.help) list.push_back(string_of(extract::to_string(mechanism)));
  return list;
}

Json page_json(const model::PageSummary& page) {
  return {{"url", page.url},
          {"status", page.status.http_status},
          {"error", error_of(page.status)},
          {"depth", optional_int(page.depth)},
          {"content_type", page.content_type},
          {"title", page.title},
          {"help", help_json(page)},
          {"redirects", page.redirects},
          {"rendered", page.rendered},
          {"render_problem", page.render_problem.empty() ? Json(nullptr)
                                                         : Json(page.render_problem)}};
}

Json broken_link_json(const model::BrokenLink& link) {
  // A missing anchor has the page's own status: the error says what is wrong.
  return {{"url", link.url},
          {"status", link.status.http_status},
          {"error", link.missing_anchor.empty() ? error_of(link.status)
                                                : std::string("missing_anchor")},
          {"internal", link.internal},
          {"found_on", link.found_on}};
}

// An extension of the contract: where the crawl stopped following links (crawl/scope.h).
Json crawl_traps_json(const model::SiteModel& site) {
  Json traps = Json::array();
  for (const crawl::CrawlTrap& trap : site.crawl_traps) {
    traps.push_back({{"pattern", trap.pattern},
                     {"reason", trap.reason},
                     {"example", trap.example},
                     {"skipped", trap.skipped}});
  }
  return traps;
}

// An extension of the contract: what went wrong inside joignable during the run (a page whose
// analysis threw), so that a bug shows instead of silently thinning the report.
Json errors_json(const model::SiteModel& site) {
  Json errors = Json::array();
  for (const crawl::PageError& error : site.page_errors) {
    errors.push_back({{"stage", "extract"}, {"url", error.url}, {"message", error.message}});
  }
  return errors;
}

// An extension of the contract: the sitemap files read, and the pages of the site each listed.
Json sitemaps_json(const model::SiteModel& site) {
  Json files = Json::array();
  for (const crawl::SitemapFile& file : site.sitemaps) {
    files.push_back({{"url", file.url},
                     {"status", file.status.http_status},
                     {"error", error_of(file.status)},
                     {"urls", file.pages},
                     {"sitemaps", file.sitemaps},
                     {"skipped", file.skipped},
                     {"problem", file.problem.empty() ? Json(nullptr) : Json(file.problem)}});
  }
  return files;
}

Json blocked_links_json(const model::SiteModel& site) {
  Json list = Json::array();
  for (const crawl::LinkCheck& link : site.blocked_links) {
    list.push_back(
        {{"url", link.url}, {"status", link.status.http_status}, {"internal", link.internal}});
  }
  return list;
}

Json not_found_page_json(const std::optional<model::NotFoundPage>& page) {
  if (!page) return nullptr;
  return {{"title", page->title},
          {"links_home", page->links_home},
          {"phone", page->has_phone},
          {"email", page->has_email},
          {"contact_link", page->links_contact},
          {"search_form", page->has_search_form},
          {"contact_form", page->has_contact_form}};
}

Json not_found_probes_json(const model::SiteModel& site) {
  Json list = Json::array();
  for (const model::NotFoundCheck& check : site.not_found_checks) {
    list.push_back({{"url", check.url},
                    {"status", check.status.http_status},
                    {"error", error_of(check.status)},
                    {"disallowed_by_robots", check.status.disallowed_by_robots},
                    {"final_url", check.final_url},
                    {"redirected_home", check.redirected_home},
                    {"soft_404", check.soft()},
                    {"page", not_found_page_json(check.page)}});
  }
  return list;
}

Json text_or_null(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

Json seconds_or_null(const std::optional<long long>& seconds) {
  return seconds ? Json(*seconds) : Json(nullptr);
}

// One contact form and its latest probe (CONTRACT.md `probes[]`); the confirmation is the
// answer page's own text, escaped like every string of the document.
Json probe_json(const model::SiteProbe& probe) {
  const probe::ProbeRecord& record = probe.record;
  const bool sent = record.outcome != probe::ProbeOutcome::captcha && record.id != 0;
  return {{"page", probe.page},
          {"action", probe.action},
          {"token", text_or_null(record.token)},
          {"sent_at", sent ? text_or_null(record.sent_at) : Json(nullptr)},
          {"http_status", record.http_status > 0 ? Json(record.http_status) : Json(nullptr)},
          {"confirmation", text_or_null(record.confirmation)},
          {"state", string_of(probe::to_string(probe.assessment.state))},
          {"acknowledged_after_s", seconds_or_null(probe.assessment.acknowledged_after_s)},
          {"answered_after_s", seconds_or_null(probe.assessment.answered_after_s)},
          {"reason", text_or_null(probe.assessment.reason)}};
}

Json postal_address_json(const std::optional<extract::PostalAddress>& address) {
  if (!address) return nullptr;
  return {{"text", address->text()},
          {"street", address->street},
          {"postal_code", address->postal_code},
          {"locality", address->locality},
          {"country", address->country}};
}

// An address of the site: the listings' postal address, with the pages that give it.
Json address_json(const model::SiteAddress& site_address) {
  Json json = postal_address_json(site_address.address);
  json["pages"] = site_address.pages;
  return json;
}

// Special days (holidays, date ranges) as the listing gives them: shown, never compared.
Json special_days_json(const extract::OpeningHours& hours) {
  Json list = Json::array();
  for (const extract::HoursException& exception : hours.exceptions) {
    Json intervals = Json::array();
    for (const extract::TimeInterval& interval : exception.intervals) {
      intervals.push_back(
          {extract::format_time(interval.open), extract::format_time(interval.close)});
    }
    list.push_back({{"when", exception.when}, {"intervals", intervals}});
  }
  return list;
}

// How the listing compares with the site, part by part; each difference names both sides.
Json comparison_json(const model::ListingComparison& comparison) {
  Json address_parts = Json::array();
  for (const model::AddressPart part : comparison.address.differences) {
    address_parts.push_back(string_of(model::to_string(part)));
  }
  Json days = Json::array();
  for (std::size_t day = 0; day < extract::kDaysPerWeek; ++day) {
    const model::DayCheck& check = comparison.hours.days[day];
    if (!check.differs) continue;
    days.push_back({{"day", string_of(extract::kDayNames[day])},
                    {"site", check.site},
                    {"listing", check.listing}});
  }
  const model::AddressCheck& address = comparison.address;
  return {{"phone", string_of(model::to_string(comparison.phone))},
          {"address", string_of(model::to_string(address.agreement))},
          {"site_address", address.site ? Json(address.site->text()) : Json(nullptr)},
          {"address_differences", address_parts},
          {"hours", string_of(model::to_string(comparison.hours.agreement))},
          {"site_hours_source", comparison.hours.site_source},
          {"site_hours", comparison.hours.site_spec},
          {"hours_differences", days}};
}

// The contract's five values first, then (extensions) everything the listing says and how it
// compares with the site. A listing that could not be read has status "unreachable" and says
// nothing else.
Json listings_json(const Report& report) {
  Json list = Json::array();
  for (const ListingSummary& summary : report.listings) {
    const listings::Listing& listing = summary.listing;
    Json phones = Json::array();
    for (const model::PhoneCheck& check : summary.comparison.phones) {
      Json phone = Json::object();
      extract::put_phone_number(phone, check.phone.e164, check.phone.display, check.phone.type);
      phone["on_site"] = check.on_site;
      phones.push_back(std::move(phone));
    }
    list.push_back(
        {{"name", summary.name},
         {"kind", summary.kind},
         {"phone", summary.phone},
         {"address", summary.address},
         {"hours", summary.hours},
         {"source", listing.source},
         {"status", listing.read ? "read" : "unreachable"},
         {"error", listing.error},
         {"title", listing.title},
         {"phones", phones},
         {"postal_address", postal_address_json(summary.comparison.address.listing)},
         {"address_text", listing.address_text},
         {"weekly", listing.hours.has_hours() ? weekly_json(listing.hours) : Json(nullptr)},
         {"special_days", special_days_json(listing.hours)},
         {"hours_text", listing.hours_text},
         {"business_status", listing.business_status},
         {"website", listing.website},
         {"comparison", listing.read ? comparison_json(summary.comparison) : Json(nullptr)}});
  }
  return list;
}

// One call of the call log (CONTRACT.md calls[]), then what it was held against.
// The images themselves are in report.html; report.json says what was taken and outlined.
Json screenshot_json(const render::Screenshot& shot) {
  return {{"page", shot.page},
          {"role", shot.role},
          {"width", shot.width},
          {"height", shot.height},
          {"mobile", shot.mobile},
          {"bytes", shot.jpeg.size()},
          {"quality", shot.quality},
          {"outlined",
           {{"phones", shot.outlined.phones},
            {"forms", shot.outlined.forms},
            {"hours", shot.outlined.hours}}}};
}

Json call_json(const model::HeldCall& held) {
  const calls::Call& call = held.call;
  Json open = Json::object();
  for (const model::SourceAtCall& source : held.sources) open[source.source] = source.open;
  Json callback = nullptr;
  if (call.callback_promised) {
    const auto after = call.callback_after_seconds();
    callback = {{"promised", true},
                {"at", call.callback_at ? Json(util::to_iso8601(*call.callback_at)) : Json()},
                {"after_s", after ? Json(*after) : Json()}};
  }
  return {{"at", util::to_iso8601(call.at)},
          {"number", call.number},
          {"e164", call.e164.empty() ? Json() : Json(call.e164)},
          {"outcome", calls::to_string(call.outcome)},
          {"wait_s", call.wait_seconds},
          {"open_according_to", std::move(open)},
          {"callback", std::move(callback)},
          {"published", held.published},
          {"line", call.line},
          {"note", call.note}};
}

Json findings_json(const Report& report) {
  Json list = Json::array();
  for (const ReportFinding& finding : report.findings) {
    const RuleSummary* rule = find_rule(report, finding.rule);
    list.push_back({{"rule", finding.rule},
                    {"category", finding.category},
                    {"severity", string_of(rules::to_string(finding.severity))},
                    {"url", finding.url},
                    {"message", finding.message},
                    {"evidence", finding.evidence},
                    {"evidence_id", finding.evidence_id},
                    {"values", finding.values},
                    {"points", finding.points},
                    {"title", rule ? rule->title : std::string()},
                    {"weight", finding.weight},
                    {"key", finding.key},
                    {"new", finding.is_new}});
  }
  return list;
}

Json rules_json(const Report& report) {
  Json list = Json::array();
  for (const RuleSummary& rule : report.rules) {
    list.push_back({{"id", rule.id},
                    {"category", rule.category},
                    {"severity", string_of(rules::to_string(rule.severity))},
                    {"weight", rule.weight},
                    {"status", string_of(to_string(rule.status))},
                    {"findings", rule.findings},
                    {"title", rule.title},
                    {"why", rule.why},
                    {"fix", rule.fix},
                    {"error", rule.error_message}});
  }
  return list;
}

Json changes_json(const Changes& changes) {
  const auto refs = [](const std::vector<FindingRef>& list) {
    Json json = Json::array();
    for (const FindingRef& ref : list) json.push_back({{"rule", ref.rule}, {"key", ref.key}});
    return json;
  };
  Json previous = nullptr;
  if (const auto& run = changes.previous) {
    previous = {{"run", run->run},
                {"finished_at", run->finished_at},
                {"score", run->score ? Json(*run->score) : Json(nullptr)}};
  }
  return {{"previous", previous},
          {"baseline", changes.baseline.empty() ? Json(nullptr) : Json(changes.baseline)},
          {"new", refs(changes.new_findings)},
          {"fixed", refs(changes.fixed)},
          {"score_delta", changes.score_delta ? Json(*changes.score_delta) : Json(nullptr)}};
}

void write_contact_points(JsonStream points, const model::SiteModel& site) {
  points.array_member("phones", site.phones, phone_json);
  points.array_member("faxes", site.faxes, phone_json);
  points.array_member("emails", site.emails, email_json);
  points.array_member("addresses", site.addresses, address_json);
  points.member("hours", hours_json(site));
  points.member("forms", forms_json(site.forms));
  points.member("contact_page", contact_page_json(site));
  points.member("chat_widgets", channels_json(site.chat_widgets, "name"));
  points.member("social_links", channels_json(site.social_links, "network"));
  points.member("callback_offers", site.callback_pages);
  points.array_member("third_parties", site.third_parties, third_party_json);
  points.close();
}

}  // namespace

void write_json(const Report& report, std::ostream& out) {
  using Kind = JsonStream::Kind;
  const model::SiteModel& site = report.site_model;
  JsonStream json(out, Kind::object, 0);
  json.member("schema", kReportSchema);
  json.member("tool", {{"name", "joignable"}, {"version", report.tool_version}});
  json.member("target", {{"name", report.target_name},
                         {"site", report.site},
                         {"region", report.region},
                         {"lang", report.lang}});
  json.member("started_at", report.started_at);
  json.member("finished_at", report.finished_at);
  json.member("score", score_json(report));
  write_contact_points(json.nested("contact_points", Kind::object), site);
  json.array_member("pages", site.pages, page_json);
  json.array_member("broken_links", site.broken_links, broken_link_json);
  json.member("blocked_links", blocked_links_json(site));
  json.member("crawl_traps", crawl_traps_json(site));
  json.member("sitemaps", sitemaps_json(site));
  json.member("not_found_probes", not_found_probes_json(site));
  json.member("listings", listings_json(report));
  json.array_member("probes", site.probes.forms, probe_json);
  json.array_member("calls", site.calls, call_json);
  json.member("findings", findings_json(report));
  json.member("rules", rules_json(report));
  json.member("changes", changes_json(report.changes));
  json.member("errors", errors_json(site));
  json.array_member("screenshots", report.screenshots, screenshot_json);
  json.member("screenshots_note", text_or_null(report.screenshots_note));
  json.close();
  out << '\n';
}

std::string render_json(const Report& report) {
  std::ostringstream out;
  write_json(report, out);
  return std::move(out).str();
}

std::string render_contact_points_json(const model::SiteModel& site) {
  std::ostringstream out;
  write_contact_points(JsonStream(out, JsonStream::Kind::object, 0), site);
  return std::move(out).str();
}

}  // namespace joignable::report
