// Builds the mustache view of a Report and renders the template. The view is flat and explicit:
// every list item sets every key its template section reads, because mustache looks a missing
// key up in the enclosing sections and would otherwise show a parent's value. Longer than 300
// lines because the view has one small builder per section of the report.
#include "report/html_writer.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string_view>
#include <utility>

#include <kainjow/mustache.hpp>

#include "extract/contact_points.h"
#include "report/escape.h"
#include "report/html_reachability.h"
#include "report/html_screenshots.h"
#include "report/html_sections.h"
#include "report/labels.h"
#include "report/summary.h"
#include "report/trend_chart.h"
#include "report/values.h"
#include "rules/catalogue.h"
#include "rules/message.h"
#include "util/time.h"

namespace joignable::report {
namespace {

namespace mu = kainjow::mustache;

constexpr std::size_t kTopFixes = 5;
// The label of each day of extract::kDayNames, Monday first.
constexpr std::string_view kDayLabels[extract::kDaysPerWeek] = {
    "day_mo", "day_tu", "day_we", "day_th", "day_fr", "day_sa", "day_su"};

mu::data text(std::string_view value) { return mu::data(std::string(value)); }
mu::data flag(bool value) { return mu::data(value); }
mu::data number(long long value) { return mu::data(std::to_string(value)); }

// A URL and its href; "linkable" is false when safe_href refused it, so the template shows the
// text without a link instead of a link to nowhere.
// "45 s", "12 min", "3 h", "30 h 15 min": the same in French and English.
std::string duration_text(long long seconds) {
  if (seconds < 60) return std::to_string(seconds) + " s";
  if (seconds < 3600) return std::to_string(seconds / 60) + " min";
  const long long minutes = seconds % 3600 / 60;
  return std::to_string(seconds / 3600) + " h" +
         (minutes > 0 ? " " + std::to_string(minutes) + " min" : "");
}

mu::data link(const std::string& url) {
  const std::string href = safe_href(url);
  mu::data item;
  item.set("url", url);
  item.set("href", href);
  item.set("linkable", flag(href != "#"));
  return item;
}

// A list of pages, as many as a reader can use: the first kPagesShown, the rest counted (the
// JSON report lists them all). At 20,000 pages a footer's phone would list every one of them.
constexpr std::size_t kPagesShown = 10;

mu::data links(const std::vector<std::string>& urls) {
  mu::data list{mu::data::type::list};
  for (std::size_t i = 0; i < urls.size() && i < kPagesShown; ++i) list.push_back(link(urls[i]));
  return list;
}

// Where a listing was read: its URL as a link, or a file's name alone (the report goes to a
// client; the consultant's folders are none of the reader's business).
mu::data listing_source(const std::string& source) {
  if (source.starts_with("http://") || source.starts_with("https://")) return link(source);
  mu::data item;
  item.set("url", std::filesystem::path(source).filename().string());
  item.set("href", std::string("#"));
  item.set("linkable", flag(false));
  return item;
}

class ViewBuilder {
 public:
  explicit ViewBuilder(const Report& report) : report_(report), lang_(report.lang) {}

  mu::data build() const {
    mu::data view;
    view.set("lang", text(lang_));
    view.set("t", labels());
    view.set("target_name", report_.target_name);
    view.set("css_target_name", css_string(report_.target_name));
    view.set("site", link(report_.site));
    view.set("date", display_date(report_.finished_at, lang_));
    view.set("started_at", display_date_time(report_.started_at, lang_));
    view.set("finished_at", display_date_time(report_.finished_at, lang_));
    view.set("finished_iso", report_.finished_at);
    view.set("tool_version", report_.tool_version);
    add_score(view);
    const mu::data top_fixes = priorities();
    view.set("priorities", top_fixes);
    view.set("has_priorities", flag(!top_fixes.list_value().empty()));
    view.set("has_findings", flag(!report_.findings.empty()));
    view.set("finding_groups", finding_groups());
    view.set("overview", html::overview(report_));
    view.set("checks", html::checks(report_));
    view.set("methodology", html::methodology(report_));
    view.set("week_grid", html::week_grid(report_));
    add_screenshots(view, report_);
    add_contact_points(view);
    add_listings(view);
    add_reachability(view, report_);
    add_crawl(view);
    add_changes(view);
    add_probes(view);
    return view;
  }

