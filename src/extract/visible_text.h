// What a reader sees of a page: the visible text of a subtree, and whether an element is hidden.
// Hidden means: script, style, noscript, template, head and the like; the `hidden` attribute;
// an inline style with display:none or visibility:hidden. Comments are never text. Style sheets
// and scripts are not evaluated, so content hidden by a CSS class still counts as visible.
// aria-hidden="true" hides from screen readers, not from sight: a footer panel a "Contactez-nous"
// button opens, an icon's label, a number written twice for speech are published, and read
// (is_aria_hidden tells it apart for forms, whose fields no one is meant to fill then). Pure
// functions over a parsed document; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/html_document.h"

namespace joignable::extract {

// Whether `element` hides itself and its content (see above). False for non-elements.
bool is_hidden(HtmlNode element);

// Whether `element` has aria-hidden="true" (any case). False for non-elements.
bool is_aria_hidden(HtmlNode element);

// Whether `node` or one of its ancestors is hidden, looking up to the root, or up to but not
// including `stop` when it is an ancestor.
bool is_within_hidden(HtmlNode node, HtmlNode stop = HtmlNode());

// Whether an inline style attribute hides its element (display:none, visibility:hidden).
bool style_hides(std::string_view style);

// The visible text of `root`: text nodes in document order, except in hidden elements and in
// fields and embeds (select, textarea, iframe, object...), entities decoded, white-space runs
// (Unicode spaces included) as one space, invisible characters (zero-width space, soft hyphen)
// removed. Block elements (div, p, li, td, h1...) and <br> start a new line, so separate blocks
// never run together; inline elements (span, a, b...) do not, so a number split over <span>s
// reads whole. Lines are trimmed; no empty lines; no final newline. Elements in `skip` are left
// out with everything in them (a legal notice's third-party sections, see third_parties.h).
std::string visible_text(HtmlNode root, const std::vector<HtmlNode>& skip = {});

// visible_text() on one line: line breaks become spaces. For link and label texts.
std::string visible_text_line(HtmlNode root);

}  // namespace joignable::extract
