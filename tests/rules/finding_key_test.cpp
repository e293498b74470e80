#include "rules/finding_key.h"

#include <catch2/catch.hpp>

namespace joignable::rules {
namespace {

const std::string kSite = "http://127.0.0.1:8080/";

Finding finding(std::string url, std::map<std::string, std::string> fields) {
  return Finding{std::move(url), "evidence that changes from run to run", std::move(fields)};
}

}  // namespace

TEST_CASE("a finding's key names its subject, with the site's URLs as paths", "[rules]") {
  CHECK(finding_key("link.broken_internal",
                    finding("http://127.0.0.1:8080/old.html?x=1", {{"url", "ignored"}}), kSite) ==
        "/old.html?x=1");
  CHECK(finding_key("link.broken_external", finding("https://gone.example/", {}), kSite) ==
        "https://gone.example/");
  CHECK(finding_key("phone.premium_rate",
                    finding("http://127.0.0.1:8080/contact", {{"e164", "+33892350149"}}), kSite) ==
        "+33892350149");
  CHECK(finding_key("form.no_free_text",
                    finding("http://127.0.0.1:8080/contact",
                            {{"action", "http://127.0.0.1:8080/send"}, {"fields", "3"}}),
                    kSite) == "/contact /send");
  CHECK(finding_key("listing.phone_mismatch",
                    finding("", {{"listing", "osm"}, {"e164", "+33465000000"}}), kSite) ==
        "osm +33465000000");
  CHECK(finding_key("hours.inconsistent",
                    finding("http://127.0.0.1:8080/", {{"source_a", "site"}, {"source_b", "listing:osm"}}),
                    kSite) == "site listing:osm");
}

TEST_CASE("site-wide findings and random probe URLs give no key", "[rules]") {
  CHECK(finding_key("site.soft_404", finding("http://127.0.0.1:8080/joignable-404-x8Kq2", {}),
                    kSite) == "");
  CHECK(finding_key("phone.missing", finding("http://127.0.0.1:8080/", {}), kSite) == "");
}

TEST_CASE("the same finding on another port of the demo keeps its key", "[rules]") {
  const Finding a = finding("http://127.0.0.1:4001/broken.html", {});
  const Finding b = finding("http://127.0.0.1:4002/broken.html", {});
  CHECK(finding_key("link.broken_internal", a, "http://127.0.0.1:4001/") ==
        finding_key("link.broken_internal", b, "http://127.0.0.1:4002/"));
}

}  // namespace joignable::rules