 private:
  std::string t(std::string_view key) const { return std::string(label(key, lang_)); }

  // Sets `key` to the first pages of `urls` and `key`_more to how many are left unshown.
  void set_pages(mu::data& item, const std::string& key,
                 const std::vector<std::string>& urls) const {
    item.set(key, links(urls));
    const std::size_t hidden = urls.size() > kPagesShown ? urls.size() - kPagesShown : 0;
    item.set(key + "_more", hidden == 0 ? flag(false)
                                        : text("+ " + std::to_string(hidden) + " " +
                                               t("more_pages")));
  }

  std::string severity_label(rules::Severity severity) const {
    return t("severity_" + std::string(rules::to_string(severity)));
  }

  mu::data labels() const {
    mu::data labels;
    for (const Label& entry : all_labels()) labels.set(std::string(entry.key), t(entry.key));
    return labels;
  }

  std::string score_text(const std::optional<int>& score) const {
    return score ? std::to_string(*score) : t("not_scored");
  }

  void add_score(mu::data& view) const {
    view.set("has_score", flag(report_.overall_score.has_value()));
    view.set("overall", score_text(report_.overall_score));
    view.set("grade", report_.grade);
    view.set("has_grade", flag(!report_.grade.empty()));
    const bool known_grade =
        report_.grade.size() == 1 && report_.grade[0] >= 'A' && report_.grade[0] <= 'F';
    view.set("grade_class", known_grade ? "grade-" + std::string(1, report_.grade[0] - 'A' + 'a')
                                        : std::string("grade-none"));
    mu::data categories{mu::data::type::list};
    for (const CategorySummary& category : report_.categories) {
      mu::data item;
      item.set("title", category.title);
      item.set("has_score", flag(category.score.has_value()));
      item.set("score", score_text(category.score));
      item.set("bar", number(category.score.value_or(0)));
      categories.push_back(item);
    }
    view.set("categories", categories);
  }

  mu::data finding_item(const ReportFinding& finding) const {
    mu::data item;
    item.set("message", finding.message);
    item.set("has_url", flag(!finding.url.empty()));
    item.set("url", link(finding.url));
    item.set("has_evidence", flag(!finding.evidence.empty()));
    item.set("evidence", finding.evidence);
    item.set("is_new", flag(finding.is_new));
    item.set("has_points", flag(finding.points > 0));
    item.set("points", display_points(finding.points, lang_));
    return item;
  }

  mu::data priorities() const {
    mu::data list{mu::data::type::list};
    int rank = 0;
    for (const Priority& priority : top_priorities(report_, kTopFixes)) {
      const ReportFinding& finding = *priority.finding;
      mu::data item = finding_item(finding);
      item.set("rank", number(++rank));
      item.set("title", priority.rule ? priority.rule->title : finding.rule);
      item.set("fix", priority.rule ? priority.rule->fix : std::string());
      item.set("has_fix", flag(priority.rule && !priority.rule->fix.empty()));
      item.set("severity_class", "sev-" + std::string(rules::to_string(finding.severity)));
      item.set("severity_label", severity_label(finding.severity));
      list.push_back(item);
    }
    return list;
  }

  mu::data rule_group(const RuleSummary& rule) const {
    mu::data item;
    item.set("id", rule.id);
    item.set("title", rule.title);
    item.set("why", rule.why);
    item.set("fix", rule.fix);
    item.set("severity_class", "sev-" + std::string(rules::to_string(rule.severity)));
    item.set("severity_label", severity_label(rule.severity));
    item.set("count", number(rule.findings));
    double points = 0;
    for (const ReportFinding& finding : report_.findings) {
      if (finding.rule == rule.id) points += finding.points;
    }
    item.set("has_points", flag(points > 0));
    item.set("points", display_points(points, lang_));
    mu::data findings{mu::data::type::list};
    for (const ReportFinding& finding : report_.findings) {
      if (finding.rule == rule.id) findings.push_back(finding_item(finding));
    }
    item.set("findings", findings);
    return item;
  }

