#include "report/build_report.h"

#include <algorithm>
#include <cassert>
#include <cctype>
#include <map>
#include <tuple>
#include <utility>

#include "report/labels.h"
#include "rules/finding_key.h"
#include "rules/message.h"
#include "util/build_info.h"

namespace joignable::report {
namespace {

std::vector<CategorySummary> categories_of(const rules::Catalogue& catalogue,
                                           const score::Scores& scores, const std::string& lang) {
  std::vector<CategorySummary> categories;
  for (const rules::CategoryDeclaration& declared : catalogue.categories) {
    CategorySummary category{declared.id, declared.title.in(lang), std::nullopt};
    if (const auto found = scores.categories.find(declared.id); found != scores.categories.end()) {
      category.score = found->second;
    }
    categories.push_back(std::move(category));
  }
  return categories;
}

RuleSummary summary_of(const rules::RuleResult& result, const std::string& lang) {
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
  summary.error_message = result.outcome.error_message;
  if (result.outcome.status == rules::Outcome::Status::fail) {
    summary.findings = static_cast<int>(result.outcome.findings.size());
  }
  return summary;
}

// Call-log findings carry codes for the day, the outcome, the source of hours and the callback
// (rules/checks/call_checks.cpp): the reader gets them in words, in the report's language.
std::map<std::string, std::string> in_words(std::map<std::string, std::string> fields,
                                            const std::string& lang) {
  const auto word = [&](const std::string& key) { return std::string(label(key, lang)); };
  if (auto it = fields.find("day"); it != fields.end() && it->second.size() == 2) {
    std::string day = word("day_" + std::string{static_cast<char>(std::tolower(it->second[0])),
                                                 static_cast<char>(std::tolower(it->second[1]))});
    if (lang == "fr") day[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(day[0])));
    it->second = day;
  }
  if (auto it = fields.find("outcome"); it != fields.end()) {
    it->second = word("call_outcome_" + it->second);
  }
  if (auto it = fields.find("callback"); it != fields.end()) {
    it->second = rules::format_message(word("call_callback_" + it->second), fields);
  }
  if (auto it = fields.find("source"); it != fields.end()) {
    std::string& source = it->second;
    if (source == "site" || source == "structured_data") {
      source = word("call_source_" + source);
    } else if (source.starts_with("listing:")) {
      source = word("call_source_listing") + " " + source.substr(8);
    }
  }
  return fields;
}

void add_findings(const rules::RuleResult& result, const std::string& lang, const std::string& site,
                  std::vector<ReportFinding>& findings) {
  if (result.outcome.status != rules::Outcome::Status::fail) return;
  const rules::RuleDeclaration& rule = *result.rule;
  for (const rules::Finding& finding : result.outcome.findings) {
    const auto fields = in_words(finding.fields, lang);
    findings.push_back({rule.id, rule.category, rule.severity, rule.weight, finding.url,
                        rules::format_message(rule.message.in(lang), fields), finding.evidence,
                        rules::finding_key(rule.id, finding, site), false});
  }
}

}  // namespace

ListingSummary summarise_listing(const model::SiteModel& site, const model::Listing& listing) {
  ListingSummary summary;
  summary.name = listing.name;
  summary.kind = listing.kind;
  if (!listing.phones.empty()) {
    const model::ListingPhone& first = listing.phones.front();
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

bool more_urgent(const ReportFinding& a, const ReportFinding& b) {
  // Severity's enumerators are declared most severe first.
  return std::tie(a.severity, b.weight, a.rule, a.url) <
         std::tie(b.severity, a.weight, b.rule, b.url);
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
  for (const model::Listing& listing : site.listings) {
    report.listings.push_back(summarise_listing(site, listing));
  }
  report.site_model = std::move(site);
  for (const rules::RuleResult& result : results) {
    assert(result.rule != nullptr && "a rule result must point into the catalogue");
    report.rules.push_back(summary_of(result, report.lang));
    add_findings(result, report.lang, report.site, report.findings);
  }
  std::stable_sort(report.findings.begin(), report.findings.end(), more_urgent);
  return report;
}

}  // namespace joignable::report
