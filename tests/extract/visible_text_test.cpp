#include "extract/visible_text.h"

#include <string>

#include <catch2/catch.hpp>

#include "extract/html_document.h"

namespace extract = joignable::extract;

namespace {

std::string text_of(const std::string& html) {
  const extract::HtmlDocument document(html);
  return extract::visible_text(document.root());
}

}  // namespace

TEST_CASE("visible text leaves out what a reader never sees", "[extract]") {
  CHECK(text_of("<head><title>Titre</title><style>p{}</style></head>"
                "<body><p>vu</p><script>var t='01 42 68 53 00';</script>"
                "<noscript>sans js</noscript><template><p>gabarit</p></template>"
                "<!-- commentaire --></body>") == "vu");
  CHECK(text_of("<p>a</p><p hidden>b</p><div aria-hidden='true'>c</div>"
                "<div aria-hidden='false'>d</div><span style='display: none'>e</span>"
                "<span style='DISPLAY:NONE;color:red'>f</span><i style='visibility:hidden'>g</i>"
                "<p style='display:block'>h</p>") == "a\nc\nd\nh");  // aria-hidden: seen
  CHECK(text_of("<p>Choix <select><option>01 42 68 53 00</option></select></p>"
                "<textarea>brouillon</textarea><iframe>repli</iframe>") == "Choix");
}

TEST_CASE("block elements separate lines, inline elements do not", "[extract]") {
  CHECK(text_of("<div>a</div><div>b</div>") == "a\nb");
  CHECK(text_of("<p><span>01</span> <span>42</span> <b>68</b> <a>53</a> <em>00</em></p>") ==
        "01 42 68 53 00");
  CHECK(text_of("<p><span>01</span><span>42</span><span>68</span></p>") == "014268");
  CHECK(text_of("<p>Tél<br>01 42 68 53 00</p>") == "Tél\n01 42 68 53 00");
  CHECK(text_of("<table><tr><td>Fax</td><td>01 42 68 53 01</td></tr></table>") ==
        "Fax\n01 42 68 53 01");
  CHECK(text_of("<ul><li>un</li><li>deux</li></ul><h2>trois</h2>") == "un\ndeux\ntrois");
}

TEST_CASE("entities are decoded and white space collapsed", "[extract]") {
  CHECK(text_of("<p>  Caf&eacute;&nbsp;&amp;\n\t th&#233;  </p>") == "Café & thé");
  CHECK(text_of("<p>01\u202f42\u202f68\u202f53\u202f00</p>") == "01 42 68 53 00");
  CHECK(text_of("<p>01&#8203;42&shy;68</p>") == "014268");
  CHECK(text_of("<div>\n  <p>\n  a  </p>\n\n  <p>b</p>\n</div>") == "a\nb");
  CHECK(text_of("") == "");
}

TEST_CASE("visible_text_line joins lines with spaces", "[extract]") {
  const extract::HtmlDocument document("<a href='/'><div>Nous</div><div>contacter</div></a>");
  CHECK(extract::visible_text_line(extract::find_first(document.root(), "a")) ==
        "Nous contacter");
}

TEST_CASE("is_within_hidden looks at ancestors up to a stop node", "[extract]") {
  const extract::HtmlDocument document(
      "<div style='display:none' id='modal'><form><p><input name='x'></p></form></div>");
  const extract::HtmlNode input = extract::find_first(document.root(), "input");
  const extract::HtmlNode form = extract::find_first(document.root(), "form");
  CHECK(extract::is_within_hidden(input));
  CHECK_FALSE(extract::is_within_hidden(input, form));
  CHECK(extract::style_hides(" display : none "));
  CHECK_FALSE(extract::style_hides("display:flex"));
}