  // Categories in display order, each with its failed rules in the order their costliest finding
  // appears (findings come sorted by points); categories without findings are left out.
  mu::data finding_groups() const {
    mu::data groups{mu::data::type::list};
    for (const CategorySummary& category : report_.categories) {
      mu::data rules_list{mu::data::type::list};
      std::vector<std::string> seen;
      for (const ReportFinding& finding : report_.findings) {
        if (finding.category != category.id) continue;
        if (std::find(seen.begin(), seen.end(), finding.rule) != seen.end()) continue;
        seen.push_back(finding.rule);
        if (const RuleSummary* rule = find_rule(report_, finding.rule)) {
          rules_list.push_back(rule_group(*rule));
        }
      }
      if (seen.empty()) continue;
      mu::data group;
      group.set("id", category.id);
      group.set("title", category.title);
      group.set("score", score_text(category.score));
      group.set("has_score", flag(category.score.has_value()));
      group.set("rules", rules_list);
      groups.push_back(group);
    }
    return groups;
  }

  mu::data phones(const std::vector<model::SitePhone>& phones) const {
    mu::data list{mu::data::type::list};
    for (const model::SitePhone& phone : phones) {
      mu::data item;
      item.set("display", phone.display);
      item.set("e164", phone.e164);
      item.set("tel", link("tel:" + phone.e164));
      item.set("type_label", t("phone_type_" + std::string(extract::to_string(phone.type))));
      item.set("surcharged", flag(extract::is_surcharged(phone.type)));
      item.set("tel_link", t(phone.tel_link ? "yes" : "no"));
      set_pages(item, "pages", phone.pages);
      list.push_back(item);
    }
    return list;
  }

  mu::data forms() const {
    mu::data list{mu::data::type::list};
    for (const model::SiteForm& site_form : report_.site_model.forms) {
      const extract::FormInfo& form = site_form.form;
      mu::data item;
      item.set("page", link(site_form.page));
      item.set("kind", t("form_kind_" + std::string(extract::to_string(form.kind))));
      item.set("fields", number(form.fields));
      item.set("free_text", t(form.has_free_text ? "yes" : "no"));
      item.set("unlabelled", number(form.unlabelled_fields));
      item.set("captcha", t(form.captcha ? "yes" : "no"));
      item.set("action_status",
               site_form.action_status ? status_text(*site_form.action_status) : std::string("—"));
      list.push_back(item);
    }
    return list;
  }

  std::string status_text(const crawl::FetchStatus& status) const {
    return display_status(status, lang_);
  }

  // Chat widgets, social links and call-back offers: one row per channel, with its pages.
  void add_channels(mu::data& view) const {
    const model::SiteModel& site = report_.site_model;
    mu::data channels{mu::data::type::list};
    const auto add = [&](const std::string& kind, const std::string& name,
                         const std::vector<std::string>& pages) {
      mu::data item;
      item.set("kind", t(kind));
      item.set("name", name);
      set_pages(item, "pages", pages);
      channels.push_back(item);
    };
    for (const auto& chat : site.chat_widgets) add("chat_widgets", chat.kind, chat.pages);
    for (const auto& social : site.social_links) add("social_links", social.url, social.pages);
    if (!site.callback_pages.empty()) add("callback_offers", "", site.callback_pages);
    view.set("channels", channels);
    view.set("has_channels", flag(!site.chat_widgets.empty() || !site.social_links.empty() ||
                                  !site.callback_pages.empty()));
  }

