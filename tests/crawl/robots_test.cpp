#include "crawl/robots.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "crawl/robots_lines.h"

namespace joignable::crawl {
namespace {

using std::chrono::milliseconds;

struct AllowCase {
  const char* what;
  const char* robots;
  const char* path;
  bool allowed;
};

// Each case: a robots.txt, a path asked for by "joignable", the expected answer. Cases quoting
// RFC 9309 say where they come from.
const std::vector<AllowCase> kAllowCases = {
    // Groups and agent selection (RFC 9309 2.2.1).
    {"no robots rules at all", "", "/anything", true},
    {"star group applies without an own group", "User-agent: *\nDisallow: /private\n", "/private/x",
     false},
    {"own group wins over star",
     "User-agent: *\nDisallow: /\n\nUser-agent: joignable\nDisallow: /x\n", "/y", true},
    {"own group rules apply", "User-agent: *\nDisallow: /\n\nUser-agent: joignable\nDisallow: /x\n",
     "/x/1", false},
    {"agent match is case-insensitive", "User-agent: JOIGNABLE\nDisallow: /a\n", "/a", false},
    {"agent line with a version names the product token",
     "User-agent: joignable/1.0\nDisallow: /a\n", "/a", false},
    {"another agent's group does not apply", "User-agent: googlebot\nDisallow: /\n", "/", true},
    {"a longer token is another agent", "User-agent: joignablebot\nDisallow: /\n", "/", true},
    {"consecutive agent lines share a group",
     "User-agent: other\nUser-agent: joignable\nDisallow: /shared\n", "/shared", false},
    {"an empty own group allows everything despite star",
     "User-agent: *\nDisallow: /\n\nUser-agent: joignable\n", "/page", true},
    {"blank lines between agent lines keep one group",
     "User-agent: joignable\n\nUser-agent: *\nDisallow: /\n", "/page", false},
    {"groups for the same agent are merged (first)",
     "User-agent: joignable\nDisallow: /a\n\nUser-agent: other\nDisallow: /\n\nUser-agent: "
     "joignable\n"
     "Disallow: /b\n",
     "/a", false},
    {"groups for the same agent are merged (second)",
     "User-agent: joignable\nDisallow: /a\n\nUser-agent: other\nDisallow: /\n\nUser-agent: "
     "joignable\n"
     "Disallow: /b\n",
     "/b", false},
    {"rules before any user-agent line are ignored", "Disallow: /\nUser-agent: *\nDisallow: /x\n",
     "/y", true},
    // Longest match and ties (RFC 9309 2.2.2).
    {"longer allow beats shorter disallow",
     "User-agent: *\nDisallow: /folder\nAllow: /folder/page\n", "/folder/page.html", true},
    {"longer disallow beats shorter allow",
     "User-agent: *\nAllow: /folder\nDisallow: /folder/page\n", "/folder/page.html", false},
    {"allow wins a tie", "User-agent: *\nDisallow: /page\nAllow: /page\n", "/page", true},
    {"allow wins a tie whatever the order", "User-agent: *\nAllow: /page\nDisallow: /page\n",
     "/page", true},
    {"matching is by prefix", "User-agent: *\nDisallow: /fish\n", "/fish.html?id=1", false},
    {"matching is case-sensitive", "User-agent: *\nDisallow: /fish\n", "/Fish.asp", true},
    {"query strings are part of the path", "User-agent: *\nDisallow: /search?q=\n", "/search?q=x",
     false},
    // Special characters (RFC 9309 2.2.3).
    {"star matches any run", "User-agent: *\nDisallow: /*.php\n", "/index.php?x=1", false},
    {"star matches the empty run", "User-agent: *\nDisallow: /a*b\n", "/ab", false},
    {"star needs the rest to match", "User-agent: *\nDisallow: /a*b\n", "/a/c", true},
    {"dollar anchors the end", "User-agent: *\nDisallow: /*.php$\n", "/index.php", false},
    {"dollar refuses a longer path", "User-agent: *\nDisallow: /*.php$\n", "/index.php?x=1", true},
    {"dollar on a plain pattern is an exact match", "User-agent: *\nDisallow: /$\n", "/", false},
    {"dollar on a plain pattern lets other paths through", "User-agent: *\nDisallow: /$\n",
     "/about", true},
    {"longest match counts pattern octets with wildcards",
     "User-agent: *\nAllow: /*/public\nDisallow: /a/\n", "/a/public", true},
    // Empty rules, the robots.txt file itself.
    {"an empty disallow allows", "User-agent: *\nDisallow:\n", "/x", true},
    {"an empty disallow does not undo another", "User-agent: *\nDisallow:\nDisallow: /x\n", "/x",
     false},
    {"robots.txt itself is always allowed", "User-agent: *\nDisallow: /\n", "/robots.txt", true},
    {"disallow root blocks everything else", "User-agent: *\nDisallow: /\n", "/robots.txt.bak",
     false},
    // Syntax: comments, case of keys, white space, line ends, BOM, unknown lines.
    {"comments are ignored", "# all\nUser-agent: * # everyone\nDisallow: /a # no\n", "/a", false},
    {"a comment does not become part of the pattern", "User-agent: *\nDisallow: /a#b\n", "/ab",
     false},
    {"keys are case-insensitive", "USER-AGENT: *\ndisALLOW: /a\n", "/a", false},
    {"white space around keys and values is ignored", "  User-agent :  *  \n\tDisallow\t:\t/a \n",
     "/a", false},
    {"CRLF line ends", "User-agent: *\r\nDisallow: /a\r\n", "/a", false},
    {"CR line ends", "User-agent: *\rDisallow: /a\r", "/a", false},
    {"a BOM is ignored", "\xEF\xBB\xBFUser-agent: *\nDisallow: /a\n", "/a", false},
    {"unknown lines are ignored", "User-agent: *\nNoindex: /a\nfoo bar\nDisallow: /b\n", "/a",
     true},
    {"a pattern without a leading slash gets one", "User-agent: *\nDisallow: private\n", "/private",
     false},
    {"a sitemap line does not end the agent list",
     "User-agent: other\nSitemap: https://x/s.xml\nUser-agent: joignable\nDisallow: /a\n", "/a",
     false},
    // Percent-encoding (RFC 9309 2.2.2): compared in one form.
    {"encoded unreserved in the pattern matches plain", "User-agent: *\nDisallow: /%7Ejoe\n",
     "/~joe", false},
    {"encoded unreserved in the path matches plain", "User-agent: *\nDisallow: /~joe\n", "/%7ejoe",
     false},
    {"non-ASCII pattern matches its encoded path", "User-agent: *\nDisallow: /café\n", "/caf%C3%A9",
     false},
    {"lower-case escapes match upper-case ones", "User-agent: *\nDisallow: /a%2fb\n", "/a%2Fb",
     false},
    {"an encoded slash is not a slash", "User-agent: *\nDisallow: /a/b\n", "/a%2Fb", true},
    {"an encoded star in a pattern is a literal star", "User-agent: *\nDisallow: /a%2Ab\n",
     "/a*b", false},
    {"an encoded star in a pattern is no wildcard", "User-agent: *\nDisallow: /a%2Ab\n", "/axb",
     true},
    {"an encoded dollar in a pattern is a literal dollar", "User-agent: *\nDisallow: /price%24\n",
     "/price$/eur", false},
    {"an encoded dollar in a pattern anchors nothing", "User-agent: *\nDisallow: /price%24\n",
     "/price", true},
    {"a dollar inside a pattern is the octet", "User-agent: *\nDisallow: /a$b\n", "/a$b/c", false},
    // As Google's parser reads it (robots_lines.h).
    {"useragent without hyphen", "useragent: joignable\nDisallow: /\n", "/x", false},
    {"user agent with a space", "User agent: joignable\nDisallow: /\n", "/x", false},
    {"a missing colon after the agent key", "user-agent joignable\ndisallow: /\n", "/x", false},
    {"a missing colon after disallow", "user-agent: joignable\ndisallow /\n", "/x", false},
    {"no colon and three words is no line", "user-agent: joignable\ndisallow / x\n", "/x", true},
    {"dissallow is disallow", "User-agent: *\nDissallow: /a\n", "/a", false},
    {"dissalow is disallow", "User-agent: *\nDissalow: /a\n", "/a", false},
    {"disalow is disallow", "User-agent: *\nDisalow: /a\n", "/a", false},
    {"diasllow is disallow", "User-agent: *\nDiasllow: /a\n", "/a", false},
    {"disallaw is disallow", "User-agent: *\nDisallaw: /a\n", "/a", false},
    {"a two-octet BOM is skipped", "\xEF\xBBUser-agent: *\nDisallow: /a\n", "/a", false},
    {"a one-octet BOM is skipped", "\xEFUser-agent: *\nDisallow: /a\n", "/a", false},
    {"a broken BOM spoils the first line", "\xEF\x11User-agent: *\nDisallow: /a\n", "/a", true},
    {"a star followed by words is the star group", "User-agent: * everyone\nDisallow: /a\n", "/a",
     false},
    {"a star glued to a name is no star group", "User-agent: *bot\nDisallow: /a\n", "/a", true},
    {"allow index.html allows its directory",
     "User-agent: *\nDisallow: /\nAllow: /d/index.html\n", "/d/", true},
};

TEST_CASE("robots.txt rules decide as RFC 9309 says", "[crawl]") {
  for (const AllowCase& c : kAllowCases) {
    INFO(c.what << "\nrobots.txt:\n" << c.robots << "\npath: " << c.path);
    CHECK(RobotsRules::parse(c.robots).allows(c.path) == c.allowed);
  }
}

TEST_CASE("the RFC 9309 example file is read as the RFC says", "[crawl]") {
  // RFC 9309 section 5.1, verbatim.
  const std::string robots =
      "User-Agent: *\nDisallow: *.gif$\nDisallow: /example/\nAllow: /publications/\n\n"
      "User-Agent: foobot\nDisallow:/\nAllow:/example/page.html\nAllow:/example/allowed.gif\n\n"
      "User-Agent: barbot\nUser-Agent: bazbot\nDisallow: /example/page.html\n\n"
      "User-Agent: quxbot\n\nEOF\n";
  const RobotsRules foobot = RobotsRules::parse(robots, "foobot");
  CHECK(foobot.allows("/example/page.html"));
  CHECK(foobot.allows("/example/allowed.gif"));
  CHECK_FALSE(foobot.allows("/example/other.html"));
  CHECK_FALSE(foobot.allows("/"));
  const RobotsRules bazbot = RobotsRules::parse(robots, "bazbot");
  CHECK_FALSE(bazbot.allows("/example/page.html"));
  CHECK(bazbot.allows("/example/other.html"));
  CHECK(bazbot.allows("/a.gif"));
  CHECK(RobotsRules::parse(robots, "quxbot").allows("/example/page.html"));
  const RobotsRules ours = RobotsRules::parse(robots);
  CHECK_FALSE(ours.allows("/example/page.html"));
  CHECK_FALSE(ours.allows("/images/a.gif"));
  CHECK(ours.allows("/images/a.gif.html"));
  CHECK(ours.allows("/publications/2024"));
}

TEST_CASE("crawl-delay is read in seconds from the chosen group", "[crawl]") {
  CHECK(RobotsRules::parse("User-agent: *\nCrawl-delay: 2\n").crawl_delay_seconds() == 2.0);
  CHECK(RobotsRules::parse("User-agent: *\ncrawl-DELAY: 0.5\n").crawl_delay_seconds() == 0.5);
  CHECK(
      RobotsRules::parse("User-agent: *\nCrawl-delay: 1\n\nUser-agent: joignable\nCrawl-delay: 3\n")
          .crawl_delay_seconds() == 3.0);
  CHECK(RobotsRules::parse("User-agent: joignable\nAllow: /\n\nUser-agent: *\nCrawl-delay: 3\n")
            .crawl_delay_seconds() == std::nullopt);
  CHECK(RobotsRules::parse("User-agent: *\nCrawl-delay: soon\n").crawl_delay_seconds() ==
        std::nullopt);
  CHECK(RobotsRules::parse("User-agent: *\nCrawl-delay: -4\n").crawl_delay_seconds() ==
        std::nullopt);
  CHECK(RobotsRules::parse("Crawl-delay: 4\n").crawl_delay_seconds() == std::nullopt);
}

TEST_CASE("the polite delay is the larger of delay_ms and crawl-delay, capped at 10 s", "[crawl]") {
  CHECK(polite_delay(milliseconds(0), RobotsRules::allow_all()) == milliseconds(0));
  CHECK(polite_delay(milliseconds(250), RobotsRules::allow_all()) == milliseconds(250));
  CHECK(polite_delay(milliseconds(0), RobotsRules::parse("User-agent: *\nCrawl-delay: 1.5\n")) ==
        milliseconds(1500));
  CHECK(polite_delay(milliseconds(2000), RobotsRules::parse("User-agent: *\nCrawl-delay: 1\n")) ==
        milliseconds(2000));
  CHECK(polite_delay(milliseconds(0), RobotsRules::parse("User-agent: *\nCrawl-delay: 3600\n")) ==
        milliseconds(10000));
}

TEST_CASE("sitemap lines are collected from the whole file", "[crawl]") {
  const RobotsRules rules = RobotsRules::parse(
      "Sitemap: https://example.com/a.xml\nUser-agent: other\nSitemap: https://example.com/b.xml\n"
      "Disallow: /\nsitemap:https://example.com/c.xml # last\nSitemap:\n");
  CHECK(rules.sitemaps() == std::vector<std::string>{"https://example.com/a.xml",
                                                     "https://example.com/b.xml",
                                                     "https://example.com/c.xml"});
}

TEST_CASE("only the first 500 KiB of robots.txt are parsed, up to a whole line", "[crawl]") {
  std::string robots = "User-agent: *\nDisallow: /early\n";
  robots += std::string(kRobotsMaxBytes - robots.size() - 10, '#') + "\n";
  robots += "Disallow: /cut-in-half-by-the-limit\nDisallow: /late\n";
  const RobotsRules rules = RobotsRules::parse(robots);
  CHECK_FALSE(rules.allows("/early"));
  CHECK(rules.allows("/cut"));
  CHECK(rules.allows("/late"));
}

TEST_CASE("a robots.txt line is cut at Google's 16,663 octets", "[crawl]") {
  const std::string prefix = "Disallow: /x/";
  const std::string long_name(kRobotsMaxLineBytes, 'a');
  const RobotsRules rules = RobotsRules::parse("User-agent: *\n" + prefix + long_name + "/end\n");
  const std::string kept = "/x/" + long_name.substr(0, kRobotsMaxLineBytes - prefix.size());
  CHECK_FALSE(rules.allows(kept + "/elsewhere"));
  CHECK(rules.allows(kept.substr(0, kept.size() - 1)));
}

TEST_CASE("the answer to robots.txt maps to rules as RFC 9309 2.3.1 says", "[crawl]") {
  const std::string body = "User-agent: *\nDisallow: /private\n";
  const auto rules_for = [&](int http_status, NetError error = NetError::none) {
    return RobotsRules::from_fetch(FetchStatus{http_status, error, "", false}, body);
  };
  CHECK_FALSE(rules_for(200).allows("/private"));
  CHECK(rules_for(200).allows("/public"));
  CHECK(rules_for(404).allows("/private"));
  CHECK(rules_for(403).allows("/private"));
  CHECK(rules_for(301).allows("/private"));
  CHECK(rules_for(0, NetError::too_many_redirects).allows("/private"));
  CHECK_FALSE(rules_for(500).allows("/public"));
  CHECK_FALSE(rules_for(503).allows("/public"));
  CHECK_FALSE(rules_for(0, NetError::connect).allows("/public"));
  CHECK_FALSE(rules_for(0, NetError::timeout).allows("/"));
  CHECK(rules_for(500).allows("/robots.txt"));
  CHECK_FALSE(RobotsRules::disallow_all().allows("/"));
  CHECK(RobotsRules::allow_all().allows("/"));
}

TEST_CASE("garbage robots.txt never crashes and allows what it cannot read", "[crawl]") {
  std::string bytes;
  for (int i = 0; i < 4096; ++i) bytes += static_cast<char>((i * 7919 + 13) % 256);
  const std::vector<std::string> inputs = {
      bytes,
      std::string(1000, '*'),
      "User-agent: *\nDisallow: ********$$$$\n",
      "User-agent: *\nDisallow: %\nDisallow: %4\nDisallow: %zz\n",
      ":::\n:\n#\n\r\r\n",
      std::string("User-agent: *\nDisallow: /a\0b\n", 29),
      std::string(kRobotsMaxBytes + 10, 'x')};
  for (const std::string& input : inputs) {
    const RobotsRules rules = RobotsRules::parse(input);
    CHECK(rules.allows("/robots.txt"));
    (void)rules.allows("/some/path?with=query%");
    (void)rules.allows(bytes);
  }
  CHECK(RobotsRules::parse(std::string(kRobotsMaxBytes + 10, 'x')).allows("/"));
}

TEST_CASE("the robots path of a URL is its path and query without fragment", "[crawl]") {
  CHECK(robots_path_of("https://example.com:8443/a/b?x=1#top") == "/a/b?x=1");
  CHECK(robots_path_of("http://example.com") == "/");
  CHECK(robots_path_of("http://example.com?q") == "/?q");
  CHECK(robots_path_of("http://example.com/") == "/");
  CHECK(robots_path_of("not a url") == "/");
}

}  // namespace
}  // namespace joignable::crawl
