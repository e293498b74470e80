#include "report/build_report.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <filesystem>
#include <sstream>
#include <type_traits>
#include <variant>
#include <tuple>
#include <utility>

#include "report/values.h"
#include "rules/finding_key.h"
#include "rules/message.h"
#include "util/build_info.h"

namespace joignable::report {
namespace {

std::vector<CategorySummary> categories_of(const rules::Catalogue& catalogue,
                                           const score::Scores& scores, const std::string& lang) {
  std::vector<CategorySummary> categories;
  for (const rules::CategoryDeclaration& declared : catalogue.categories) {
    CategorySummary category{declared.id, declared.title.in(lang), std::nullopt, declared.weight};
    if (const auto found = scores.categories.find(declared.id); found != scores.categories.end()) {
      category.score = found->second;
    }
    categories.push_back(std::move(category));
  }
  return categories;
}

// A rule's options as the methodology shows them: "max_depth = 3, min_pages = 2".
std::string options_text(const rules::RuleOptions& options) {
  std::string text;
  for (const auto& [name, value] : options) {
    if (!text.empty()) text += ", ";
    text += name + " = ";
    std::visit(
        [&text](const auto& held) {
          using T = std::decay_t<decltype(held)>;
          if constexpr (std::is_same_v<T, bool>) {
            text += held ? "true" : "false";
          } else if constexpr (std::is_same_v<T, std::string>) {
            text += held;
          } else if constexpr (std::is_same_v<T, double>) {
            std::ostringstream number;
            number << held;
            text += number.str();
          } else {
            text += std::to_string(held);
          }
        },
        value);
  }
  return text;
}

// The audit's settings for the report's header, as the target set them.
std::vector<Setting> settings_of(const target::Target& target) {
  const target::CrawlOptions& crawl = target.crawl;
  std::vector<Setting> settings = {
      {"setting_region", target.region},
      {"setting_max_pages", std::to_string(crawl.max_pages)},
      {"setting_max_depth", std::to_string(crawl.max_depth)},
      {"setting_concurrency", std::to_string(crawl.concurrency)},
      {"setting_delay_ms", std::to_string(crawl.delay_ms)},
      {"setting_respect_robots", crawl.respect_robots ? "yes" : "no"},
      {"setting_timeout_ms", std::to_string(crawl.timeout_ms)},
      {"setting_listings", std::to_string(target.listings.size())},
  };
  std::string disabled;
  for (const std::string& id : target.disabled_rules) disabled += (disabled.empty() ? "" : ", ") + id;
  if (!disabled.empty()) settings.push_back({"setting_disabled_rules", disabled});
  return settings;
}

RuleSummary summary_of(const rules::RuleResult& result, const target::Target& target,
                       const std::string& lang) {
  const rules::RuleDeclaration& rule = *result.rule;
  RuleSummary summary;
  summary.id = rule.id;
  summary.category = rule.category;
  summary.severity = rule.severity;
  summary.weight = rule.weight;
  summary.status = result.outcome.status;
  summary.title = rule.title.in(lang);
  summary.why = rule.why.in(lang);
  summary.fix = rule.fix.in(lang);
  summary.checked = rule.checked.in(lang);
  summary.threshold = options_text(rules::resolve_options(rule, target));
  summary.error_message = result.outcome.error_message;
  if (result.outcome.status == rules::Outcome::Status::fail) {
    summary.findings = static_cast<int>(result.outcome.findings.size());
  }
  return summary;
}

// The evidence a reader sees: the rule's template for the finding, filled with the values in
// words; the finding's free text when the rule declares no such template.
std::string evidence_text(const rules::RuleDeclaration& rule, const rules::Finding& finding,
                          const std::map<std::string, std::string>& shown,
                          const std::string& lang) {
  const auto found = rule.evidence.find(finding.evidence_id);
  if (found == rule.evidence.end()) return finding.evidence;
  return rules::format_message(found->second.in(lang), shown);
}

void add_findings(const rules::RuleResult& result, double points, const std::string& lang,
                  const std::string& site,
                  std::vector<ReportFinding>& findings) {
  if (result.outcome.status != rules::Outcome::Status::fail) return;
  const rules::RuleDeclaration& rule = *result.rule;
  const double share = points / static_cast<double>(result.outcome.findings.size());
  for (const rules::Finding& finding : result.outcome.findings) {
    const std::map<std::string, std::string> shown = display_values(finding.fields, lang);
    ReportFinding out{rule.id, rule.category, rule.severity, rule.weight, finding.url,
                      rules::format_message(rule.message.in(lang), shown),
                      evidence_text(rule, finding, shown, lang),
                      rules::finding_key(rule.id, finding, site), false};
    out.evidence_id = finding.evidence_id;
    out.values = finding.fields;
    out.points = std::round(share * 10) / 10;
    findings.push_back(std::move(out));
  }
}

bool scored(const rules::RuleResult& result) {
  const auto status = result.outcome.status;
  return status == rules::Outcome::Status::pass || status == rules::Outcome::Status::fail;
}

// The weight of the scored rules of `category` (score.cpp's denominator).
double scored_weight(const std::vector<rules::RuleResult>& results, const std::string& category) {
  double total = 0;
  for (const rules::RuleResult& result : results) {
    if (result.rule != nullptr && result.rule->category == category && scored(result)) {
      total += result.rule->weight;
    }
  }
  return total;
}

bool is_web(const std::string& source) {
  return source.starts_with("http://") || source.starts_with("https://");
}

// The report goes to a client: a listing read from the auditor's own file is named by its name
// and kind alone, and its path leaves every field (the error quotes the file's name instead).
void forget_local_paths(model::SiteModel& site) {
  for (listings::Listing& listing : site.listings) {
    if (listing.source.empty() || is_web(listing.source)) continue;
    const std::string name = std::filesystem::path(listing.source).filename().string();
    for (std::size_t at = listing.error.find(listing.source); at != std::string::npos;
         at = listing.error.find(listing.source, at + name.size())) {
      listing.error.replace(at, listing.source.size(), name);
    }
    listing.source.clear();
  }
  for (model::SiteHours& hours : site.hours) {
    if (hours.origin == extract::HoursOrigin::listing && !is_web(hours.url)) hours.url.clear();
  }
}

}  // namespace

ListingSummary summarise_listing(const model::SiteModel& site, const listings::Listing& listing) {
  ListingSummary summary;
  summary.name = listing.name;
  summary.kind = listing.kind;
  if (!listing.phones.empty()) {
    const listings::ListingPhone& first = listing.phones.front();
    summary.phone = first.e164.empty() ? first.display : first.e164;
  }
  if (const auto address = model::listing_address(listing)) {
    summary.address = address->text();
  } else {
    summary.address = listing.address_text;
  }
  summary.hours =
      listing.hours.has_hours() ? extract::to_spec(listing.hours) : listing.hours_text;
  summary.listing = listing;
  summary.comparison = model::compare_listing(site, listing);
  return summary;
}

double rule_points(const rules::Catalogue& catalogue,
                   const std::vector<rules::RuleResult>& results, const rules::RuleResult& rule) {
  if (rule.rule == nullptr || !scored(rule) || rule.rule->weight <= 0) return 0;
  const double within = scored_weight(results, rule.rule->category);
  const rules::CategoryDeclaration* category = catalogue.find_category(rule.rule->category);
  if (within <= 0 || category == nullptr) return 0;
  double categories = 0;
  for (const rules::CategoryDeclaration& declared : catalogue.categories) {
    if (scored_weight(results, declared.id) > 0) categories += declared.weight;
  }
  if (categories <= 0) return 0;
  return 100 * (rule.rule->weight / within) * (category->weight / categories);
}

bool more_urgent(const ReportFinding& a, const ReportFinding& b) {
  // Severity's enumerators are declared most severe first.
  return std::tie(b.points, a.severity, b.weight, a.rule, a.url) <
         std::tie(a.points, b.severity, a.weight, b.rule, b.url);
}

Report build_report(const target::Target& target, model::SiteModel site,
                    const rules::Catalogue& catalogue,
                    const std::vector<rules::RuleResult>& results, const score::Scores& scores,
                    const RunTimes& times) {
  Report report;
  report.tool_version = build_info::kVersion;
  report.target_name = target.name;
  report.site = target.site_shown.empty() ? target.site : target.site_shown;
  report.region = target.region;
  report.lang = target.lang == "en" ? "en" : "fr";
  report.started_at = times.started_at;
  report.finished_at = times.finished_at;
  report.overall_score = scores.overall;
  report.grade = scores.grade;
  report.categories = categories_of(catalogue, scores, report.lang);
  report.grades = catalogue.grades;
  report.settings = settings_of(target);
  forget_local_paths(site);
  for (const listings::Listing& listing : site.listings) {
    report.listings.push_back(summarise_listing(site, listing));
  }
  report.site_model = std::move(site);
  for (const rules::RuleResult& result : results) {
    assert(result.rule != nullptr && "a rule result must point into the catalogue");
    report.rules.push_back(summary_of(result, target, report.lang));
    add_findings(result, rule_points(catalogue, results, result), report.lang, report.site,
                 report.findings);
  }
  std::stable_sort(report.findings.begin(), report.findings.end(), more_urgent);
  return report;
}

}  // namespace joignable::report