  void add_contact_points(mu::data& view) const {
    const model::SiteModel& site = report_.site_model;
    view.set("phones", phones(site.phones));
    view.set("has_phones", flag(!site.phones.empty()));
    view.set("faxes", phones(site.faxes));
    view.set("has_faxes", flag(!site.faxes.empty()));
    mu::data emails{mu::data::type::list};
    for (const model::SiteEmail& email : site.emails) {
      mu::data item;
      item.set("address", email.address);
      item.set("mailto", link("mailto:" + email.address));
      set_pages(item, "pages", email.pages);
      emails.push_back(item);
    }
    view.set("emails", emails);
    view.set("has_emails", flag(!site.emails.empty()));
    view.set("forms", forms());
    view.set("has_forms", flag(!site.forms.empty()));
    mu::data addresses{mu::data::type::list};
    for (const model::SiteAddress& address : site.addresses) {
      mu::data item;
      item.set("text", address.address.text());
      set_pages(item, "pages", address.pages);
      addresses.push_back(item);
    }
    view.set("addresses", addresses);
    view.set("has_addresses", flag(!site.addresses.empty()));
    add_channels(view);
    view.set("has_hours", flag(!site.hours.empty()));
    mu::data unparsed{mu::data::type::list};
    for (const model::UnparsedHours& raw : site.unparsed_hours) {
      mu::data item = link(raw.page);
      item.set("text", raw.text);
      unparsed.push_back(item);
    }
    view.set("unparsed_hours", unparsed);
    view.set("has_unparsed_hours", flag(!site.unparsed_hours.empty()));
    view.set("has_contact_page", flag(site.contact_page.has_value()));
    if (site.contact_page) {
      mu::data page = link(site.contact_page->url);
      page.set("depth", site.contact_page->depth ? std::to_string(*site.contact_page->depth)
                                                 : t("depth_unknown"));
      view.set("contact_page", page);
    }
  }

  void add_crawl(mu::data& view) const {
    const model::SiteModel& site = report_.site_model;
    view.set("pages_count", number(static_cast<long long>(site.pages.size())));
    mu::data broken{mu::data::type::list};
    for (const model::BrokenLink& broken_link : site.broken_links) {
      mu::data item = link(broken_link.url);
      item.set("status", broken_link.missing_anchor.empty()
                             ? status_text(broken_link.status)
                             : t("net_missing_anchor"));
      set_pages(item, "found_on", broken_link.found_on);
      broken.push_back(item);
    }
    view.set("broken_links", broken);
    view.set("has_broken_links", flag(!site.broken_links.empty()));
    view.set("not_found_probes", not_found_probes());
    view.set("has_not_found_probes", flag(!site.not_found_checks.empty()));
    add_redirect_chains(view);
  }

  // Pages reached through more than two redirects: each hop costs the visitor a round trip, and
  // a long chain is usually an old address forwarded again and again.
  void add_redirect_chains(mu::data& view) const {
    constexpr std::size_t kMaxPlainHops = 2;
    mu::data chains{mu::data::type::list};
    bool any = false;
    for (const model::PageSummary& page : report_.site_model.pages) {
      if (page.redirects.size() <= kMaxPlainHops) continue;
      mu::data item = link(page.url);
      mu::data hops{mu::data::type::list};
      for (const std::string& hop : page.redirects) hops.push_back(link(hop));
      item.set("hops", hops);
      item.set("status", status_text(page.status));
      chains.push_back(item);
      any = true;
    }
    view.set("has_redirect_chains", flag(any));
    view.set("redirect_chains", chains);
  }

  // One line of a listing's table: what the listing says, what the site says, and whether they
  // agree.
  mu::data listing_row(const std::string& label_text, const std::string& listing,
                       const std::string& site, model::Agreement agreement) const {
    const std::string agreement_name(model::to_string(agreement));
    const std::string_view status = agreement == model::Agreement::same        ? "pass"
                                    : agreement == model::Agreement::different ? "fail"
                                                                               : "not_applicable";
    mu::data row;
    row.set("label", label_text);
    row.set("listing", listing.empty() ? t("not_given") : listing);
    row.set("site", site.empty() ? t("not_given") : site);
    row.set("differs", flag(agreement == model::Agreement::different));
    row.set("agreement", t("agreement_" + agreement_name));
    row.set("agreement_class", "status-" + std::string(status));
    return row;
  }

