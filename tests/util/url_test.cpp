#include "util/url.h"

#include <catch2/catch.hpp>

namespace joignable::util {
namespace {

TEST_CASE("normalize gives one spelling per http(s) URL", "[util]") {
  const auto [input, expected] = GENERATE(table<std::string, std::string>({
      {"HTTP://Example.COM:80/a/./b/../c#top", "http://example.com/a/c"},
      {"https://example.com", "https://example.com/"},
      {"https://example.com:443/?q=1", "https://example.com/?q=1"},
      {"https://example.com:8443/x", "https://example.com:8443/x"},
      {"http://example.com/a%20b", "http://example.com/a%20b"},
      {"http://[::1]:8080/x", "http://[::1]:8080/x"},
  }));
  CAPTURE(input);
  REQUIRE(normalize(input) == expected);
}

TEST_CASE("normalize refuses what is not an absolute http(s) URL", "[util]") {
  const auto input = GENERATE(as<std::string>{}, "ftp://example.com/", "mailto:a@b.fr",
                              "example.com/a", "/relative", "", "http://");
  CAPTURE(input);
  REQUIRE_FALSE(normalize(input).has_value());
}

TEST_CASE("resolve applies a link to its page and keeps the fragment", "[util]") {
  const std::string base = "https://Example.com/a/b?z=1#old";
  const auto [ref, expected] = GENERATE(table<std::string, std::string>({
      {"c", "https://example.com/a/c"},
      {"../c?q#f", "https://example.com/c?q#f"},
      {"/root", "https://example.com/root"},
      {"//other.org/x", "https://other.org/x"},
      {"?q=2", "https://example.com/a/b?q=2"},
      {"#team", "https://example.com/a/b?z=1#team"},
      {"", "https://example.com/a/b?z=1"},
      {"  /spaced \n", "https://example.com/spaced"},
      {"HTTP://X.org:80", "http://x.org/"},
      {"a b.html", "https://example.com/a/a%20b.html"},
  }));
  CAPTURE(ref);
  REQUIRE(resolve(base, ref) == expected);
}

TEST_CASE("a Resolver answers plain root paths as curl does", "[util]") {
  // Plain paths from the root skip curl; "/x/.." in front sends the same path through curl.
  const std::string base = GENERATE(as<std::string>{}, "https://Example.com/a/b?z=1#old",
                                    "http://user:pw@example.com:8080/a/", "http://127.0.0.1:80",
                                    "https://[::1]:8443/x?y");
  const std::string ref = GENERATE(as<std::string>{}, "/", "/produits/", "/a/b-c_d.e~f.html",
                                   "/UPPER/Case", "/x.", "/a.b/c");
  CAPTURE(base, ref);
  const Resolver resolver(base);
  const auto fast = resolver.resolve(ref);
  REQUIRE(fast.has_value());
  CHECK(fast == resolve(base, "/x/.." + ref));
  CHECK(fast == resolver.resolve(" " + ref));  // not plain: curl
}

TEST_CASE("a Resolver on a base that does not parse resolves nothing", "[util]") {
  const Resolver resolver("not a url");
  CHECK_FALSE(resolver.resolve("/x").has_value());
  CHECK_FALSE(resolver.resolve("https://example.com/").has_value());
}

TEST_CASE("resolve refuses links that lead out of http(s)", "[util]") {
  const auto ref = GENERATE(as<std::string>{}, "mailto:contact@example.com", "tel:+33123456789",
                            "javascript:void(0)", "data:text/html,hi", "ftp://example.com/f");
  CAPTURE(ref);
  REQUIRE_FALSE(resolve("https://example.com/", ref).has_value());
}

TEST_CASE("resolve refuses a base that is not an http(s) URL", "[util]") {
  REQUIRE_FALSE(resolve("not a url", "/x").has_value());
}

TEST_CASE("fragment, host and origin are read from a URL", "[util]") {
  REQUIRE(fragment_of("https://example.com/a#Team") == "Team");
  REQUIRE(fragment_of("https://example.com/a") == "");
  REQUIRE(host_of("https://WWW.Example.com:8443/a") == "www.example.com");
  REQUIRE(host_of("mailto:a@b.fr") == "");
  REQUIRE(origin_of("HTTPS://Example.com:443/a?b#c") == "https://example.com");
  REQUIRE(origin_of("http://127.0.0.1:8080/x") == "http://127.0.0.1:8080");
  REQUIRE(origin_of("ftp://example.com/") == "");
}

TEST_CASE("same_site accepts the www twin and both schemes on default ports", "[util]") {
  const std::string site = "https://example.com/";
  REQUIRE(same_site(site, "https://example.com/contact"));
  REQUIRE(same_site(site, "https://www.example.com/contact"));
  REQUIRE(same_site("https://www.example.com/", "https://example.com/"));
  REQUIRE(same_site(site, "http://example.com/"));
  REQUIRE(same_site(site, "https://EXAMPLE.com:443/"));
}

TEST_CASE("same_site rejects other hosts, subdomains and ports", "[util]") {
  const std::string site = "http://127.0.0.1:8080/";
  REQUIRE(same_site(site, "http://127.0.0.1:8080/a"));
  REQUIRE_FALSE(same_site(site, "http://127.0.0.1:8081/a"));
  REQUIRE_FALSE(same_site(site, "http://127.0.0.1/a"));
  REQUIRE_FALSE(same_site("https://example.com/", "https://shop.example.com/"));
  REQUIRE_FALSE(same_site("https://example.com/", "https://example.org/"));
  REQUIRE_FALSE(same_site("https://example.com/", "mailto:a@example.com"));
}

}  // namespace
}  // namespace joignable::util

