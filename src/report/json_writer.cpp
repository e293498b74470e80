#include "report/json_writer.h"

#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "extract/contact_points.h"
#include "report/summary.h"
#include "rules/catalogue.h"

namespace joignable::report {
namespace {

// Keys keep the contract's order, so the file reads like CONTRACT.md.
using Json = nlohmann::ordered_json;

Json string_of(std::string_view text) { return Json(std::string(text)); }

Json optional_int(const std::optional<int>& value) { return value ? Json(*value) : Json(nullptr); }

Json optional_bool(const std::optional<bool>& value) {
  return value ? Json(*value) : Json(nullptr);
}

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

Json phones_json(const std::vector<model::SitePhone>& phones) {
  Json list = Json::array();
  for (const model::SitePhone& phone : phones) {
    list.push_back({{"e164", phone.e164},
                    {"display", phone.display},
                    {"type", string_of(extract::to_string(phone.type))},
                    {"tel_link", phone.tel_link},
                    {"pages", phone.pages},
                    {"structured_data", phone.structured_data},
                    {"visible", phone.unshown_pages.size() < phone.pages.size()}});
  }
  return list;
}

Json forms_json(const std::vector<model::SiteForm>& forms) {
  Json list = Json::array();
  for (const model::SiteForm& site_form : forms) {
    const extract::FormInfo& form = site_form.form;
    list.push_back(
        {{"page", site_form.page},
         {"kind", string_of(extract::to_string(form.kind))},
         {"action", form.action},
         {"method", form.method},
         {"fields", form.fields},
         {"has_textarea", form.has_textarea},
         {"has_free_text", form.has_free_text},
         {"unlabelled_fields", form.unlabelled_fields},
         {"captcha", form.captcha},
         {"action_status",
          site_form.action_status ? Json(site_form.action_status->http_status) : Json(nullptr)},
         {"captcha_kind", form.captcha_kind.empty() ? Json(nullptr) : Json(form.captcha_kind)},
         {"enctype", form.enctype},
         {"required_fields", form.required_fields},
         {"autocomplete",
          {{"name", optional_bool(form.autocomplete_name)},
           {"email", optional_bool(form.autocomplete_email)},
           {"tel", optional_bool(form.autocomplete_tel)}}}});
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

Json contact_points_json(const model::SiteModel& site) {
  Json emails = Json::array();
  for (const model::SiteEmail& email : site.emails) {
    emails.push_back({{"address", email.address}, {"pages", email.pages}});
  }
  Json contact_page = nullptr;
  if (site.contact_page) {
    contact_page = {{"url", site.contact_page->url},
                    {"depth", optional_int(site.contact_page->depth)}};
  }
  Json addresses = Json::array();
  for (const model::SiteAddress& site_address : site.addresses) {
    const extract::PostalAddress& address = site_address.address;
    addresses.push_back({{"text", address.text()},
                         {"street", address.street},
                         {"postal_code", address.postal_code},
                         {"locality", address.locality},
                         {"country", address.country},
                         {"pages", site_address.pages}});
  }
  return {{"phones", phones_json(site.phones)},
          {"faxes", phones_json(site.faxes)},
          {"emails", emails},
          {"addresses", addresses},
          {"hours", hours_json(site)},
          {"forms", forms_json(site.forms)},
          {"contact_page", contact_page},
          {"chat_widgets", channels_json(site.chat_widgets, "name")},
          {"social_links", channels_json(site.social_links, "network")},
          {"callback_offers", site.callback_pages}};
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

Json pages_json(const model::SiteModel& site) {
  Json list = Json::array();
  for (const model::PageSummary& page : site.pages) {
    list.push_back({{"url", page.url},
                    {"status", page.status.http_status},
                    {"error", error_of(page.status)},
                    {"depth", optional_int(page.depth)},
                    {"content_type", page.content_type},
                    {"title", page.title},
                    {"help", help_json(page)}});
  }
  return list;
}

Json links_json(const model::SiteModel& site) {
  Json list = Json::array();
  for (const model::BrokenLink& link : site.broken_links) {
    // A missing anchor has the page's own status: the error says what is wrong.
    list.push_back({{"url", link.url},
                    {"status", link.status.http_status},
                    {"error", link.missing_anchor.empty() ? error_of(link.status)
                                                          : std::string("missing_anchor")},
                    {"internal", link.internal},
                    {"found_on", link.found_on}});
  }
  return list;
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

Json listings_json(const Report& report) {
  Json list = Json::array();
  for (const ListingSummary& listing : report.listings) {
    list.push_back({{"name", listing.name},
                    {"kind", listing.kind},
                    {"phone", listing.phone},
                    {"address", listing.address},
                    {"hours", listing.hours}});
  }
  return list;
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
                    {"title", rule ? rule->title : std::string()},
                    {"weight", finding.weight}});
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

// Crawled text is often not valid UTF-8; replace keeps dump() from throwing on it.
std::string dump(const Json& json) {
  return json.dump(2, ' ', false, Json::error_handler_t::replace);
}

}  // namespace

std::string render_json(const Report& report) {
  Json json;
  json["schema"] = kReportSchema;
  json["tool"] = {{"name", "joignable"}, {"version", report.tool_version}};
  json["target"] = {{"name", report.target_name},
                    {"site", report.site},
                    {"region", report.region},
                    {"lang", report.lang}};
  json["started_at"] = report.started_at;
  json["finished_at"] = report.finished_at;
  json["score"] = score_json(report);
  json["contact_points"] = contact_points_json(report.site_model);
  json["pages"] = pages_json(report.site_model);
  json["broken_links"] = links_json(report.site_model);
  json["blocked_links"] = blocked_links_json(report.site_model);
  json["crawl_traps"] = crawl_traps_json(report.site_model);
  json["sitemaps"] = sitemaps_json(report.site_model);
  json["not_found_probes"] = not_found_probes_json(report.site_model);
  json["listings"] = listings_json(report);
  json["findings"] = findings_json(report);
  json["rules"] = rules_json(report);
  return dump(json) + "\n";
}

std::string render_contact_points_json(const model::SiteModel& site) {
  return dump(contact_points_json(site));
}

}  // namespace joignable::report