  mu::data listing_rows(const ListingSummary& summary) const {
    const model::ListingComparison& comparison = summary.comparison;
    mu::data rows{mu::data::type::list};
    std::string listing_phones;
    for (const model::PhoneCheck& check : comparison.phones) {
      listing_phones += (listing_phones.empty() ? "" : ", ") + check.phone.display;
      if (!check.phone.e164.empty() && check.phone.e164 != check.phone.display) {
        listing_phones += " (" + check.phone.e164 + ")";
      }
    }
    std::string site_phones;
    for (const model::SitePhone& phone : report_.site_model.phones) {
      site_phones += (site_phones.empty() ? "" : ", ") + phone.e164;
    }
    rows.push_back(listing_row(t("phones"), listing_phones, site_phones, comparison.phone));
    const model::AddressCheck& address = comparison.address;
    rows.push_back(listing_row(t("address"), summary.address,
                               address.site ? address.site->text() : std::string(),
                               address.agreement));
    const model::SiteHours* site_hours = model::site_reference_hours(report_.site_model);
    for (std::size_t day = 0; day < extract::kDaysPerWeek; ++day) {
      const model::DayCheck& check = comparison.hours.days[day];
      model::Agreement agreement = comparison.hours.agreement;
      if (agreement != model::Agreement::not_compared) {
        agreement = check.differs ? model::Agreement::different : model::Agreement::same;
      }
      const extract::DayIntervals& listing_day = summary.listing.hours.weekly[day];
      rows.push_back(listing_row(
          t(kDayLabels[day]), summary.listing.hours.has_hours() ? display_day(listing_day, lang_) : "",
          site_hours ? display_day(site_hours->hours.weekly[day], lang_) : "", agreement));
    }
    return rows;
  }

  mu::data listing_item(const ListingSummary& summary, std::size_t index) const {
    const listings::Listing& listing = summary.listing;
    mu::data item;
    item.set("anchor", "listing-" + std::to_string(index + 1));
    item.set("name", listing.name);
    item.set("kind", display_listing_kind(listing.kind, lang_));
    item.set("title", listing.title);
    item.set("has_title", flag(!listing.title.empty()));
    item.set("source", listing_source(listing.source));
    item.set("has_source", flag(!listing.source.empty()));
    item.set("read", flag(listing.read));
    item.set("error", listing.error);
    item.set("business_status", display_business_status(listing.business_status, lang_));
    item.set("has_business_status", flag(!listing.business_status.empty()));
    item.set("closed", flag(model::says_closed(listing)));
    item.set("rows", listing.read ? listing_rows(summary) : mu::data{mu::data::type::list});
    item.set("hours_text", listing.hours_text);
    item.set("has_hours_text", flag(!listing.hours_text.empty()));
    mu::data special{mu::data::type::list};
    for (const extract::HoursException& exception : listing.hours.exceptions) {
      mu::data day;
      day.set("when", display_special_day(exception.when, lang_));
      day.set("intervals", exception.intervals.empty() ? t("closed")
                                                       : display_day(exception.intervals, lang_));
      special.push_back(day);
    }
    item.set("special_days", special);
    item.set("has_special_days", flag(!listing.hours.exceptions.empty()));
    item.set("website", link(listing.website));
    item.set("has_website", flag(!listing.website.empty()));
    return item;
  }

  void add_listings(mu::data& view) const {
    mu::data listings{mu::data::type::list};
    for (std::size_t i = 0; i < report_.listings.size(); ++i) {
      listings.push_back(listing_item(report_.listings[i], i));
    }
    view.set("listings", listings);
    view.set("has_listings", flag(!report_.listings.empty()));
    add_coverage(view);
  }

  // Where the crawl was cut short (trap guard) and which sitemaps it read: the audit's reach.
  void add_coverage(mu::data& view) const {
    const model::SiteModel& site = report_.site_model;
    mu::data traps{mu::data::type::list};
    for (const crawl::CrawlTrap& trap : site.crawl_traps) {
      mu::data item;
      item.set("pattern", trap.pattern);
      item.set("reason", t("trap_" + trap.reason));
      item.set("example", link(trap.example));
      item.set("skipped", number(trap.skipped));
      traps.push_back(item);
    }
    view.set("crawl_traps", traps);
    view.set("has_crawl_traps", flag(!site.crawl_traps.empty()));
    mu::data sitemaps{mu::data::type::list};
    for (const crawl::SitemapFile& file : site.sitemaps) {
      mu::data item = link(file.url);
      item.set("status", file.problem.empty() ? status_text(file.status)
                                              : status_text(file.status) + " — " + file.problem);
      item.set("listed", number(file.pages));
      item.set("index", flag(file.sitemaps > 0));
      item.set("sitemaps", number(file.sitemaps));
      sitemaps.push_back(item);
    }
    view.set("sitemaps", sitemaps);
    view.set("has_sitemaps", flag(!site.sitemaps.empty()));
  }

