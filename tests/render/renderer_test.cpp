// The renderer on a real headless Chromium and a loopback site whose content only JavaScript
// shows, and on pages that misbehave: they become outcomes, never a hang.
#include "render/renderer.h"

#include <signal.h>
#include <sys/wait.h>

#include <catch2/catch.hpp>

#include "crawl/fetch_text.h"
#include "render/chromium_test_support.h"
#include "support/decoy_listener.h"
#include "support/script_site.h"

namespace joignable::render {
namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

target::CrawlOptions test_options(int timeout_ms = 15000) {
  target::CrawlOptions options;
  options.loopback_one_is_public = true;  // 127.0.0.1 stands for a public site, 127.0.0.2 not
  options.render_timeout_ms = timeout_ms;
  return options;
}

// Renders `url` from its body as the crawl would have fetched it.
RenderedPage render_page(Renderer& renderer, const std::string& url,
                         const target::CrawlOptions& options) {
  const crawl::TextAnswer fetched = crawl::fetch_text(url, options, 1 << 20, 5);
  REQUIRE(fetched.status.is_ok());
  return renderer.render(url, fetched.body);
}

TEST_CASE("an application shell is rendered with what its script fetched", "[render][browser]") {
  if (!testing::chromium_or_skip()) return;
  testing::ScriptSite site;
  const target::CrawlOptions options = test_options();
  Renderer renderer(find_chromium(), site.url("/"), options);
  const RenderedPage page = render_page(renderer, site.url("/"), options);
  INFO(page.problem);
  CHECK(page.outcome == RenderOutcome::settled);
  CHECK(contains(page.html, "tel:+33142685300"));
  CHECK(contains(page.html, "Du lundi au vendredi"));
  CHECK(contains(page.html, "<textarea"));
  // The page's own HTML came from the crawl: the browser did not ask for it again.
  const auto asked = site.requests();
  CHECK(std::count(asked.begin(), asked.end(), "/") == 1);
  CHECK(std::count(asked.begin(), asked.end(), "/api/contact.json") == 1);
}

TEST_CASE("a second origin's script may inject a chat widget and a form", "[render][browser]") {
  if (!testing::chromium_or_skip()) return;
  testing::ScriptSite site;
  const target::CrawlOptions options = test_options();
  Renderer renderer(find_chromium(), site.url("/"), options);
  const RenderedPage page = render_page(renderer, site.url("/contact"), options);
  INFO(page.problem);
  CHECK(page.outcome == RenderOutcome::settled);
  CHECK(contains(page.html, "$crisp"));
  CHECK(contains(page.html, "contact-form"));
}

TEST_CASE("a page that never settles is read at the timeout", "[render][browser]") {
  if (!testing::chromium_or_skip()) return;
  testing::ScriptSite site;
  const target::CrawlOptions options = test_options(2000);
  Renderer renderer(find_chromium(), site.url("/"), options);
  const RenderedPage page = render_page(renderer, site.url("/restless"), options);
  CHECK(page.outcome == RenderOutcome::not_settled);
  CHECK(page.problem == "did not settle within 2000 ms");
  CHECK(contains(page.html, "tel:+33142685300"));
}

TEST_CASE("windows a page opens are refused and its alerts dismissed", "[render][browser]") {
  if (!testing::chromium_or_skip()) return;
  testing::ScriptSite site;
  const target::CrawlOptions options = test_options();
  Renderer renderer(find_chromium(), site.url("/"), options);
  const RenderedPage page = render_page(renderer, site.url("/popups"), options);
  INFO(page.problem);
  CHECK(page.outcome == RenderOutcome::settled);
  CHECK(contains(page.html, "tel:+33142685300"));
  const auto asked = site.requests();
  CHECK(std::count_if(asked.begin(), asked.end(),
                      [](const std::string& path) { return path == "/popups"; }) == 1);
  // The browser is still fit for the next page.
  CHECK(render_page(renderer, site.url("/"), options).outcome == RenderOutcome::settled);
}

TEST_CASE("a rendered page cannot reach a private address", "[render][browser]") {
  if (!testing::chromium_or_skip()) return;
  testing::DecoyListener decoy("127.0.0.2");
  testing::ScriptSite site("http://127.0.0.2:" + std::to_string(decoy.port()) + "/secret");
  const target::CrawlOptions options = test_options();
  Renderer renderer(find_chromium(), site.url("/"), options);
  const RenderedPage page = render_page(renderer, site.url("/decoy"), options);
  INFO(page.problem);
  CHECK(contains(page.html, "tel:+33142685300"));
  CHECK(page.refused_requests >= 1);
  CHECK(decoy.connections() == 0);
}

TEST_CASE("a browser that crashes is started again once, then rendering stops",
          "[render][browser]") {
  if (!testing::chromium_or_skip()) return;
  testing::ScriptSite site;
  const target::CrawlOptions options = test_options();
  Renderer renderer(find_chromium(), site.url("/"), options);
  REQUIRE(render_page(renderer, site.url("/"), options).outcome == RenderOutcome::settled);
  CHECK(renderer.peak_memory_bytes() > 0);
  ::kill(renderer.browser_pid(), SIGKILL);
  CHECK(render_page(renderer, site.url("/"), options).outcome == RenderOutcome::settled);
  CHECK(renderer.take_notices() == std::vector<std::string>{"chromium crashed: started again"});
  ::kill(renderer.browser_pid(), SIGKILL);
  const RenderedPage given_up = render_page(renderer, site.url("/"), options);
  CHECK(given_up.outcome == RenderOutcome::failed);
  CHECK(given_up.problem == "chromium crashed again: the rest of the audit is not rendered");
  CHECK(renderer.take_notices().size() == 1);
  CHECK(renderer.browser_pid() == 0);
}

}  // namespace
}  // namespace joignable::render
