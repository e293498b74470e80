// The forms of one page, described for the form rules: kind, action, method, visible fields,
// labels, free text and captcha. Pure function over a parsed document; thread-safe.
//
// Visible fields are input (any type but hidden, submit, button, reset, image), select and
// textarea, except honeypots: a field hidden between itself and its form (hidden attribute,
// aria-hidden="true", inline display:none or visibility:hidden, an inline off-screen position
// such as left:-9999px), or a field with tabindex="-1" and autocomplete="off". Whether the form
// itself sits in a hidden element (a modal dialog) does not matter.
//
// A field is labelled by <label for=its id>, a <label> around it, or a non-empty aria-label,
// aria-labelledby or title; a placeholder alone is not a label.
//
// The kind is the first rule that holds:
//   login       a visible password field;
//   search      role="search" on the form or an ancestor (or a <search> ancestor), an
//               input type=search, or a single text field (at most two fields) named q, s,
//               search, recherche, query, keywords, suche, buscar, cerca, zoeken, or in a form
//               whose action says search/recherche/suche/buscar/cerca/zoeken;
//   newsletter  a single e-mail field (type=email, or a name/id with "mail"), no textarea, and
//               the form's text, attributes or buttons say newsletter, inscri(re/ption),
//               subscribe or abonn(er/ement), nieuwsbrief, suscrib-, iscriviti, anmelden;
//   other       a blog comment form (wp-comments-post, commentform, comment-form): it writes
//               to the public, not to the company;
//   contact     a textarea, or more than one visible field one of which is named or labelled
//               message (or any free-text word), e-mail, tel/phone, nom/name, prénom,
//               sujet/objet/subject, société;
//   other       anything else.
//
// has_free_text (CONTRACT.md "Free text"): a textarea, or a text field whose name, id or label
// says message, commentaire/comment, demande, question, remarque, précision, description,
// Nachricht, Bericht, Anfrage, mensaje, messaggio, enquiry/inquiry.
//
// captcha: an element of the form with a g-recaptcha, h-captcha, cf-turnstile or frc-captcha
// class or a data-sitekey attribute, or a reCAPTCHA/hCaptcha/Turnstile/Friendly Captcha script
// inside the form, or such a script anywhere on the page when the form posts (invisible captchas
// bind to forms by script), or a field whose label asks a sum ("Combien font 3 + 4 ?");
// captcha_kind names which ("friendly-captcha", "question", "other" for a bare data-sitekey).
//
// Also: enctype, required fields (required or aria-required), and whether name, e-mail and
// phone fields carry their autocomplete token (form_fields.h).
#pragma once

#include <string>
#include <vector>

#include "extract/contact_points.h"
#include "extract/form_controls.h"
#include "extract/html_document.h"

namespace joignable::extract {

// Every <form> of the page (outside <template>), in document order. `action` is resolved against
// `base` (the page's <base href>, see links.h); a missing or empty action is `page_url`; an
// action that does not resolve to http(s) (mailto:, javascript:) is kept as written. `method` is
// "post" when the attribute says so (any case), else "get".
std::vector<FormInfo> find_forms(const HtmlDocument& document, const std::string& page_url,
                                 const std::string& base);

// find_forms() with every named control of each form (form_controls.h), for the form probe.
std::vector<FillableForm> find_fillable_forms(const HtmlDocument& document,
                                              const std::string& page_url,
                                              const std::string& base);

}  // namespace joignable::extract