  // What an error page offers, in words: "link to the home page, phone".
  std::string offers(const std::optional<model::NotFoundPage>& page) const {
    if (!page) return t("no_html_page");
    const std::pair<bool, std::string_view> parts[] = {
        {page->links_home, "offer_home"},          {page->has_phone, "offer_phone"},
        {page->has_email, "offer_email"},          {page->links_contact, "offer_contact_link"},
        {page->has_search_form, "offer_search_form"}, {page->has_contact_form, "offer_contact_form"}};
    std::string text;
    for (const auto& [present, key] : parts) {
      if (present) text += (text.empty() ? "" : ", ") + t(key);
    }
    return text.empty() ? t("offers_nothing") : text;
  }

  // "Joignabilité testée": each contact form's probe with its timeline (sent, acknowledged,
  // answered or still waiting). The confirmation text comes from the site: it is escaped.
  void add_probes(mu::data& view) const {
    const model::SiteProbes& probes = report_.site_model.probes;
    mu::data list{mu::data::type::list};
    for (const model::SiteProbe& probe : probes.forms) {
      mu::data item = link(probe.page);
      const std::string state(probe::to_string(probe.assessment.state));
      item.set("state", t("probe_state_" + state));
      item.set("state_class", state_class(probe.assessment.state));
      item.set("token", probe.record.token);
      item.set("reason", probe.assessment.state == probe::ProbeState::answered
                             ? std::string() : probe.assessment.reason);
      item.set("confirmation", probe.record.confirmation);
      item.set("steps", probe_steps(probe, probes.deadline_hours));
      list.push_back(item);
    }
    view.set("probes", list);
    view.set("has_probes", flag(!probes.forms.empty()));
    // The section shows the probes, the call log (html_reachability.h) or both.
    view.set("has_reachability",
             flag(!probes.forms.empty() || !report_.site_model.calls.empty()));
  }

  static std::string state_class(probe::ProbeState state) {
    switch (state) {
      case probe::ProbeState::answered: return "status-pass";
      case probe::ProbeState::unanswered: return "status-fail";
      case probe::ProbeState::waiting:
      case probe::ProbeState::acknowledged: return "status-not_applicable";
      default: return "status-error";
    }
  }

  mu::data probe_steps(const model::SiteProbe& probe, double deadline_hours) const {
    mu::data steps{mu::data::type::list};
    auto add = [&](const std::string& key, const std::map<std::string, std::string>& fields) {
      mu::data step;
      step.set("text", rules::format_message(t(key), fields));
      steps.push_back(step);
    };
    const probe::ProbeAssessment& a = probe.assessment;
    if (a.state == probe::ProbeState::not_probed || a.state == probe::ProbeState::captcha) {
      return steps;
    }
    add("probe_sent", {{"date", display_date_time(probe.record.sent_at, lang_)},
                       {"status", std::to_string(probe.record.http_status)}});
    if (a.acknowledged_after_s) {
      add("probe_acknowledged_after", {{"delay", duration_text(*a.acknowledged_after_s)}});
    }
    if (a.answered_after_s) {
      add("probe_answered_after", {{"delay", duration_text(*a.answered_after_s)}});
    } else if (a.state == probe::ProbeState::unanswered) {
      add("probe_no_answer_after",
          {{"delay", duration_text(static_cast<long long>(deadline_hours * 3600))}});
    } else if (const auto sent = util::parse_iso8601(probe.record.sent_at)) {
      const auto until = *sent + static_cast<std::time_t>(deadline_hours * 3600);
      add("probe_waiting_until", {{"date", display_date_time(util::to_iso8601(until), lang_)}});
    }
    return steps;
  }

  mu::data not_found_probes() const {
    mu::data list{mu::data::type::list};
    for (const model::NotFoundCheck& check : report_.site_model.not_found_checks) {
      mu::data item = link(check.url);
      const bool asked = !check.status.disallowed_by_robots;
      std::string status = asked ? status_text(check.status) : t("disallowed_by_robots");
      if (check.soft()) status += " — " + t("soft_404");
      item.set("status", status);
      item.set("final_url", link(check.final_url));
      item.set("redirected", flag(check.final_url != check.url));
      item.set("offers", asked ? offers(check.page) : std::string("—"));
      list.push_back(item);
    }
    return list;
  }

