// Rules of the "links" category (rules/links.toml): the home page answers, links lead somewhere.
#include <string>
#include <vector>

#include "rules/checks/check_support.h"
#include "rules/checks/checks.h"

namespace joignable::rules::checks {
namespace {

Outcome broken_links(const RuleInput& in, bool internal) {
  if (!in.site.home_reachable) return Outcome::not_applicable();
  std::vector<Finding> findings;
  for (const auto& link : in.site.broken_links) {
    if (link.internal != internal) continue;
    Finding finding;
    finding.url = link.url;
    finding.evidence = status_evidence(link.status) + "; linked from " + list_pages(link.found_on);
    finding.fields = {{"url", link.url},
                      {"status", status_text(link.status)},
                      {"found_on", link.found_on.empty() ? std::string() : link.found_on.front()},
                      {"found_on_count", std::to_string(link.found_on.size())}};
    findings.push_back(std::move(finding));
  }
  return fail_if_any(std::move(findings));
}

}  // namespace

Outcome check_site_unreachable(const RuleInput& in) {
  if (in.site.home_reachable) return Outcome::passed();
  Finding finding;
  finding.url = in.site.site;
  finding.evidence = status_evidence(in.site.home_status);
  finding.fields = {{"url", in.site.site}, {"status", status_text(in.site.home_status)}};
  return Outcome::failed({std::move(finding)});
}

Outcome check_link_broken_internal(const RuleInput& in) { return broken_links(in, true); }

Outcome check_link_broken_external(const RuleInput& in) { return broken_links(in, false); }

Outcome check_link_blocked(const RuleInput& in) {
  if (!in.site.home_reachable) return Outcome::not_applicable();
  std::vector<Finding> findings;
  for (const auto& link : in.site.blocked_links) {
    Finding finding;
    finding.url = link.url;
    finding.evidence = status_evidence(link.status) + " with a bot-protection challenge";
    finding.fields = {{"url", link.url}, {"status", status_text(link.status)}};
    findings.push_back(std::move(finding));
  }
  return fail_if_any(std::move(findings));
}

}  // namespace joignable::rules::checks
