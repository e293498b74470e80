#include "util/glob.h"

#include <catch2/catch.hpp>

namespace joignable::util {
namespace {

TEST_CASE("globs match whole strings with '*' for any run", "[util]") {
  struct Case {
    const char* pattern;
    const char* text;
    bool ignore_case;
    bool match;
  };
  const Case cases[] = {
      {"utm_*", "utm_source", false, true},
      {"utm_*", "utm_", false, true},
      {"utm_*", "xutm_source", false, false},
      {"/blog/*", "/blog/", false, true},
      {"/blog/*", "/blog", false, false},
      {"/blog/*", "/blogs/x", false, false},
      {"*?print=*", "/a/b?print=1", false, true},
      {"*?print=*", "/a/b?x=1&print=1", false, false},
      {"*print=*", "/a/b?x=1&print=1", false, true},
      {"*.pdf", "/doc/guide.pdf", false, true},
      {"*.pdf", "/doc/guide.pdf.html", false, false},
      {"a*b*c", "aXXbYYc", false, true},
      {"a*b*c", "aXXcYYb", false, false},
      {"*", "", false, true},
      {"", "", false, true},
      {"", "x", false, false},
      {"GCLID", "gclid", true, true},
      {"GCLID", "gclid", false, false},
      {"**a", "bba", false, true},
  };
  for (const Case& c : cases) {
    CAPTURE(c.pattern, c.text, c.ignore_case);
    CHECK(glob_match(c.pattern, c.text, c.ignore_case) == c.match);
  }
}

TEST_CASE("a glob with many stars on a long text stays fast", "[util]") {
  const std::string text(20000, 'a');
  CHECK_FALSE(glob_match("*a*a*a*a*a*a*a*a*b", text));
}

}  // namespace
}  // namespace joignable::util
