// ProbeRecord: one contact form that the probe submitted (or found it must not submit), as the
// store keeps it and `replies` completes it with the dates of the answers. The bottom type of the
// probe stage: the store, the model and the report read it. A plain value.
#pragma once

#include <string>
#include <string_view>

namespace joignable::probe {

// What became of the attempt. Spelled as stored.
enum class ProbeOutcome {
  sent,     // the form was submitted; the answer page's status is in http_status
  captcha,  // the form is behind a CAPTCHA: cannot be probed automatically, never attacked
  failed,   // the form could not be fetched or submitted (network error, status >= 400)
};

std::string_view to_string(ProbeOutcome outcome);
// The outcome spelled `text`; an unknown spelling reads as `failed`.
ProbeOutcome probe_outcome_from(std::string_view text);

struct ProbeRecord {
  long long id = 0;       // the store's id; 0 until stored
  std::string site;       // the target's home page, as runs.site
  std::string page;       // the page the form was found on
  std::string action;     // the form's action URL
  std::string token;      // carried by the message and the e-mail address; "" when not sent
  std::string sent_at;    // ISO-8601 UTC: when the form was submitted (or found behind a CAPTCHA)
  ProbeOutcome outcome = ProbeOutcome::failed;
  int http_status = 0;    // of the answer page after redirects; 0 without an answer
  std::string final_url;  // the answer page's URL after redirects
  std::string confirmation;  // the confirmation or error text of the answer page, short
  std::string reason;        // why not sent or why it failed ("captcha: recaptcha"); "" when sent
  std::string acknowledged_at;  // Date of the first automatic reply; "" until one arrives
  std::string answered_at;      // Date of the first human answer; "" until one arrives
};

}  // namespace joignable::probe
