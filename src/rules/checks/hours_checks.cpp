// Rules of the "hours" category (rules/hours.toml): the site states its opening hours, marks them
// up for search engines, and every source (pages, structured data, listings) gives the same week.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "model/listing_compare.h"
#include "rules/checks/check_support.h"
#include "rules/checks/checks.h"

namespace joignable::rules::checks {
namespace {

using extract::HoursOrigin;

bool from_site(const model::SiteHours& hours) { return hours.origin != HoursOrigin::listing; }

// Neutral, language-free naming of a source for messages and evidence.
std::string source_name(const model::SiteHours& hours) { return model::hours_source_name(hours); }

// The source the others are compared with: the one given on the most pages (a footer shared by
// the whole site), structured data first on a tie, then the first found.
const model::SiteHours& reference(const std::vector<model::SiteHours>& all) {
  return *std::max_element(
      all.begin(), all.end(), [](const model::SiteHours& a, const model::SiteHours& b) {
        const auto rank = [](const model::SiteHours& h) {
          return std::pair(h.pages.size(), h.origin == HoursOrigin::structured_data);
        };
        return rank(a) < rank(b);
      });
}

}  // namespace

Outcome check_hours_missing(const RuleInput& in) {
  if (!in.site.home_reachable) return Outcome::not_applicable();
  if (std::any_of(in.site.hours.begin(), in.site.hours.end(), from_site)) return Outcome::passed();
  Finding finding;
  finding.url = home_url(in.site);
  finding.evidence = "no opening hours in the text or structured data of " +
                     std::to_string(in.site.pages.size()) + " crawled pages";
  if (!in.site.unparsed_hours.empty()) {
    const model::UnparsedHours& first = in.site.unparsed_hours.front();
    finding.evidence +=
        "; hours-like text not understood on " + first.page + ": \"" + first.text + "\"";
  }
  finding.fields = {{"pages_count", std::to_string(in.site.pages.size())},
                    {"unparsed_count", std::to_string(in.site.unparsed_hours.size())}};
  return Outcome::failed({std::move(finding)});
}

Outcome check_hours_no_structured_data(const RuleInput& in) {
  if (!in.site.home_reachable) return Outcome::not_applicable();
  const model::SiteHours* text = nullptr;
  for (const model::SiteHours& hours : in.site.hours) {
    if (hours.origin == HoursOrigin::structured_data) return Outcome::passed();
    if (hours.origin == HoursOrigin::text && text == nullptr) text = &hours;
  }
  if (text == nullptr) return Outcome::not_applicable();
  const std::string spec = extract::to_spec(text->hours);
  Finding finding;
  finding.url = text->url;
  finding.evidence = "hours shown as text (" + spec + ") on " + list_pages(text->pages) +
                     "; no schema.org openingHours or OpeningHoursSpecification on any page";
  finding.fields = {{"url", text->url}, {"spec", spec}};
  return Outcome::failed({std::move(finding)});
}

Outcome check_hours_inconsistent(const RuleInput& in) {
  if (!in.site.home_reachable || in.site.hours.size() < 2) return Outcome::not_applicable();
  const model::SiteHours& base = reference(in.site.hours);
  std::vector<Finding> findings;
  for (const model::SiteHours& other : in.site.hours) {
    if (&other == &base || extract::same_weekly(base.hours, other.hours)) continue;
    const std::string differences = extract::weekly_differences(base.hours, other.hours);
    Finding finding;
    finding.url = other.url;
    finding.evidence = source_name(base) + " vs " + source_name(other) + ": " + differences;
    finding.fields = {{"source_a", source_name(base)},
                      {"spec_a", extract::to_spec(base.hours)},
                      {"source_b", source_name(other)},
                      {"spec_b", extract::to_spec(other.hours)},
                      {"differences", differences}};
    findings.push_back(std::move(finding));
  }
  return fail_if_any(std::move(findings));
}

}  // namespace joignable::rules::checks
