// FormSite: a small company site with five contact forms, served on 127.0.0.1 for the form
// probe's tests. Each form has a trait the probe must cope with:
//   /contact    urlencoded POST, a required consent box; 303 to a thank-you page
//   /devis      multipart/form-data POST; answers 200 with a success notice
//   /sav        a GET form
//   /rappel     behind reCAPTCHA: must never be submitted
//   /securise   a CSRF token tied to the session cookie and a hidden honeypot; a submission
//               without the cookie, with a wrong token or a filled honeypot gets 403
// Every accepted submission is kept and handed to the callback (on the server's thread), which
// the tests use to drop the company's replies into a mailbox. Not copyable.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace joignable::testing {

struct FormSubmission {
  std::string form;                           // "contact", "devis", "sav", "securise"
  std::map<std::string, std::string> fields;  // as received
  std::string content_type;                   // of the request ("" for a GET)
};

class FormSite {
 public:
  explicit FormSite(std::function<void(const FormSubmission&)> on_submit = {});
  ~FormSite();
  FormSite(const FormSite&) = delete;
  FormSite& operator=(const FormSite&) = delete;

  // "http://127.0.0.1:PORT" + path.
  std::string url(const std::string& path = "/") const;
  // Accepted submissions, in order; refused ones (403) are counted apart. Thread-safe.
  std::vector<FormSubmission> submissions() const;
  int refused() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace joignable::testing
