// Filling one contact form for the probe: which value each control gets, from the probe's words
// (message.h), and whether the form may be sent at all. Pure; thread-safe.
//
// Hidden inputs keep their value (CSRF tokens: the form comes from a fresh GET); honeypots stay
// empty; name, e-mail, phone, subject and free-text fields get the probe's words; a select takes
// its first real option; a radio group its checked or first choice when required; a checkbox is
// sent when the page ticks it, and a required one (a consent box) only with [probe] consent; the
// first named submit button is sent as a browser would. A required field the probe knows nothing
// about gets the subject.
#pragma once

#include <string>
#include <vector>

#include "extract/form_controls.h"
#include "probe/message.h"

namespace joignable::probe {

struct FilledField {
  std::string name;
  std::string value;
  std::string type;  // the control's type, for the dry run
  std::string note;  // why this value: "hidden, kept", "honeypot, left empty", "consent"...
};

struct FilledForm {
  std::string page;     // the page the form is on
  std::string action;   // absolute URL
  std::string method;   // "get" or "post"
  std::string enctype;  // "application/x-www-form-urlencoded" or "multipart/form-data"
  std::vector<FilledField> fields;  // what is sent, in document order
  // Why the form must not be sent ("captcha: recaptcha", "consent: ..."); "" when it may be.
  // A CAPTCHA starts with "captcha:".
  std::string blocked;
};

FilledForm fill_form(const extract::FillableForm& form, const std::string& page,
                     const ProbeWords& words, bool consent);

}  // namespace joignable::probe