namespace joignable::util {
namespace {

TEST_CASE("tracking and session parameters are stripped, the others keep their order", "[util]") {
  const std::vector<std::string> strip = {"utm_*", "gclid", "jsessionid", "phpsessid"};
  struct Case {
    const char* url;
    const char* expected;
  };
  const Case cases[] = {
      {"https://a.fr/p?utm_source=x&utm_medium=y", "https://a.fr/p"},
      {"https://a.fr/p?id=3&utm_source=x&b=2", "https://a.fr/p?id=3&b=2"},
      {"https://a.fr/p?GCLID=abc", "https://a.fr/p"},
      {"https://a.fr/p?PHPSESSID=1&page=2", "https://a.fr/p?page=2"},
      {"https://a.fr/shop;jsessionid=ABC123?x=1", "https://a.fr/shop?x=1"},
      {"https://a.fr/a;jsessionid=ABC/b", "https://a.fr/a/b"},
      {"https://a.fr/p?utm=keep", "https://a.fr/p?utm=keep"},
      {"https://a.fr/p?&&x=1&", "https://a.fr/p?x=1"},
      {"https://a.fr/p#frag", "https://a.fr/p#frag"},
      {"https://a.fr/p?utm_source=x#frag", "https://a.fr/p#frag"},
      {"not a url", "not a url"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.url);
    CHECK(without_params(c.url, strip) == c.expected);
  }
  CHECK(without_params("https://a.fr/p?utm_source=x", {}) == "https://a.fr/p?utm_source=x");
}

TEST_CASE("SiteUrls gives what normalize, without_params, fragment_of and same_site give",
          "[util]") {
  // The fast paths (the home's own origin and a plain path) must agree with curl.
  const std::vector<std::string> strip = {"utm_*", "jsessionid"};
  const std::string home = GENERATE(as<std::string>{}, "http://127.0.0.1:8080/",
                                    "https://www.example.com/fr/", "https://[::1]:8443/x?y",
                                    "http://user:pw@example.com/");
  const std::string url = GENERATE(
      as<std::string>{}, "http://127.0.0.1:8080/a/b-c.html", "http://127.0.0.1:8080/",
      "http://127.0.0.1:80801/x", "http://127.0.0.1:8080/p?utm_source=x&id=2#top",
      "http://127.0.0.1:8080/a/./b/../c", "HTTP://127.0.0.1:8080/A", "https://www.example.com/p",
      "https://example.com/p#x", "https://www.example.com/p;jsessionid=1/q",
      "http://www.example.com/p", "https://[::1]:8443/z", "https://[::1]/z",
      "http://example.com/p", "mailto:a@b.fr", "ftp://127.0.0.1:8080/");
  CAPTURE(home, url);
  const SiteUrls site(home, strip);
  const auto target = site.link_target(url);
  const auto normalized = normalize(url);
  REQUIRE(target.has_value() == normalized.has_value());
  if (!target) return;
  CHECK(target->url == without_params(*normalized, strip));
  CHECK(target->fragment == fragment_of(url));
  CHECK(target->same_site == same_site(home, url));
  CHECK(site.same_site(target->url) == same_site(home, url));
  CHECK(site.origin_of(target->url) == origin_of(url));
}

// Found by tests/fuzz/url_fuzz.cpp: the fast path took a URL with a newline for the site's own.
TEST_CASE("SiteUrls refuses what curl refuses: control characters and spaces", "[util]") {
  const std::string home = "https://www.example.com/a/b.html?x=0";
  const SiteUrls site(home, {});
  for (const std::string url : {"https://www.example.com/a\n.*//www", "https://www.example.com/a b",
                                "https://www.example.com/\x7f", "https://www.example.com/\t"}) {
    CAPTURE(url);
    CHECK(site.same_site(url) == same_site(home, url));
    CHECK(site.origin_of(url) == origin_of(url));
    CHECK(site.link_target(url).has_value() == normalize(url).has_value());
  }
}

}  // namespace
}  // namespace joignable::util
