#include "crawl/not_found_probe.h"

#include <map>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "support/test_server.h"

namespace joignable::crawl {
namespace {

using testing::TestServer;
using testing::UnknownPathAnswer;

const std::string kBasicSite = std::string(JOIGNABLE_TEST_FIXTURES) + "/sites/crawl_basic";
const std::string kLostPage =
    "<html><head><title>Oups</title></head><body><a href='/'>Accueil</a></body></html>";

target::CrawlOptions fast_options() {
  target::CrawlOptions options;
  options.timeout_ms = 5000;
  return options;
}

// The probes of `paths` on `server`, with the HTML bodies handed over, by probe URL.
struct ProbeRun {
  std::vector<NotFoundProbe> probes;
  std::map<std::string, std::string> bodies;
};

ProbeRun probe(const TestServer& server, const std::vector<std::string>& paths,
               const target::CrawlOptions& options = fast_options()) {
  std::vector<std::string> urls;
  for (const std::string& path : paths) urls.push_back(server.url(path));
  ProbeRun run;
  run.probes = probe_not_found(urls, options, [&](const NotFoundProbe& p, std::string_view body) {
    run.bodies[p.url] = std::string(body);
  });
  return run;
}

Page page(std::string url, int status = 200) {
  Page p;
  p.url = p.final_url = std::move(url);
  p.status.http_status = status;
  p.content_type = "text/html";
  return p;
}

}  // namespace

TEST_CASE("probe urls: one at the root, one in the folder holding the most pages", "[crawl]") {
  CrawlResult crawl;
  crawl.pages = {page("https://www.example.fr/"), page("https://www.example.fr/b/1.html"),
                 page("https://www.example.fr/a/1.html"), page("https://www.example.fr/a/2.html"),
                 page("https://www.example.fr/c/gone.html", 404),
                 page("https://www.example.fr/c/x/y.html", 404), page("https://other.example/z/")};
  CHECK(not_found_probe_urls(crawl, "0123abcd") ==
        std::vector<std::string>{"https://www.example.fr/joignable-404-check-0123abcd",
                                 "https://www.example.fr/a/joignable-404-check-0123abcd.html"});
}

TEST_CASE("probe urls: only the root for a flat site, on the home page's final origin",
          "[crawl]") {
  CrawlResult crawl;
  crawl.pages = {page("http://example.fr/"), page("http://example.fr/contact")};
  crawl.pages[0].final_url = "https://www.example.fr/";
  CHECK(not_found_probe_urls(crawl, "ff") ==
        std::vector<std::string>{"https://www.example.fr/joignable-404-check-ff"});
}

TEST_CASE("probe urls: none when the home page did not answer", "[crawl]") {
  CrawlResult crawl;
  crawl.pages = {page("https://www.example.fr/", 500)};
  CHECK(not_found_probe_urls(crawl, "ff").empty());
  CHECK(not_found_probe_urls(CrawlResult{}, "ff").empty());
}

TEST_CASE("the probe token is 16 hex digits and changes", "[crawl]") {
  const std::string token = random_probe_token();
  CHECK(token.size() == 16);
  CHECK(token.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(random_probe_token() != token);
}

TEST_CASE("a real 404 page is recorded and its html handed over", "[crawl]") {
  TestServer server(kBasicSite);
  const ProbeRun run = probe(server, {"/joignable-404-check-1", "/files/joignable-404-check-1.html"});
  REQUIRE(run.probes.size() == 2);
  for (const NotFoundProbe& p : run.probes) {
    CHECK(p.status.http_status == 404);
    CHECK(p.final_url == p.url);
    CHECK(p.redirects.empty());
    CHECK(p.content_type == "text/html");
    REQUIRE(run.bodies.count(p.url) == 1);
    CHECK(run.bodies.at(p.url).find("Page not found") != std::string::npos);
  }
}

TEST_CASE("a soft 404 answers 200 with a page", "[crawl]") {
  TestServer server;
  server.set_unknown_paths(UnknownPathAnswer{200, kLostPage, {}});
  const ProbeRun run = probe(server, {"/joignable-404-check-2"});
  REQUIRE(run.probes.size() == 1);
  CHECK(run.probes[0].status.http_status == 200);
  CHECK(run.probes[0].status.is_ok());
  CHECK(run.bodies.at(run.probes[0].url) == kLostPage);
}

TEST_CASE("a redirect to the home page is followed and recorded", "[crawl]") {
  TestServer server;
  server.set_unknown_paths(UnknownPathAnswer{404, {}, "/status/200"});
  const ProbeRun run = probe(server, {"/joignable-404-check-3"});
  REQUIRE(run.probes.size() == 1);
  CHECK(run.probes[0].status.http_status == 200);
  CHECK(run.probes[0].final_url == server.url("/status/200"));
  CHECK(run.probes[0].redirects == std::vector<std::string>{server.url("/status/200")});
}

TEST_CASE("410 and 5xx answers are recorded as they come", "[crawl]") {
  TestServer server;
  server.set_unknown_paths(UnknownPathAnswer{410, kLostPage, {}});
  CHECK(probe(server, {"/joignable-404-check-4"}).probes.at(0).status.http_status == 410);
  server.set_unknown_paths(UnknownPathAnswer{500, kLostPage, {}});
  const ProbeRun run = probe(server, {"/joignable-404-check-5"});
  CHECK(run.probes.at(0).status.http_status == 500);
  CHECK(run.probes.at(0).status.is_broken());
  CHECK(run.bodies.count(run.probes.at(0).url) == 1);
}

TEST_CASE("a probe robots.txt disallows is not sent, and says so", "[crawl]") {
  TestServer server;
  server.set_unknown_paths(UnknownPathAnswer{200, kLostPage, {}});
  server.set_robots(200, "User-agent: *\nDisallow: /joignable-404-check-\n");
  const ProbeRun run = probe(server, {"/joignable-404-check-6", "/a/joignable-404-check-6.html"});
  REQUIRE(run.probes.size() == 2);
  CHECK(run.probes[0].status.disallowed_by_robots);
  CHECK(run.probes[0].status.http_status == 0);
  CHECK(run.bodies.count(run.probes[0].url) == 0);
  CHECK_FALSE(run.probes[1].status.disallowed_by_robots);
  CHECK(run.probes[1].status.http_status == 200);

  target::CrawlOptions ignore_robots = fast_options();
  ignore_robots.respect_robots = false;
  CHECK(probe(server, {"/joignable-404-check-7"}, ignore_robots).probes.at(0).status.http_status ==
        200);
}

TEST_CASE("a probe that gets no answer records the network error", "[crawl]") {
  target::CrawlOptions options = fast_options();
  options.respect_robots = false;  // an unreachable robots.txt would forbid the probe (RFC 9309)
  const std::vector<NotFoundProbe> probes =
      probe_not_found({"http://127.0.0.1:9/joignable-404-check-8"}, options, nullptr);
  REQUIRE(probes.size() == 1);
  CHECK(probes[0].status.error == NetError::connect);
}

}  // namespace joignable::crawl
