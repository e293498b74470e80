// Rules of the "forms" category (rules/forms.toml): the customer can write to the company, in their
// own words, through a form that works and is encrypted. Only contact forms count for
// form.missing, form.action_broken and form.no_free_text; every form counts for labels and http.
#include <string>
#include <vector>

#include "rules/checks/check_support.h"
#include "rules/checks/checks.h"

namespace joignable::rules::checks {
namespace {

bool is_contact(const model::SiteForm& form) {
  return form.form.kind == extract::FormKind::contact;
}

bool has_contact_form(const model::SiteModel& site) {
  for (const auto& form : site.forms) {
    if (is_contact(form)) return true;
  }
  return false;
}

bool is_plain_http(const std::string& url) {
  static constexpr std::string_view kHttp = "http://";
  if (url.size() < kHttp.size()) return false;
  for (size_t i = 0; i < kHttp.size(); ++i) {
    char c = url[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != kHttp[i]) return false;
  }
  return true;
}

Finding form_finding(const model::SiteForm& form) {
  Finding finding;
  finding.url = form.page;
  finding.fields = {{"url", form.page},
                    {"action", form.form.action},
                    {"fields", std::to_string(form.form.fields)}};
  return finding;
}

}  // namespace

Outcome check_form_missing(const RuleInput& in) {
  if (!in.site.home_reachable) return Outcome::not_applicable();
  if (has_contact_form(in.site) || !in.site.emails.empty()) return Outcome::passed();
  Finding finding;
  finding.url = home_url(in.site);
  finding.fields = {{"pages_count", std::to_string(in.site.pages.size())}};
  return Outcome::failed({std::move(finding)});
}

Outcome check_form_action_broken(const RuleInput& in) {
  if (!in.site.home_reachable) return Outcome::not_applicable();
  bool checked = false;
  std::vector<Finding> findings;
  for (const auto& form : in.site.forms) {
    if (!is_contact(form) || !form.action_status) continue;
    checked = true;
    if (!form.action_status->is_broken()) continue;
    Finding finding = form_finding(form);
    finding.fields["status"] = status_text(*form.action_status);
    finding.fields["detail"] = form.action_status->error_detail;
    findings.push_back(std::move(finding));
  }
  if (!checked) return Outcome::not_applicable();
  return fail_if_any(std::move(findings));
}

Outcome check_form_no_free_text(const RuleInput& in) {
  if (!in.site.home_reachable || !has_contact_form(in.site)) return Outcome::not_applicable();
  std::vector<Finding> findings;
  for (const auto& form : in.site.forms) {
    if (!is_contact(form) || form.form.has_free_text) continue;
    findings.push_back(form_finding(form));
  }
  return fail_if_any(std::move(findings));
}

Outcome check_form_unlabelled_field(const RuleInput& in) {
  if (!in.site.home_reachable || in.site.forms.empty()) return Outcome::not_applicable();
  std::vector<Finding> findings;
  for (const auto& form : in.site.forms) {
    if (form.form.unlabelled_fields <= 0) continue;
    Finding finding = form_finding(form);
    finding.fields["count"] = std::to_string(form.form.unlabelled_fields);
    finding.fields["form_kind"] = std::string(extract::to_string(form.form.kind));
    findings.push_back(std::move(finding));
  }
  return fail_if_any(std::move(findings));
}

Outcome check_form_insecure(const RuleInput& in) {
  if (!in.site.home_reachable || in.site.forms.empty()) return Outcome::not_applicable();
  std::vector<Finding> findings;
  for (const auto& form : in.site.forms) {
    const bool page_http = is_plain_http(form.page);
    const bool action_http = is_plain_http(form.form.action);
    if (!page_http && !action_http) continue;
    Finding finding = form_finding(form);
    finding.evidence_id = !action_http ? "page" : page_http ? "page_and_action" : "action";
    findings.push_back(std::move(finding));
  }
  return fail_if_any(std::move(findings));
}

}  // namespace joignable::rules::checks
