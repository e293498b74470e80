// Rules of the "links" category (rules/links.toml): the home page answers, links lead somewhere,
// and a dead link lands on an error page that says so and shows the way on.
#include <algorithm>
#include <string>
#include <utility>
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
    // A missing anchor is not in the status: the page itself answers.
    const bool anchor = !link.missing_anchor.empty();
    Finding finding;
    finding.url = link.url;
    finding.evidence = (anchor ? status_text(link.status) + ", but the page has no element with id "
                                     "or name \"" + link.missing_anchor + "\""
                               : status_evidence(link.status)) +
                       "; linked from " + list_pages(link.found_on);
    finding.fields = {{"url", link.url},
                      {"status", anchor ? "missing_anchor" : status_text(link.status)},
                      {"found_on", link.found_on.empty() ? std::string() : link.found_on.front()},
                      {"found_on_count", std::to_string(link.found_on.size())}};
    findings.push_back(std::move(finding));
  }
  return fail_if_any(std::move(findings));
}

// "GET URL answered HTTP 404", with the redirects that led there.
std::string probe_evidence(const model::NotFoundCheck& check) {
  std::string text = "GET " + check.url + " answered " + status_evidence(check.status);
  if (check.final_url != check.url) {
    text += " after redirecting to " + check.final_url;
    if (check.redirected_home) text += " (the home page)";
  }
  return text;
}

// What an error page lacks, for the evidence: "no link to the home page, no phone, ...".
std::string missing_help(const model::NotFoundPage& page) {
  const std::vector<std::pair<bool, const char*>> parts = {
      {page.links_home, "no link to the home page"}, {page.has_phone, "no phone"},
      {page.has_email, "no e-mail"},                 {page.links_contact, "no contact link"},
      {page.has_search_form, "no search form"},      {page.has_contact_form, "no contact form"}};
  std::string text;
  for (const auto& [present, lack] : parts) {
    if (present) continue;
    text += (text.empty() ? "" : ", ") + std::string(lack);
  }
  return text;
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

Outcome check_site_soft_404(const RuleInput& in) {
  if (!in.site.home_reachable) return Outcome::not_applicable();
  std::vector<Finding> findings;
  bool answered = false;
  for (const auto& check : in.site.not_found_checks) {
    answered = answered || check.status.http_status > 0;
    if (!check.soft()) continue;
    Finding finding;
    finding.url = check.url;
    finding.evidence = probe_evidence(check);
    finding.fields = {{"url", check.url},
                      {"status", status_text(check.status)},
                      {"final_url", check.final_url}};
    findings.push_back(std::move(finding));
  }
  if (!answered) return Outcome::not_applicable();
  return fail_if_any(std::move(findings));
}

Outcome check_site_404_unhelpful(const RuleInput& in) {
  if (!in.site.home_reachable) return Outcome::not_applicable();
  std::vector<Finding> findings;
  bool real_page = false;
  std::vector<std::string> reported;  // the evidence of each page reported, once per kind of page
  for (const auto& check : in.site.not_found_checks) {
    if (!check.real()) continue;
    real_page = true;
    if (check.page && (check.page->links_home || check.page->offers_contact())) continue;
    const std::string lacks = check.page ? "the page has " + missing_help(*check.page)
                                         : "the answer is not an HTML page";
    if (std::find(reported.begin(), reported.end(), lacks) != reported.end()) continue;
    reported.push_back(lacks);
    Finding finding;
    finding.url = check.url;
    finding.evidence = probe_evidence(check) + "; " + lacks;
    finding.fields = {{"url", check.url}, {"status", status_text(check.status)}};
    findings.push_back(std::move(finding));
  }
  if (!real_page) return Outcome::not_applicable();
  return fail_if_any(std::move(findings));
}

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

Outcome check_link_refused_private(const RuleInput& in) {
  if (!in.site.home_reachable) return Outcome::not_applicable();  // site.unreachable says why
  std::vector<Finding> findings;
  for (const auto& link : in.site.refused_links) {
    Finding finding;
    finding.url = link.url;
    finding.evidence = link.evidence;
    finding.fields = {{"url", link.url},
                      {"refused_url", link.refused_url},
                      {"address", link.address},
                      {"kind", link.kind}};
    findings.push_back(std::move(finding));
  }
  return fail_if_any(std::move(findings));
}

}  // namespace joignable::rules::checks
