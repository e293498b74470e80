#include "extract/html_bounds.h"

#include <string>

#include <catch2/catch.hpp>

namespace extract = joignable::extract;

namespace {

std::string repeat(std::string_view piece, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += piece;
  return out;
}

}  // namespace

TEST_CASE("an ordinary page passes through unchanged", "[extract]") {
  const std::string html =
      "<!DOCTYPE html><html><head><title>a < b</title><script>if (a<b && c>d) x();</script>"
      "</head><body><!-- <div><div> --><svg>" + repeat("<path d='M0'/>", 400) + "</svg>" +
      "<table>" + repeat("<tr><td>cell", 400) + "</table><ul>" + repeat("<li>item", 400) +
      "</ul>" + repeat("<p>paragraph", 400) + repeat("<br><img src=x>", 400) +
      repeat("<div>", 200) + "deep" + repeat("</div>", 200) + "</body></html>";
  const extract::BoundedHtml bounded = extract::bound_html(html);
  CHECK(bounded.html == html);
  CHECK_FALSE(bounded.size_capped);
  CHECK_FALSE(bounded.nesting_capped);
}

TEST_CASE("style sheets are dropped, and nothing else", "[extract]") {
  struct Case {
    const char* html;
    const char* expected;
  };
  const Case cases[] = {
      {"<style>p { color: red }</style><p>Tel 01 23</p>", "<style></style><p>Tel 01 23</p>"},
      {"<STYLE media=print>a{}</Style ><p>x", "<STYLE media=print></Style ><p>x"},
      // Markup inside a style sheet is text to the parser: it goes too.
      {"<style>/* <p>no</p> */</style>yes", "<style></style>yes"},
      // Unclosed, a style holds the rest of the page as the parser reads it: left to the parser.
      {"<style>a{}<p>rest", "<style>a{}<p>rest"},
      // In SVG a style is an element like another: kept.
      {"<svg><style>.a{}</style></svg><style>b{}</style>",
       "<svg><style>.a{}</style></svg><style></style>"},
      // Not a style: in a comment, a script, an attribute.
      {"<!-- <style>a{}</style> --><script>'<style>x</style>'</script><p title='<style>'>t",
       "<!-- <style>a{}</style> --><script>'<style>x</style>'</script><p title='<style>'>t"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.html);
    const extract::BoundedHtml bounded = extract::bound_html(c.html);
    CHECK(bounded.html == c.expected);
    CHECK_FALSE(bounded.nesting_capped);
  }
}

TEST_CASE("start tags nested deeper than the limit are dropped with their end tags", "[extract]") {
  const std::string html = repeat("<div>", 300) + "text" + repeat("</div>", 300) + "<p>after";
  const extract::BoundedHtml bounded = extract::bound_html(html);
  CHECK(bounded.nesting_capped);
  CHECK(bounded.html == repeat("<div>", extract::kMaxNesting) + "text" +
                            repeat("</div>", extract::kMaxNesting) + "<p>after");
}

TEST_CASE("self-closing tags count as open outside svg, as the parser does", "[extract]") {
  const std::string html = repeat("<span/>", 300) + "x";
  const extract::BoundedHtml bounded = extract::bound_html(html);
  CHECK(bounded.nesting_capped);
  CHECK(bounded.html == repeat("<span/>", extract::kMaxNesting) + "x");
}

TEST_CASE("a tag with too many attributes keeps only its name", "[extract]") {
  std::string tag = "<div";
  for (int i = 0; i < 300; ++i) tag += " a" + std::to_string(i) + "=\"x > y\"";
  const extract::BoundedHtml bounded = extract::bound_html("<p>before" + tag + ">inside</div>");
  CHECK(bounded.nesting_capped);
  CHECK(bounded.html == "<p>before<div>inside</div>");
}

TEST_CASE("a document over the size cap is cut", "[extract]") {
  const std::string html(extract::kMaxHtmlBytes + 10, 'a');
  const extract::BoundedHtml bounded = extract::bound_html(html);
  CHECK(bounded.size_capped);
  CHECK(bounded.html.size() == extract::kMaxHtmlBytes);
}

TEST_CASE("unterminated markup does not trip the scan", "[extract]") {
  for (const std::string html : {"<", "</", "<div", "<div a='", "<!--", "<script>x", "<!DOCTYPE",
                                 "a < b", "</3>", "<plaintext><div><div>"}) {
    INFO(html);
    CHECK(extract::bound_html(html).html == html);
  }
}

TEST_CASE("unclosed formatting elements are closed before the parser clones them", "[extract]") {
  std::string opening;
  for (int i = 0; i < 250; ++i) opening += "<b id=" + std::to_string(i) + ">";
  const std::string html = "<p>" + opening + "x</p>" + repeat("<p>y</p>", 1000);
  const extract::BoundedHtml bounded = extract::bound_html(html);
  CHECK(bounded.nesting_capped);
  // 0 + 1 + ... + 249 = 31,125 charged while the <b>s open, then 250 per paragraph: the 276th
  // paragraph would pass 100,000.
  const std::size_t cut = bounded.html.find("</b>");
  REQUIRE(cut != std::string::npos);
  CHECK(bounded.html.substr(0, cut) == "<p>" + opening + "x</p>" + repeat("<p>y</p>", 275));
  CHECK(bounded.html.substr(cut, 4 * 250) == repeat("</b>", 250));
  CHECK(bounded.html.substr(cut + 4 * 250) == repeat("<p>y</p>", 725));
}

TEST_CASE("formatting tags after the limit are dropped, their text kept", "[extract]") {
  const std::string html =
      "<p><font color=red>" + repeat("<p>a", 100001) + "<b>gras</b><i>x";
  const extract::BoundedHtml bounded = extract::bound_html(html);
  CHECK(bounded.html == "<p><font color=red>" + repeat("<p>a", 100000) + "</font><p>agrasx");
}
