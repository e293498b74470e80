// What screenshot.h computes without a browser: the digits a number is looked for by, what a
// JPEG looks like, and the page script's arguments kept as data.
#include "render/screenshot.h"

#include <catch2/catch.hpp>

namespace joignable::render {
namespace {

TEST_CASE("a number is looked for by the last eight digits of its E.164 form", "[render]") {
  CHECK(phone_digits("+33142685300") == "42685300");
  CHECK(phone_digits("+3221234567") == "21234567");
  CHECK(phone_digits("+1234") == "1234");
  // "01 42 68 53 00", "+33 (0)1 42 68 53 00" and "tel:+33142685300" all hold them.
  for (const std::string shown : {"0142685300", "330142685300", "33142685300"}) {
    CHECK(shown.find(phone_digits("+33142685300")) != std::string::npos);
  }
}

TEST_CASE("a JPEG starts with SOI and ends with EOI", "[render]") {
  CHECK(looks_like_jpeg(std::string("\xFF\xD8\xFF\xE0....\xFF\xD9")));
  CHECK_FALSE(looks_like_jpeg("\x89PNG\r\n\x1a\n"));
  CHECK_FALSE(looks_like_jpeg(""));
}

TEST_CASE("the marking script gets the page's text as data, whatever it holds", "[render]") {
  EvidenceMarks marks;
  marks.phone_digits = {"42685300"};
  marks.form_actions = {"https://acme.fr/contact?a=1&b='2'"};
  marks.hours_texts = {"Lundi \"9h\" | </script><script>alert(1)</script> | \xff\xfe"};
  const std::string script = mark_expression(marks);
  CHECK(script.find("data-joignable-mark") != std::string::npos);
  CHECK(script.find(R"("phones":["42685300"])") != std::string::npos);
  CHECK(script.find(R"(Lundi \"9h\")") != std::string::npos);
  CHECK(script.find("\xff") == std::string::npos);  // invalid UTF-8 replaced, not thrown on
}

}  // namespace
}  // namespace joignable::render
