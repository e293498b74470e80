// Small helpers shared by the rule functions of checks/: how a fetch status, a page list or the
// home page is described in a Finding, and how an option is read. Internal to checks/; pure
// functions, thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <tl/expected.hpp>

#include "crawl/fetch_status.h"
#include "model/site_model.h"
#include "rules/message.h"
#include "rules/outcome.h"

namespace joignable::rules::checks {

// "HTTP 404", or the network error as spelled in report.json ("timeout", "dns"...), for {status}.
std::string status_text(const crawl::FetchStatus& status);


// The home page's URL: pages[0] when the crawl got that far, else the target's site.
const std::string& home_url(const model::SiteModel& site);

// Whether `pages` holds the home page.
bool includes_home(const model::SiteModel& site, const std::vector<std::string>& pages);

// The click depth of a crawled page; nullopt when it has none or was not crawled.
std::optional<int> depth_of(const model::SiteModel& site, const std::string& url);

// The pages that show `phone` to a reader (its pages but those giving it only in structured
// data), and whether there is any.
std::vector<std::string> shown_pages(const model::SitePhone& phone);
bool shown_anywhere(const model::SitePhone& phone);

// A source of hours as a `source_a`/`*_source` field (report/values.h): "listing:NAME",
// "text:URL" or "structured_data:URL".
std::string hours_source_field(const model::SiteHours& hours);

// The contract names of the days on which `a` and `b` differ, joined by "," (a `days` field).
std::string differing_days(const extract::OpeningHours& a, const extract::OpeningHours& b);

// Hours as a person writes them, with at most `decimals` decimals and no trailing zero: "48",
// "1.5", "30.25" (a field for {hours}, {max_hours}, {delay}...).
std::string hours_text(double hours, int decimals);

// `findings` as a failure, or a pass when there are none.
Outcome fail_if_any(std::vector<Finding> findings);

// An `error` outcome, for a rule that cannot run as configured (a mistyped option).
Outcome rule_error(std::string message);

// The integer option `name`: a whole number, or an error outcome saying what is wrong.
tl::expected<long long, Outcome> int_option(const RuleOptions& options, const std::string& name);

// The number option `name` (an integer or a fraction), or an error outcome saying what is wrong.
tl::expected<double, Outcome> number_option(const RuleOptions& options, const std::string& name);

}  // namespace joignable::rules::checks
