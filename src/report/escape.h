// Escaping for every output format the writers produce. Crawled text (page titles, evidence,
// URLs) is untrusted: it may hold markup, formulas, invalid UTF-8 or `javascript:` URLs, and the
// writers pass each such string through one of these functions before it reaches a file. Every
// function returns valid UTF-8 (invalid bytes become U+FFFD). Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace joignable::report {

// The input with every invalid UTF-8 sequence (stray byte, overlong form, surrogate, code point
// past U+10FFFF, truncated sequence) replaced by U+FFFD.
std::string valid_utf8(std::string_view text);

// Text safe inside an HTML element or a quoted attribute: & < > " ' escaped.
std::string html_escape(std::string_view text);

// Text safe inside an XML 1.0 element or attribute: & < > " ' escaped, tab, CR and LF as
// character references (so attributes keep them), other characters XML 1.0 forbids as U+FFFD.
std::string xml_escape(std::string_view text);

// One CSV cell per RFC 4180: quoted when it holds a comma, a quote, CR or LF (quotes doubled).
// A cell starting with = + - @ TAB or CR gets a leading ' so a spreadsheet shows it as text
// instead of running it as a formula.
std::string csv_field(std::string_view text);

// Text safe in GitHub-flavoured Markdown, table cells included: markup characters are
// backslash-escaped (< > & too, so the raw text reads cleanly), line breaks become spaces.
std::string markdown_escape(std::string_view text);

// The content of a CSS string ("..."), safe inside a <style> element: quotes, backslashes,
// markup characters and control characters become CSS hex escapes; other text is kept.
std::string css_string(std::string_view text);

// The URL itself when its scheme is http, https, mailto or tel; "#" otherwise (javascript:,
// data:, relative or malformed URLs, or any URL holding a control character or a space).
// Escaping alone does not make a URL safe in an href; the result still needs html_escape.
std::string safe_href(std::string_view url);

}  // namespace joignable::report
