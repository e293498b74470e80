// What the page answering a form submission says: its confirmation ("Merci, votre message a
// bien été envoyé") or its error ("Le champ e-mail est obligatoire"), as one short line for the
// store and the report. The page is untrusted text: the line is plain text, never markup, and
// writers escape it. Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace joignable::probe {

// The first visible text of an element marked as a notice (role alert or status, a class or id
// saying alert, success, error, notice, message, confirmation...), else the first line that
// thanks, confirms or reports an error, else the first heading; at most 200 bytes (whole UTF-8
// characters); "" for a page that says nothing.
std::string confirmation_text(std::string_view html);

}  // namespace joignable::probe
