// report.json (schema "joignable.report/1", CONTRACT.md) and the contact-points object alone (for
// `joignable extract`). Crawled text that is not valid UTF-8 is written with U+FFFD in place of
// the bad bytes. Pure functions; thread-safe.
#pragma once

#include <ostream>
#include <string>

#include "model/site_model.h"
#include "report/report.h"

namespace joignable::report {

inline constexpr const char* kReportSchema = "joignable.report/1";

// The whole report, pretty-printed with two spaces, ending with a newline. Every key of the
// contract is present; unknown values are null (a category without a score, a page without a
// click depth, a form whose action was not checked). Adds "rules" (one summary per evaluated
// rule), "blocked_links" and findings[].title to the contract's keys.
std::string render_json(const Report& report);
// The same, written to `out` section by section: a large report is never held whole.
void write_json(const Report& report, std::ostream& out);

// The contract's "contact_points" object for one site model, pretty-printed, without a final
// newline (the caller prints one).
std::string render_contact_points_json(const model::SiteModel& site);

}  // namespace joignable::report
