// The form probe of one target: for each page holding a contact form, a fresh GET in one cookie
// session, each contact form filled (fill.h) with a token of its own, then, by the policy, listed
// only, skipped (sent too recently), recorded as behind a CAPTCHA, or submitted and recorded.
// A form is never submitted twice within [probe] min_days_between. Stages never touch the store:
// the caller gets each outcome through a callback and keeps what it wants. Not thread-safe.
#pragma once

#include <ctime>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "probe/fill.h"
#include "probe/http_session.h"
#include "probe/probe_record.h"
#include "target/target.h"

namespace joignable::probe {

struct ProbePolicy {
  bool send = false;                  // false: list what would be sent, send nothing
  std::vector<ProbeRecord> earlier;   // the target's stored probes, for min_days_between
  std::time_t now = 0;                // seconds since the epoch
};

// What happened to one contact form. Spelled for the command's output.
enum class FormStep {
  listed,   // shown, not sent (no --yes, not enabled, or --dry-run)
  skipped,  // sent less than min_days_between days ago
  blocked,  // the probe's settings forbid it (a required consent box, a required file)
  captcha,  // behind a CAPTCHA: recorded, never attacked
  sent,     // submitted: record.http_status says how the site answered
  failed,   // the page or the submission got no usable answer
};

struct FormOutcome {
  FilledForm filled;
  std::string token;
  FormStep step = FormStep::listed;
  std::string note;                   // the skip's last date, the block's or failure's reason
  std::optional<ProbeRecord> record;  // for captcha, sent and failed: what to store
};

// Probes the contact forms of `pages` (URLs of the target's site), calling `on_form` for each in
// page order. A page that cannot be fetched yields one `failed` outcome with an empty form.
void probe_forms(HttpSession& session, const std::vector<std::string>& pages,
                 const target::Target& target, const ProbePolicy& policy,
                 const std::function<void(const FormOutcome&)>& on_form);

// A fresh token: "jg" and 10 lower-case letters and digits, unguessable, easy to search for.
std::string new_token();

}  // namespace joignable::probe
