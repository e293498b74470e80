// Report: the one value every writer reads (json, html, md, junit, csv), built from the stages'
// outputs in the report's language (build_report.h). Writers never look anywhere else, so a
// Report built by hand in a test renders exactly like a real one. A plain value.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/listing_compare.h"
#include "model/site_model.h"
#include "render/screenshot.h"
#include "rules/outcome.h"
#include "score/score.h"

namespace joignable::report {

struct ReportFinding {
  std::string rule;      // "phone.premium_rate"
  std::string category;  // "phone"
  rules::Severity severity = rules::Severity::warning;
  double weight = 0;
  std::string url;
  std::string message;   // the rule's message with the finding's fields filled in, localized
  std::string evidence;  // the rule's evidence template filled in, localized; untrusted values
  std::string key;       // what it is about, stable across runs (rules/finding_key.h)
  bool is_new = false;   // absent from the run or baseline compared with (Changes)
  std::string evidence_id = {};  // which evidence template of the rule ("" for its only one)
  std::map<std::string, std::string> values = {};  // its raw fields: report.json "values"
  // The overall score fixing it would give back (its rule's share, split among the rule's
  // findings): see rule_points() in build_report.h.
  double points = 0;
};

// One line per evaluated rule, for the JUnit writer and the report's checklist.
struct RuleSummary {
  std::string id, category;
  rules::Severity severity = rules::Severity::warning;
  double weight = 0;
  rules::Outcome::Status status = rules::Outcome::Status::pass;
  std::string title, why, fix;  // localized
  std::string error_message;    // when status is error
  int findings = 0;
  std::string checked = {};    // what it verifies, as a fact (localized); "" when undeclared
  std::string threshold = {};  // its options as set for this audit: "max_depth = 3"; ""
};

struct CategorySummary {
  std::string id, title;  // title localized
  std::optional<int> score;
  double weight = 0;  // its share of the overall score (rules/categories.toml)
};

// One setting of the audit, for the report's header: a label key of labels.cpp
// ("setting_max_pages") and its value as written.
struct Setting {
  std::string key, value;
};

// One listing of the target as report.json's "listings" gives it: the contract's five values,
// then everything the listing says (normalised, untrusted text) and how it compares with the site.
struct ListingSummary {
  std::string name, kind;
  std::string phone;    // its first phone in E.164 (as written when not a valid number); ""
  std::string address;  // its postal address on one line; ""
  std::string hours;    // its weekly hours as an OSM-style spec, else as written; ""
  listings::Listing listing;
  model::ListingComparison comparison;
};

// A finding as two runs compare it: its rule and its key.
struct FindingRef {
  std::string rule, key;
  auto operator<=>(const FindingRef&) const = default;
};

// The run a report is compared with, when it comes from the store.
struct PreviousRun {
  long long run = 0;
  std::string finished_at;
  std::optional<int> score;
};

// What changed since the previous finished run of the target, or since a baseline report.json
// (report.json "changes"). Empty on a first run: nothing to compare with.
struct Changes {
  std::optional<PreviousRun> previous;  // nullopt with a baseline or on a first run
  std::string baseline;                 // the baseline report.json as given; "" for none
  std::vector<FindingRef> new_findings;  // found now, not then; report order
  std::vector<FindingRef> fixed;         // found then, not now; sorted
  std::optional<int> score_delta;        // overall now minus then, when both exist

  bool compared() const { return previous.has_value() || !baseline.empty(); }
};

// One finished run of the target as the trend chart draws it.
struct TrendPoint {
  std::string finished_at;
  std::optional<int> overall;
  std::vector<CategorySummary> categories;  // display order; titles may be empty
};

struct Report {
  std::string tool_version;
  std::string target_name, site, region, lang;
  std::string started_at, finished_at;  // ISO-8601, UTC
  std::optional<int> overall_score;
  std::string grade;
  std::vector<CategorySummary> categories;  // display order
  model::SiteModel site_model;              // pages, broken links, contact points
  std::vector<ListingSummary> listings;
  std::vector<ReportFinding> findings;  // most urgent first: severity, then weight, then rule id
  std::vector<RuleSummary> rules;       // catalogue order
  Changes changes;                      // since the previous run or the baseline
  std::vector<TrendPoint> trend;        // earlier finished runs, oldest first, then this one
  std::vector<rules::GradeBand> grades;  // best first, for the methodology and the gauges
  std::vector<Setting> settings;         // the audit's settings (crawl limits, listings...)
  // The home and contact pages as a visitor sees them, phone width first (render/screenshot.h);
  // empty when turned off ([report] screenshots) or when none could be taken.
  std::vector<render::Screenshot> screenshots = {};
  // Why they are missing although wanted, one line (render::kNoBrowserNote without Chromium);
  // "" when taken or turned off.
  std::string screenshots_note = {};
};

// "pass", "fail", "not_applicable", "error": the spelling of report.json's rules[].status.
std::string_view to_string(rules::Outcome::Status status);

}  // namespace joignable::report
