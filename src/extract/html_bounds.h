// Bounds an HTML document before it reaches the parser. Gumbo has no limit of its own: 100,000
// nested <div>s take it 17.5 s (each start tag scans the whole stack of open elements), a tag
// with thousands of attributes is quadratic too (each attribute is checked against the previous
// ones), and unclosed formatting elements are cloned into every later paragraph (160 KB of
// them made 3.8 GB). bound_html() caps the size, then a cheap tag scan keeps the nesting, the
// attribute count of each tag and the formatting clones under fixed limits, rewriting only the
// offending tags. Pure function; thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace joignable::extract {

// Bytes of HTML kept; the rest of a larger document is dropped.
inline constexpr std::size_t kMaxHtmlBytes = 5 * 1024 * 1024;
// Open elements the scan lets nest; deeper start tags (and their end tags) are dropped, so the
// text they hold joins the innermost kept element.
inline constexpr int kMaxNesting = 256;
// Attributes kept on one tag; a tag with more keeps only its name.
inline constexpr int kMaxAttributes = 256;
// Clones of implicitly closed formatting elements (<b>, <font>...) the parser may make; past it,
// the open ones are closed and later formatting tags dropped.
inline constexpr std::size_t kMaxReconstructions = 100000;

struct BoundedHtml {
  std::string html;
  bool size_capped = false;     // the input was longer than kMaxHtmlBytes
  bool nesting_capped = false;  // some tags were dropped, added or stripped of their attributes
};

// The scan is approximate by design: it counts start tags minus end tags (and, apart, the open
// formatting elements: b, i, font, strong...), ignoring void elements, self-closing tags inside
// <svg>/<math>, and elements the parser closes by itself (p, li, td, option...), and it skips
// comments and the content of script, style, textarea, title and the like. A normal page never
// comes near the limits, and is returned unchanged.
BoundedHtml bound_html(std::string_view html);

}  // namespace joignable::extract
