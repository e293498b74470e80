#include "extract/html_document.h"

#include <algorithm>
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "extract/html_bounds.h"

namespace extract = joignable::extract;
using extract::HtmlNode;

namespace {

int depth_of(HtmlNode node) {
  int deepest = 0;
  for (std::size_t i = 0; i < node.child_count(); ++i) {
    deepest = std::max(deepest, depth_of(node.child(i)));
  }
  return deepest + 1;
}

std::string repeat(std::string_view piece, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += piece;
  return out;
}

}  // namespace

TEST_CASE("a document exposes tags, attributes, text and parents", "[extract]") {
  const extract::HtmlDocument document(
      "<html><body><DIV Class='a&amp;b' data-x><p>Caf&eacute; &amp; th&#233;</p>"
      "<my-widget>w</my-widget></DIV></body></html>");
  const HtmlNode root = document.root();
  CHECK(root.tag() == "html");
  const HtmlNode div = extract::find_first(root, "div");
  REQUIRE(div.valid());
  CHECK(div.attribute("class") == "a&b");
  CHECK(div.attribute("data-x") == "");
  CHECK_FALSE(div.attribute("id").has_value());
  REQUIRE(div.child_count() == 2);
  const HtmlNode p = div.child(0);
  CHECK(p.tag() == "p");
  CHECK(p.child(0).is_text());
  CHECK(p.child(0).text() == "Café & thé");
  CHECK(div.child(1).tag() == "my-widget");
  CHECK(p.parent() == div);
  CHECK_FALSE(root.parent().valid());
  CHECK_FALSE(div.child(5).valid());
  CHECK_FALSE(document.bounded());
}

TEST_CASE("the parser builds head and body for a fragment", "[extract]") {
  const extract::HtmlDocument document("<title>T</title>Hello");
  CHECK(extract::find_first(document.root(), "head").valid());
  const HtmlNode body = extract::find_first(document.root(), "body");
  REQUIRE(body.child_count() == 1);
  CHECK(body.child(0).text() == "Hello");
}

TEST_CASE("template content is reachable as children", "[extract]") {
  const extract::HtmlDocument document("<template><a href='/x'>x</a></template>");
  const HtmlNode templ = extract::find_first(document.root(), "template");
  REQUIRE(templ.valid());
  CHECK(extract::find_first(templ, "a").valid());
}

TEST_CASE("walk skips the children of nodes the visitor refuses", "[extract]") {
  const extract::HtmlDocument document("<div><p>a</p></div><section><p>b</p></section>");
  int paragraphs = 0;
  extract::walk(document.root(), [&](HtmlNode node) {
    if (node.tag() == "p") ++paragraphs;
    return node.tag() != "section";
  });
  CHECK(paragraphs == 1);
}

TEST_CASE("100,000 nested divs parse into a bounded tree that keeps the text", "[extract]") {
  const std::string html =
      "<body>" + repeat("<div>", 100000) + "deep" + repeat("</div>", 100000) + "<p>end</p>";
  const extract::HtmlDocument document(html);
  CHECK(document.bounded());
  CHECK(depth_of(document.root()) <= extract::kMaxNesting + 4);
  CHECK(extract::find_first(document.root(), "p").child(0).text() == "end");
}

TEST_CASE("unclosed formatting elements are not cloned into every paragraph", "[extract]") {
  std::string html = "<p>";
  for (int i = 0; i < 250; ++i) html += "<b id=" + std::to_string(i) + ">";
  html += "x</p>" + repeat("<p>y</p>", 20000);
  const extract::HtmlDocument document(html);
  int elements = 0;
  extract::walk(document.root(), [&](HtmlNode node) {
    elements += node.is_element() ? 1 : 0;
    return true;
  });
  // Unbounded, Gumbo makes 5 million elements here (30 s, 3.8 GB).
  CHECK(elements < 20000 + 2 * static_cast<int>(extract::kMaxReconstructions));
}

TEST_CASE("garbage bytes parse without failing", "[extract]") {
  std::string garbage;
  for (int i = 0; i < 5000; ++i) garbage += static_cast<char>((i * 7919) % 256);
  const extract::HtmlDocument document(garbage + repeat("<b><i><font><table><td>", 3000));
  CHECK(document.root().tag() == "html");
  CHECK(depth_of(document.root()) < 5 * extract::kMaxNesting);
}
