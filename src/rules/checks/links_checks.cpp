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
    finding.evidence_id = anchor ? "anchor" : "status";
    finding.fields = {{"url", link.url},
                      {"status", anchor ? "missing_anchor" : status_text(link.status)},
                      {"http_status", status_text(link.status)},
                      {"detail", link.status.error_detail},
                      {"found_on", link.found_on.empty() ? std::string() : link.found_on.front()},
                      {"found_on_pages", list_field(link.found_on)},
                      {"found_on_count", std::to_string(link.found_on.size())}};
    if (anchor) finding.fields["anchor"] = link.missing_anchor;
    findings.push_back(std::move(finding));
  }
  return fail_if_any(std::move(findings));
}

// The finding about a request for a page that cannot exist, with what it answered and where it
// led.
Finding probe_finding(const model::NotFoundCheck& check, std::string evidence_id) {
  Finding finding;
  finding.url = check.url;
  finding.evidence_id = std::move(evidence_id);
  finding.fields = {{"url", check.url},
                    {"status", status_text(check.status)},
                    {"detail", check.status.error_detail},
                    {"final_url", check.final_url}};
  return finding;
}

// What an error page lacks, as a `missing_help` field: "home,phone,email...".
std::string missing_help(const model::NotFoundPage& page) {
  const std::vector<std::pair<bool, const char*>> parts = {
      {page.links_home, "home"},           {page.has_phone, "phone"},
      {page.has_email, "email"},           {page.links_contact, "contact_link"},
      {page.has_search_form, "search_form"}, {page.has_contact_form, "contact_form"}};
  std::string text;
  for (const auto& [present, lack] : parts) {
    if (present) continue;
    text += (text.empty() ? "" : ",") + std::string(lack);
  }
  return text;
}

}  // namespace

Outcome check_site_unreachable(const RuleInput& in) {
  if (in.site.home_reachable) return Outcome::passed();
  Finding finding;
  finding.url = in.site.site;
  finding.fields = {{"url", in.site.site},
                    {"status", status_text(in.site.home_status)},
                    {"detail", in.site.home_status.error_detail}};
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
    // Where the answer led: the same URL, another page, or the home page.
    findings.push_back(probe_finding(check, check.final_url == check.url ? "direct"
                                            : check.redirected_home      ? "redirected_home"
                                                                         : "redirected"));
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
    const std::string lacks = check.page ? missing_help(*check.page) : std::string();
    if (std::find(reported.begin(), reported.end(), lacks) != reported.end()) continue;
    reported.push_back(lacks);
    Finding finding = probe_finding(check, check.page ? "lacks" : "not_html");
    if (check.page) finding.fields["missing_help"] = lacks;
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
    finding.fields = {{"url", link.url},
                      {"status", status_text(link.status)},
                      {"detail", link.status.error_detail}};
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
    finding.fields = {{"url", link.url},
                      {"refused_url", link.refused_url},
                      {"address", link.address},
                      {"address_kind", link.kind}};
    findings.push_back(std::move(finding));
  }
  return fail_if_any(std::move(findings));
}

}  // namespace joignable::rules::checks
