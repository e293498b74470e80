// Parts of the HTML report's view that have a partial of their own in reports/partials/: the
// overview a manager reads first (gauges, header facts, the audit's settings), the checks folded
// by outcome, the methodology appendix and the opening hours as a week grid per source. Each
// function returns the mustache data its partial reads, in the report's language. Part of the
// HTML writer (the only mustache includer besides html_writer.cpp). Pure; thread-safe.
#pragma once

#include <kainjow/mustache.hpp>

#include "report/report.h"

namespace joignable::report::html {

// Keys: gauges[] {title, score, has_score, band, dash, overall, grade}, bands[] {band, label},
// facts[] {label, value}, settings[] {label, value}.
kainjow::mustache::data overview(const Report& report);

// Keys: failed[] {title, rule_id, severity_class, severity_label, status_class, status_label,
// points, count, error}, passed[] / not_applicable[] {text, rule_id}, has_* and *_count.
kainjow::mustache::data checks(const Report& report);

// Keys: categories[] {title, weight}, rules[] {category, title, rule_id, severity_label, weight,
// threshold}, grades[] {grade, range}.
kainjow::mustache::data methodology(const Report& report);

// Keys: sources[] {name}, days[] {day, cells[] {text}, differs}, has_grid.
kainjow::mustache::data week_grid(const Report& report);

}  // namespace joignable::report::html
