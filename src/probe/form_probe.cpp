#include "probe/form_probe.h"

#include <random>

#include "extract/forms.h"
#include "extract/html_document.h"
#include "probe/answer_page.h"
#include "util/time.h"

namespace joignable::probe {
namespace {

constexpr std::time_t kDay = 24 * 3600;

// The time of the newest earlier record of this form within `window` seconds of `now`, if any:
// submissions (sent or failed: a failed POST may have delivered) or, with `captcha`, CAPTCHA
// findings (kept once a window, not at every run).
std::optional<std::time_t> recent_record(const std::vector<ProbeRecord>& earlier,
                                         const FilledForm& form, bool captcha, std::time_t now,
                                         std::time_t window) {
  std::optional<std::time_t> last;
  for (const ProbeRecord& record : earlier) {
    if (record.page != form.page || record.action != form.action) continue;
    if ((record.outcome == ProbeOutcome::captcha) != captcha) continue;
    const auto time = util::parse_iso8601(record.sent_at);
    if (time && now - *time < window && (!last || *time > *last)) last = time;
  }
  return last;
}

std::vector<FilledForm> contact_forms(const HttpAnswer& answer, const std::string& page,
                                      const target::Target& target,
                                      std::vector<std::string>& tokens) {
  const extract::HtmlDocument document(answer.body);
  std::vector<FilledForm> forms;
  const std::string& base = answer.final_url.empty() ? page : answer.final_url;
  for (const extract::FillableForm& form : extract::find_fillable_forms(document, base, base)) {
    if (form.info.kind != extract::FormKind::contact) continue;
    tokens.push_back(new_token());
    forms.push_back(fill_form(form, page, probe_words(target, tokens.back()),
                              target.probe.consent));
  }
  return forms;
}

ProbeRecord record_of(const FormOutcome& outcome, const target::Target& target,
                      std::time_t now) {
  ProbeRecord record;
  record.site = target.site;
  record.page = outcome.filled.page;
  record.action = outcome.filled.action;
  record.sent_at = util::to_iso8601(now);
  return record;
}

std::string fetch_error(const HttpAnswer& answer) {
  if (!answer.error.empty() && answer.status == 0) return answer.error;
  return "HTTP " + std::to_string(answer.status);
}

void submit(HttpSession& session, FormOutcome& outcome, const target::Target& target,
            std::time_t now) {
  const HttpAnswer answer = session.submit(outcome.filled);
  ProbeRecord record = record_of(outcome, target, now);
  record.token = outcome.token;
  record.http_status = answer.status;
  record.final_url = answer.final_url;
  record.confirmation = confirmation_text(answer.body);
  const bool ok = answer.status >= 200 && answer.status < 400 && answer.error.empty();
  record.outcome = ok ? ProbeOutcome::sent : ProbeOutcome::failed;
  if (!ok) record.reason = "the submission failed: " + fetch_error(answer);
  outcome.step = ok ? FormStep::sent : FormStep::failed;
  outcome.note = record.reason;
  outcome.record = std::move(record);
}

}  // namespace

std::string new_token() {
  static constexpr char kAlphabet[] = "abcdefghijkmnpqrstuvwxyz23456789";
  std::random_device device;
  std::uniform_int_distribution<int> pick(0, sizeof kAlphabet - 2);
  std::string token = "jg";
  for (int i = 0; i < 10; ++i) token += kAlphabet[pick(device)];
  return token;
}

void probe_forms(HttpSession& session, const std::vector<std::string>& pages,
                 const target::Target& target, const ProbePolicy& policy,
                 const std::function<void(const FormOutcome&)>& on_form) {
  const std::time_t window = static_cast<std::time_t>(target.probe.min_days_between) * kDay;
  for (const std::string& page : pages) {
    std::vector<std::string> tokens;
    HttpAnswer answer = session.get(page);
    if (answer.status < 200 || answer.status >= 300) {
      FormOutcome failed;
      failed.filled.page = page;
      failed.step = FormStep::failed;
      failed.note = "the page could not be fetched: " + fetch_error(answer);
      on_form(failed);
      continue;
    }
    const std::vector<FilledForm> forms = contact_forms(answer, page, target, tokens);
    for (std::size_t i = 0; i < forms.size(); ++i) {
      FormOutcome outcome;
      outcome.filled = forms[i];
      outcome.token = tokens[i];
      const bool captcha = outcome.filled.blocked.starts_with("captcha:");
      const auto last = recent_record(policy.earlier, forms[i], captcha, policy.now, window);
      if (last && !captcha) {
        outcome.step = FormStep::skipped;
        outcome.note = "sent on " + util::to_iso8601(*last) + "; next probe allowed after " +
                       util::to_iso8601(*last + window);
      } else if (captcha) {
        outcome.step = FormStep::captcha;
        outcome.note = "cannot be probed automatically (" + outcome.filled.blocked + ")";
        ProbeRecord record = record_of(outcome, target, policy.now);
        record.outcome = ProbeOutcome::captcha;
        record.reason = outcome.filled.blocked;
        if (policy.send && !last) outcome.record = std::move(record);
      } else if (!outcome.filled.blocked.empty()) {
        outcome.step = FormStep::blocked;
        outcome.note = outcome.filled.blocked;
      } else if (policy.send) {
        // A second form of the page gets fresh hidden values: the first submission may have
        // used up the session's CSRF token.
        if (i > 0) {
          answer = session.get(page);
          std::vector<std::string> fresh_tokens;
          const auto fresh = contact_forms(answer, page, target, fresh_tokens);
          if (i < fresh.size()) {
            outcome.filled = fresh[i];
            outcome.token = fresh_tokens[i];
          }
        }
        submit(session, outcome, target, policy.now);
      }
      on_form(outcome);
    }
  }
}

}  // namespace joignable::probe
