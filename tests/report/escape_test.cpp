#include "report/escape.h"

#include <catch2/catch.hpp>

namespace joignable::report {

TEST_CASE("valid_utf8 keeps valid text and replaces each invalid byte by U+FFFD", "[report]") {
  CHECK(valid_utf8("Téléphone €") == "Téléphone €");
  CHECK(valid_utf8("a\xff\xfe"
                   "b") ==
        "a\xEF\xBF\xBD\xEF\xBF\xBD"
        "b");
  CHECK(valid_utf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");                  // overlong '/'
  CHECK(valid_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  CHECK(valid_utf8("fin\xC3") == "fin\xEF\xBF\xBD");                            // cut sequence
  CHECK(valid_utf8("\xF0\x9F\x93\x9E") == "\xF0\x9F\x93\x9E");                  // emoji
}

TEST_CASE("html_escape neutralises markup and quotes", "[report]") {
  CHECK(html_escape("<script>alert('x')</script> & \"q\"") ==
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
  CHECK(html_escape("\xff") == "\xEF\xBF\xBD");
}

TEST_CASE("xml_escape yields characters XML 1.0 allows, attribute-safe", "[report]") {
  CHECK(xml_escape("a<b>&'\"") == "a&lt;b&gt;&amp;&apos;&quot;");
  CHECK(xml_escape("l1\nl2\tx\r") == "l1&#10;l2&#9;x&#13;");
  CHECK(xml_escape(std::string("a\x01"
                               "b\x1b",
                               4)) ==
        "a\xEF\xBF\xBD"
        "b\xEF\xBF\xBD");
  CHECK(xml_escape("\xEF\xBF\xBF") == "\xEF\xBF\xBD");
}

TEST_CASE("csv_field quotes per RFC 4180 and defuses formulas", "[report]") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_field("=1+1") == "'=1+1");
  CHECK(csv_field("+33 1 42") == "'+33 1 42");
  CHECK(csv_field("-2") == "'-2");
  CHECK(csv_field("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csv_field("\tx") == "'\tx");
  CHECK(csv_field("\rx") == "\"'\rx\"");
  CHECK(csv_field("=cmd|' /C calc'!A0,x") == "\"'=cmd|' /C calc'!A0,x\"");
  CHECK(csv_field("") == "");
}

TEST_CASE("markdown_escape escapes inline markup, HTML and line breaks", "[report]") {
  CHECK(markdown_escape("a|b *c* _d_ [e](f) `g`") == "a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\`g\\`");
  CHECK(markdown_escape("<img src=x>&\n$x$") == "\\<img src=x\\>\\& \\$x\\$");
}

TEST_CASE("safe_href lets only http, https, mailto and tel through", "[report]") {
  CHECK(safe_href("https://example.fr/a?b=c#d") == "https://example.fr/a?b=c#d");
  CHECK(safe_href("HTTP://example.fr/") == "HTTP://example.fr/");
  CHECK(safe_href("mailto:contact@example.fr") == "mailto:contact@example.fr");
  CHECK(safe_href("tel:+33142685300") == "tel:+33142685300");
  CHECK(safe_href("javascript:alert(1)") == "#");
  CHECK(safe_href("JavaScript:alert(1)") == "#");
  CHECK(safe_href("java\tscript:alert(1)") == "#");
  CHECK(safe_href(" javascript:alert(1)") == "#");
  CHECK(safe_href("data:text/html,<script>") == "#");
  CHECK(safe_href("vbscript:x") == "#");
  CHECK(safe_href("/relative/path") == "#");
  CHECK(safe_href("") == "#");
}

TEST_CASE("css_string keeps a CSS string inside a style element", "[report]") {
  CHECK(css_string("Durand & Fils") == "Durand \\26  Fils");  // the escape ends at its space
  CHECK(css_string("a\"b\\c</style><script>") == "a\\22 b\\5c c\\3c /style\\3e \\3c script\\3e ");
  CHECK(css_string("Crêperie\nOuest") == "Crêperie\\a Ouest");
}

}  // namespace joignable::report
