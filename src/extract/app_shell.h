// Whether a page's HTML, as fetched, is an application shell: a page whose content scripts write
// once they run (a React, Vue or Angular app, a site builder's widget page), so that reading it
// without a browser finds next to nothing. The signs: little visible text, and scripts, and either
// a root element frameworks mount into (id "root", "app", "__next", "__nuxt"...; <app-root>;
// data-reactroot, ng-version) or a <noscript> asking for JavaScript. Plain functions; thread-safe.
#pragma once

#include <string_view>

#include "extract/contact_points.h"
#include "extract/html_document.h"

namespace joignable::extract {

// Visible text (visible_text.h) shorter than this, in bytes, counts as little.
inline constexpr std::size_t kShellMaxText = 400;

// `visible_text`: the document's visible text, as analyse_page reads it.
bool looks_like_app_shell(const HtmlDocument& document, std::string_view visible_text);

// Whether the page shows none of the ways to reach the company that a contact page should
// offer: no phone (faxes aside), no e-mail, no form, no chat widget.
bool has_no_contact_point(const PageContacts& contacts);

}  // namespace joignable::extract
