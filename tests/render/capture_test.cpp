// Screenshots on a real headless Chromium and the loopback site whose contact points only
// JavaScript writes: both widths, JPEG within the size bound, and the evidence the audit found
// outlined (counted in the DOM by the marking script, right before the capture).
#include <catch2/catch.hpp>

#include "render/chromium_test_support.h"
#include "render/renderer.h"
#include "render/screenshot.h"
#include "support/script_site.h"

namespace joignable::render {
namespace {

target::CrawlOptions test_options(int timeout_ms) {
  target::CrawlOptions options;
  options.loopback_one_is_public = true;
  options.render_timeout_ms = timeout_ms;
  return options;
}

void check_shots(const CaptureResult& result) {
  REQUIRE(result.shots.size() == std::size(kViewports));
  for (std::size_t i = 0; i < result.shots.size(); ++i) {
    const Screenshot& shot = result.shots[i];
    CAPTURE(i, shot.jpeg.size(), shot.quality);
    CHECK(shot.width == kViewports[i].width);
    CHECK(shot.mobile == kViewports[i].mobile);
    CHECK(looks_like_jpeg(shot.jpeg));
    CHECK(shot.jpeg.size() <= kMaxScreenshotBytes);
    CHECK(shot.height >= kViewports[i].height);
    CHECK(shot.height <= kViewports[i].height * kMaxScreens);
  }
}

TEST_CASE("a page is captured at a phone's and a desktop's width, its evidence outlined",
          "[render][browser]") {
  if (!testing::chromium_or_skip()) return;
  testing::ScriptSite site;
  const target::CrawlOptions options = test_options(15000);
  Renderer renderer(find_chromium(), site.url("/"), options);
  ScreenshotRequest request;
  request.url = site.url("/");
  request.role = "home";
  request.marks.phone_digits = {phone_digits("+33142685300")};
  request.marks.form_actions = {site.url("/api/message")};
  request.marks.hours_texts = {"Du lundi au vendredi de 8h à 12h et de 14h à 18h, | le samedi "
                               "de 9h à 12h."};
  const CaptureResult result = renderer.capture(request);
  INFO(result.problem);
  CHECK(result.problem.empty());
  check_shots(result);
  for (const Screenshot& shot : result.shots) {
    CHECK(shot.page == site.url("/"));
    CHECK(shot.role == "home");
    // The tel: link and the text it shows are one element, outlined once.
    CHECK(shot.outlined.phones == 1);
    CHECK(shot.outlined.forms == 1);
    CHECK(shot.outlined.hours == 1);
  }
  // What a page does not show is not outlined: the contact page has no number.
  request.url = site.url("/contact");
  request.marks.form_actions = {site.url("/api/widget-message")};
  const CaptureResult contact = renderer.capture(request);
  INFO(contact.problem);
  check_shots(contact);
  CHECK(contact.shots[0].outlined.phones == 0);
  CHECK(contact.shots[0].outlined.hours == 0);
  CHECK(contact.shots[0].outlined.forms == 1);
}

TEST_CASE("a page that never settles is captured as it stands, within the timeout",
          "[render][browser]") {
  if (!testing::chromium_or_skip()) return;
  testing::ScriptSite site;
  const target::CrawlOptions options = test_options(6000);
  Renderer renderer(find_chromium(), site.url("/"), options);
  ScreenshotRequest request{site.url("/restless"), "home", {{phone_digits("+33142685300")}, {}, {}}};
  const CaptureResult result = renderer.capture(request);
  INFO(result.problem);
  check_shots(result);
  CHECK(result.shots[1].outlined.phones == 1);
}

}  // namespace
}  // namespace joignable::render
