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
  finding.fields = {{"pages_count", std::to_string(in.site.pages.size())},
                    {"unparsed_count", std::to_string(in.site.unparsed_hours.size())}};
  finding.evidence_id = "none";
  if (!in.site.unparsed_hours.empty()) {
    const model::UnparsedHours& first = in.site.unparsed_hours.front();
    finding.evidence_id = "unparsed";
    finding.fields["unparsed_page"] = first.page;
    finding.fields["unparsed_text"] = first.text;
  }
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
  finding.fields = {{"url", text->url}, {"spec", spec}, {"pages", list_field(text->pages)}};
  return Outcome::failed({std::move(finding)});
}

Outcome check_hours_inconsistent(const RuleInput& in) {
  if (!in.site.home_reachable || in.site.hours.size() < 2) return Outcome::not_applicable();
  const model::SiteHours& base = reference(in.site.hours);
  std::vector<Finding> findings;
  for (const model::SiteHours& other : in.site.hours) {
    if (&other == &base || extract::same_weekly(base.hours, other.hours)) continue;
    Finding finding;
    finding.url = other.url;
    finding.fields = {{"source_a", hours_source_field(base)},
                      {"spec_a", extract::to_spec(base.hours)},
                      {"source_b", hours_source_field(other)},
                      {"spec_b", extract::to_spec(other.hours)},
                      {"days", differing_days(base.hours, other.hours)}};
    findings.push_back(std::move(finding));
  }
  return fail_if_any(std::move(findings));
}

}  // namespace joignable::rules::checks
