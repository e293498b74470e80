// build_report: gathers the outputs of every stage into the Report the writers read, in the
// target's language: rule texts localized, finding messages filled from their fields, findings
// sorted most urgent first. Pure function of its arguments; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "model/site_model.h"
#include "report/report.h"
#include "rules/catalogue.h"
#include "rules/evaluate.h"
#include "score/score.h"
#include "target/target.h"

namespace joignable::report {

struct RunTimes {
  std::string started_at, finished_at;  // ISO-8601, UTC
};

// The Report of one audit. Report::lang is "en" when target.lang is "en", else "fr" (the only
// languages the catalogue carries). Listings are the site model's (the target's, as the listings
// stage read them), each compared with the site. Every result must point into catalogue.
Report build_report(const target::Target& target, model::SiteModel site,
                    const rules::Catalogue& catalogue,
                    const std::vector<rules::RuleResult>& results, const score::Scores& scores,
                    const RunTimes& times);

// One listing as the report shows it: the contract's values (first phone, address on one line,
// weekly spec) and its comparison with `site`.
ListingSummary summarise_listing(const model::SiteModel& site, const listings::Listing& listing);

// The overall score a failed rule gives back once fixed: 100 x its weight over the weights of
// its category's scored rules (pass or fail), x its category's weight over the weights of the
// categories that have a score; 0 for a rule that is not scored. Each finding of the rule
// carries an equal share, so the points of a report's findings add up to what fixing them all
// would give back (before rounding).
double rule_points(const rules::Catalogue& catalogue,
                   const std::vector<rules::RuleResult>& results, const rules::RuleResult& rule);

// Most urgent first: points (more first), then severity (error, warning, info), then weight
// (higher first), then rule id, then url. The order of report.json's findings and of every writer.
bool more_urgent(const ReportFinding& a, const ReportFinding& b);

}  // namespace joignable::report
