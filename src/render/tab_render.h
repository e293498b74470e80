// Rendering one page in one tab of a running browser: create a target, attach to it (flattened
// session), let the page's requests through RequestPolicy (Fetch domain; the page's own HTML is
// served from the crawl's body, so it is not fetched twice), navigate, wait until the page is
// loaded and its network has been quiet for 500 ms, take document.documentElement.outerHTML,
// close the target. Dialogs are dismissed; windows the page opens, and frames and workers of
// other processes, are attached so that their requests meet the policy too, or closed (popups).
// Every step has a deadline: a page that never settles is read as it stands at the timeout.
// capture_in_tab photographs a page the same way (screenshot.h), fetching it through the policy.
// Thread-compatible: one call per tab thread; the connection and the policy are shared.
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "render/devtools_connection.h"
#include "render/request_policy.h"
#include "render/screenshot.h"

namespace joignable::render {

enum class RenderOutcome {
  settled,      // loaded and quiet: the DOM is the page as a visitor sees it
  not_settled,  // still loading or busy at the timeout: the DOM as it stood then
  failed,       // no DOM: navigation refused or failed, tab crashed, browser gone
};

struct RenderedPage {
  RenderOutcome outcome = RenderOutcome::failed;
  std::string html;     // document.documentElement.outerHTML; "" when failed
  std::string problem;  // why not settled or failed, one line; "" when settled
  int refused_requests = 0;  // requests of the page RequestPolicy refused
};

struct TabLimits {
  std::chrono::milliseconds timeout{15000};  // to settle
  std::size_t max_html_chars = 5u << 20;     // the DOM is cut there
  std::string user_agent;                    // "" keeps the browser's
};

RenderedPage render_in_tab(DevToolsConnection& browser, RequestPolicy& policy,
                           const std::string& url, std::string_view body,
                           const TabLimits& limits);

struct CaptureResult {
  std::vector<Screenshot> shots;  // one per kViewports entry captured, in its order
  std::string problem;            // why some or all are missing, one line; "" when none is
};

// Loads `request.url` laid out at kViewports[0], waits until it settles for at most two thirds
// of limits.timeout, then at each viewport outlines the evidence and captures the page's top
// (screenshot.h); everything ends by limits.timeout (a capture not done by then is dropped).
CaptureResult capture_in_tab(DevToolsConnection& browser, RequestPolicy& policy,
                             const ScreenshotRequest& request, const TabLimits& limits);

}  // namespace joignable::render
