// Screenshots as evidence (issue 16): a page of the site as a visitor sees it at a phone's and
// a desktop's width, with the contact points the audit found on it outlined, as JPEG small
// enough to embed in report.html. What to outline is given as the audit found it (a number's
// digits, a form's action, the hours' text); the page script (mark_expression) finds the
// elements that hold them. The capture itself runs in a tab (tab_render.h, Renderer::capture).
// Plain values and pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace joignable::render {

// What the audit found on one page, to outline there.
struct EvidenceMarks {
  std::vector<std::string> phone_digits;  // a number's significant digits ("142685300")
  std::vector<std::string> form_actions;  // absolute action URLs of the page's contact forms
  std::vector<std::string> hours_texts;   // the hours as the extractor read them on the page
};

// A page to photograph: its URL, what it is to the report ("home", "contact") and what to outline.
struct ScreenshotRequest {
  std::string url;
  std::string role;
  EvidenceMarks marks;
};

// How many elements of each kind were outlined before the capture.
struct OutlinedCounts {
  int phones = 0;
  int forms = 0;
  int hours = 0;
};

struct Screenshot {
  std::string page;  // the URL asked for
  std::string role;  // "home" | "contact"
  int width = 0;     // CSS pixels: the viewport's width, and the captured image's
  int height = 0;    // the captured height: the page's, cut at kMaxScreens viewports
  bool mobile = false;  // captured as a phone (mobile viewport, touch)
  int quality = 0;      // the JPEG quality that fitted kMaxScreenshotBytes
  OutlinedCounts outlined;
  std::string jpeg;  // the image's bytes
};

// The two widths every page is captured at, and their viewports' heights.
struct Viewport {
  int width, height;
  bool mobile;
};
inline constexpr Viewport kViewports[] = {{390, 844, true}, {1280, 800, false}};
// A page is captured down to this many viewports at most, so a long page stays a small image.
inline constexpr double kMaxScreens = 2.0;
// An image is encoded again at a lower quality until it fits; past the last, at a smaller scale.
inline constexpr std::size_t kMaxScreenshotBytes = 150 * 1024;
inline constexpr int kJpegQualities[] = {70, 55, 40, 30};

// report.json's and the report's note when Chromium is missing.
inline constexpr std::string_view kNoBrowserNote = "chromium is not installed: no screenshots";

// A JavaScript expression (for Runtime.evaluate with awaitPromise) that marks the visible elements
// holding `marks` with data-joignable-mark="phone|form|hours", adds the style that outlines them,
// waits for the layout to settle and returns {phones, forms, hours, width, height}: the counts
// marked, the layout viewport's width (980 on a phone for a page without a viewport meta tag,
// which the phone shows zoomed out) and the document's height, in CSS pixels. Marks already set are kept, so it may run once per width.
std::string mark_expression(const EvidenceMarks& marks);

// A phone number's digits to look for in the page's text: the last eight of its E.164 form
// (within the national number, past any trunk prefix, in the countries joignable knows), so that
// "01 42 68 53 00", "+33 (0)1 42 68 53 00" and "tel:+33142685300" all hold them.
std::string phone_digits(std::string_view e164);

// The bytes of a JPEG image start with its SOI marker and end with EOI.
bool looks_like_jpeg(std::string_view bytes);

}  // namespace joignable::render