  // What changed since the previous run or the baseline, and the trend chart (changes.html).
  void add_changes(mu::data& view) const {
    const Changes& changes = report_.changes;
    view.set("has_changes", flag(changes.compared()));
    view.set("since_run", flag(changes.previous.has_value()));
    view.set("previous_run", number(changes.previous ? changes.previous->run : 0));
    view.set("previous_date", display_date_time(changes.previous ? changes.previous->finished_at : "", lang_));
    view.set("baseline", changes.baseline);
    view.set("has_delta", flag(changes.score_delta.has_value()));
    const int delta = changes.score_delta.value_or(0);
    view.set("delta", (delta > 0 ? "+" : "") + std::to_string(delta));
    view.set("delta_class", delta < 0   ? "status-fail"
                            : delta > 0 ? "status-pass"
                                        : "status-not_applicable");
    view.set("new_count", number(static_cast<long long>(changes.new_findings.size())));
    view.set("fixed_count", number(static_cast<long long>(changes.fixed.size())));
    mu::data added{mu::data::type::list};
    for (const ReportFinding& finding : report_.findings) {
      if (!finding.is_new) continue;
      mu::data item = finding_item(finding);
      item.set("rule", finding.rule);
      added.push_back(item);
    }
    view.set("new_findings", added);
    mu::data fixed{mu::data::type::list};
    for (const FindingRef& ref : changes.fixed) {
      const RuleSummary* rule = find_rule(report_, ref.rule);
      mu::data item;
      item.set("title", rule ? rule->title : ref.rule);
      item.set("rule", ref.rule);
      item.set("key", ref.key);
      item.set("has_key", flag(!ref.key.empty()));
      fixed.push_back(item);
    }
    view.set("fixed_findings", fixed);
    const std::string chart = trend_svg(report_.trend, report_.categories, t("overall_score"), lang_);
    view.set("has_trend", flag(!chart.empty()));
    view.set("trend_svg", chart);  // built escaped; the template inserts it as is
  }

  const Report& report_;
  std::string lang_;
};

Result<std::string> read_template(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  if (in) text << in.rdbuf();
  if (!in || in.bad()) {
    return make_error(Error::Code::io, "cannot read the html report template", path.string());
  }
  return text.str();
}

// Every reports/partials/NAME.mustache as the partial {{>partial_NAME}} (a name no view key
// takes), read once per render: sections several people change at once live in files of their
// own.
Result<void> add_partials(mu::data& view, const std::filesystem::path& dir) {
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".mustache") files.push_back(entry.path());
  }
  if (ec) return make_error(Error::Code::io, "cannot list report partials: " + ec.message(), dir.string());
  std::sort(files.begin(), files.end());
  for (const std::filesystem::path& file : files) {
    Result<std::string> text = read_template(file);
    if (!text) return tl::unexpected(text.error());
    view.set("partial_" + file.stem().string(), mu::partial([text = *text] { return text; }));
  }
  return {};
}

}  // namespace

Result<std::string> render_html(const Report& report, const std::filesystem::path& templates_dir) {
  const std::filesystem::path path = templates_dir / kHtmlTemplate;
  Result<std::string> source = read_template(path);
  if (!source) return tl::unexpected(source.error());
  mu::mustache tmpl(*source);
  // Ours also turns invalid UTF-8 into U+FFFD; mustache's own escaping passes bytes through.
  tmpl.set_custom_escape([](const std::string& value) { return html_escape(value); });
  if (!tmpl.is_valid()) {
    return make_error(Error::Code::input, "invalid template: " + tmpl.error_message(),
                      path.string());
  }
  Result<std::string> changes = read_template(templates_dir / kChangesTemplate);
  if (!changes) return tl::unexpected(changes.error());
  mu::data view = ViewBuilder(report).build();
  view.set("changes_section", mu::partial([&changes]() { return *changes; }));
  if (auto partials = add_partials(view, templates_dir / "partials"); !partials) {
    return tl::unexpected(partials.error());
  }
  std::string html = tmpl.render(view);
  if (!tmpl.is_valid()) {
    return make_error(Error::Code::input, "cannot render template: " + tmpl.error_message(),
                      path.string());
  }
  return html;
}

}  // namespace joignable::report
