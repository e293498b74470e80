#include "model/probes.h"

#include <map>
#include <utility>

namespace joignable::model {

void add_probes(SiteModel& site, const std::vector<probe::ProbeRecord>& records,
                const target::ProbeOptions& options, std::time_t now) {
  site.probes = {};
  site.probes.max_reply_hours = options.max_reply_hours;
  site.probes.deadline_hours = options.deadline_hours;
  if (records.empty()) return;
  // Oldest first in, so the latest of each form stays.
  std::map<std::pair<std::string, std::string>, const probe::ProbeRecord*> latest;
  for (const probe::ProbeRecord& record : records) latest[{record.page, record.action}] = &record;

  auto add = [&](const std::string& page, const std::string& action,
                 const probe::ProbeRecord& record) {
    site.probes.forms.push_back(
        {page, action, record, probe::assess(record, now, options.deadline_hours)});
  };
  for (const SiteForm& form : site.forms) {
    if (form.form.kind != extract::FormKind::contact) continue;
    const auto found = latest.find({form.page, form.form.action});
    if (found != latest.end()) {
      add(form.page, form.form.action, *found->second);
      latest.erase(found);
      continue;
    }
    probe::ProbeRecord never;
    never.page = form.page;
    never.action = form.form.action;
    if (form.form.captcha) {
      never.outcome = probe::ProbeOutcome::captcha;
      never.reason = "captcha: " + form.form.captcha_kind;
    } else {
      never.reason = "not probed yet";
    }
    add(form.page, form.form.action, never);
  }
  for (const auto& [key, record] : latest) add(key.first, key.second, *record);
}

}  // namespace joignable::model
