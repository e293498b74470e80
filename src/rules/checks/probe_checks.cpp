// The form probe's rules (rules/forms.toml): did a person answer the message the probe sent
// through each contact form, and in time? They read the probes model/probes.h joined to the site;
// the deadline and the allowed delay come from the target's [probe] section.
#include <string>
#include <vector>

#include "rules/checks/check_support.h"
#include "rules/checks/checks.h"

namespace joignable::rules::checks {
namespace {

using probe::ProbeState;

Finding probe_finding(const model::SiteProbe& probe) {
  Finding finding;
  finding.url = probe.page;
  finding.fields = {{"url", probe.page},
                    {"action", probe.action},
                    {"token", probe.record.token},
                    {"sent_at", probe.record.sent_at}};
  return finding;
}

}  // namespace

Outcome check_form_unanswered(const RuleInput& in) {
  const model::SiteProbes& probes = in.site.probes;
  bool judged = false;
  std::vector<Finding> findings;
  for (const model::SiteProbe& probe : probes.forms) {
    const ProbeState state = probe.assessment.state;
    judged = judged || state == ProbeState::answered || state == ProbeState::unanswered;
    if (state != ProbeState::unanswered) continue;
    const bool acknowledged = probe.assessment.acknowledged_after_s.has_value();
    Finding finding = probe_finding(probe);
    finding.evidence_id = acknowledged ? "acknowledged" : "silent";
    finding.fields["hours"] = hours_text(probes.deadline_hours, 2);
    findings.push_back(std::move(finding));
  }
  if (!judged) return Outcome::not_applicable();
  return fail_if_any(std::move(findings));
}

Outcome check_form_slow_reply(const RuleInput& in) {
  const model::SiteProbes& probes = in.site.probes;
  const double max_seconds = probes.max_reply_hours * 3600.0;
  bool answered = false;
  std::vector<Finding> findings;
  for (const model::SiteProbe& probe : probes.forms) {
    const auto& after = probe.assessment.answered_after_s;
    if (probe.assessment.state != ProbeState::answered || !after) continue;
    answered = true;
    if (static_cast<double>(*after) <= max_seconds) continue;
    const std::string delay = hours_text(static_cast<double>(*after) / 3600.0, 2);
    Finding finding = probe_finding(probe);
    finding.fields["delay"] = delay;
    finding.fields["max_hours"] = hours_text(probes.max_reply_hours, 2);
    findings.push_back(std::move(finding));
  }
  if (!answered) return Outcome::not_applicable();
  return fail_if_any(std::move(findings));
}

}  // namespace joignable::rules::checks
