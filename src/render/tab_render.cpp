// Longer than 300 lines: one tab's event loop serves both reading a page's DOM and photographing
// it (capture_in_tab), and the two share every step but the last.
#include "render/tab_render.h"

#include <algorithm>
#include <iterator>
#include <set>
#include <utility>
#include <vector>

#include "util/base64.h"

namespace joignable::render {
namespace {

// Budgets of the steps around the page's own timeout: opening and closing a tab, and reading the
// DOM of a page that may be stuck in a script.
constexpr auto kTabSetup = std::chrono::seconds(10);
constexpr auto kReadDom = std::chrono::seconds(3);
constexpr auto kCloseTab = std::chrono::seconds(2);
// A capture's share of a page's timeout: loading gets the rest (capture_in_tab).
constexpr int kCaptureShareDivisor = 3;

// The DOM, cut so that a page of endless markup cannot fill memory or the pipe.
std::string dom_expression(std::size_t max_chars) {
  const std::string cap = std::to_string(max_chars);
  return "(() => { const e = document.documentElement; const h = e ? e.outerHTML : ''; "
         "return h.length > " + cap + " ? h.slice(0, " + cap + ") : h; })()";
}

class TabRun {
 public:
  // `body`: the page's HTML to serve instead of fetching it; nullopt fetches it through the
  // policy.
  TabRun(DevToolsConnection& browser, RequestPolicy& policy,
         std::optional<std::string_view> body, const TabLimits& limits)
      : browser_(browser), policy_(policy), body_(body), limits_(limits) {}

  RenderedPage run(const std::string& url);
  CaptureResult capture(const ScreenshotRequest& request);

 private:
  struct Deferred {
    Clock::time_point at;
    std::string session;
    std::string request_id;
  };

  Result<void> open();
  void close();
  // Navigates to `url` and waits until the page settles or `deadline`; false when the navigation
  // failed, the tab crashed or the browser went (why()).
  bool load(const std::string& url, Clock::time_point deadline);
  std::string why() const;
  // Sends a command of the tab and handles the tab's events until its answer comes (the whole
  // message: "result" or "error"); nullopt at `deadline`.
  std::optional<Json> command(const std::string& method, Json params, Clock::time_point deadline);
  std::optional<Screenshot> capture_at(const ScreenshotRequest& request, const Viewport& viewport,
                                       Clock::time_point deadline);
  // Handles events until `done()` holds, the browser goes, or `deadline` passes.
  template <class Done>
  void pump(Clock::time_point deadline, Done done);
  void handle(const Json& event);
  void on_request(const Json& params, const std::string& session);
  void on_attached(const Json& params);
  void release_deferred(Clock::time_point now);
  bool settled() const {
    return !loader_.empty() && lifecycle_.contains(loader_ + " load") &&
           lifecycle_.contains(loader_ + " networkIdle");
  }

  DevToolsConnection& browser_;
  RequestPolicy& policy_;
  std::optional<std::string_view> body_;
  const TabLimits& limits_;
  std::string target_;
  std::string session_;
  bool served_page_ = false;
  std::uint64_t awaited_ = 0;  // the command whose answer pump() waits for
  std::optional<Json> answer_;
  bool navigated_ = false;  // Page.navigate answered
  std::string loader_;
  std::string navigation_error_;
  std::string crashed_;
  std::set<std::string> lifecycle_;  // "LOADER NAME"
  std::vector<Deferred> deferred_;
  int refused_ = 0;
};

Result<void> TabRun::open() {
  const auto deadline = Clock::now() + kTabSetup;
  auto created = browser_.call("Target.createTarget", {{"url", "about:blank"}}, {}, deadline);
  if (!created) return tl::unexpected(created.error());
  target_ = string_of(*created, "targetId");
  auto attached = browser_.call("Target.attachToTarget", {{"targetId", target_}, {"flatten", true}},
                                {}, deadline);
  if (!attached) return tl::unexpected(attached.error());
  session_ = string_of(*attached, "sessionId");
  browser_.open_session(session_);
  std::vector<std::pair<std::string, Json>> setup = {
      {"Page.enable", Json::object()},
      {"Page.setLifecycleEventsEnabled", {{"enabled", true}}},
      {"Fetch.enable", {{"patterns", Json::array({{{"urlPattern", "*"}}})}}},
      {"Target.setAutoAttach",
       {{"autoAttach", true}, {"waitForDebuggerOnStart", true}, {"flatten", true}}},
  };
  if (!limits_.user_agent.empty()) {
    setup.emplace_back("Emulation.setUserAgentOverride", Json{{"userAgent", limits_.user_agent}});
  }
  for (auto& [method, params] : setup) {
    auto done = browser_.call(method, std::move(params), session_, deadline);
    if (!done) return tl::unexpected(done.error());
  }
  return {};
}

void TabRun::close() {
  if (!session_.empty()) browser_.close_session(session_);
  if (!target_.empty()) {
    (void)browser_.call("Target.closeTarget", {{"targetId", target_}}, {},
                        Clock::now() + kCloseTab);
  }
}

template <class Done>
void TabRun::pump(Clock::time_point deadline, Done done) {
  while (!done() && crashed_.empty() && !browser_.closed()) {
    const auto now = Clock::now();
    if (now >= deadline) return;
    release_deferred(now);
    auto until = deadline;
    for (const Deferred& waiting : deferred_) until = std::min(until, waiting.at);
    if (std::optional<Json> event = browser_.next_event(session_, until)) handle(*event);
  }
}

void TabRun::handle(const Json& event) {
  if (const auto id = event.find("id"); id != event.end()) {
    if (id->is_number_unsigned() && id->get<std::uint64_t>() == awaited_) answer_ = event;
    return;
  }
  const std::string method = string_of(event, "method");
  const Json& params = object_of(event, "params");
  const std::string session = string_of(event, "sessionId");
  if (method == "Fetch.requestPaused") {
    on_request(params, session);
  } else if (method == "Page.lifecycleEvent") {
    lifecycle_.insert(string_of(params, "loaderId") + " " + string_of(params, "name"));
  } else if (method == "Page.javascriptDialogOpening") {
    browser_.send("Page.handleJavaScriptDialog", {{"accept", false}}, session);
  } else if (method == "Target.attachedToTarget") {
    on_attached(params);
  } else if (method == "Inspector.targetCrashed" && session == session_) {
    crashed_ = "the page's renderer crashed";
  }
}

void TabRun::on_request(const Json& params, const std::string& session) {
  const std::string id = string_of(params, "requestId");
  const Json& request = object_of(params, "request");
  const std::string type = string_of(params, "resourceType");
  // The page's own HTML is the crawl's: no second request, and the DOM grows from what was read.
  if (body_ && !served_page_ && type == "Document" && string_of(params, "frameId") == target_) {
    served_page_ = true;
    browser_.send("Fetch.fulfillRequest",
                  {{"requestId", id},
                   {"responseCode", 200},
                   {"responseHeaders",
                    Json::array({{{"name", "Content-Type"},
                                  {"value", "text/html; charset=utf-8"}}})},
                   {"body", util::base64_encode(*body_)}},
                  session);
    return;
  }
  const RequestVerdict verdict =
      policy_.judge(string_of(request, "url"), type, string_of(request, "method"));
  if (!verdict.allowed) {
    ++refused_;
    browser_.send("Fetch.failRequest", {{"requestId", id}, {"errorReason", "BlockedByClient"}},
                  session);
  } else if (verdict.not_before > Clock::now()) {
    deferred_.push_back({verdict.not_before, session, id});
  } else {
    browser_.send("Fetch.continueRequest", {{"requestId", id}}, session);
  }
}

// Frames of other processes and workers get the tab's policy before they run; a window the page
// opens is closed.
void TabRun::on_attached(const Json& params) {
  const std::string child = string_of(params, "sessionId");
  const Json& info = object_of(params, "targetInfo");
  if (string_of(info, "type") == "page") {
    browser_.send("Target.closeTarget", {{"targetId", string_of(info, "targetId")}});
    return;
  }
  browser_.adopt(child, session_);
  browser_.send("Fetch.enable", {{"patterns", Json::array({{{"urlPattern", "*"}}})}}, child);
  browser_.send("Target.setAutoAttach",
                {{"autoAttach", true}, {"waitForDebuggerOnStart", true}, {"flatten", true}}, child);
  browser_.send("Runtime.runIfWaitingForDebugger", Json::object(), child);
}

void TabRun::release_deferred(Clock::time_point now) {
  const auto due = std::partition(deferred_.begin(), deferred_.end(),
                                  [&](const Deferred& waiting) { return waiting.at > now; });
  for (auto it = due; it != deferred_.end(); ++it) {
    browser_.send("Fetch.continueRequest", {{"requestId", it->request_id}}, it->session);
  }
  deferred_.erase(due, deferred_.end());
}

bool TabRun::load(const std::string& url, Clock::time_point deadline) {
  awaited_ = browser_.send("Page.navigate", {{"url", url}}, session_, true);
  pump(deadline, [&] { return answer_.has_value(); });
  navigated_ = answer_.has_value();
  if (answer_) {
    const Json& result = object_of(*answer_, "result");
    loader_ = string_of(result, "loaderId");
    navigation_error_ = string_of(result, "errorText");
    if (answer_->contains("error")) navigation_error_ = string_of(object_of(*answer_, "error"), "message");
  }
  if (navigation_error_.empty()) pump(deadline, [&] { return settled(); });
  return navigation_error_.empty() && answer_ && crashed_.empty() && !browser_.closed();
}

std::string TabRun::why() const {
  return !navigation_error_.empty() ? "navigation failed: " + navigation_error_
         : !crashed_.empty()        ? crashed_
         : browser_.closed()        ? "the browser closed"
         : !navigated_              ? "the page did not answer in time"
                                    : "the page's DOM could not be read";
}

std::optional<Json> TabRun::command(const std::string& method, Json params,
                                    Clock::time_point deadline) {
  answer_.reset();
  awaited_ = browser_.send(method, std::move(params), session_, true);
  pump(deadline, [&] { return answer_.has_value(); });
  return std::exchange(answer_, std::nullopt);
}

RenderedPage TabRun::run(const std::string& url) {
  RenderedPage page;
  if (auto opened = open(); !opened) {
    page.problem = opened.error().message;
    close();
    return page;
  }
  const bool loaded = load(url, Clock::now() + limits_.timeout);
  const bool was_settled = settled();
  if (loaded) {
    const auto read = command("Runtime.evaluate",
                              {{"expression", dom_expression(limits_.max_html_chars)},
                               {"returnByValue", true}},
                              Clock::now() + kReadDom);
    if (read) {
      const Json& value = object_of(object_of(*read, "result"), "result");
      if (const auto html = value.find("value"); html != value.end() && html->is_string()) {
        page.html = html->get<std::string>();
      }
    }
  }
  page.refused_requests = refused_;
  close();
  if (!page.html.empty()) {
    page.outcome = was_settled ? RenderOutcome::settled : RenderOutcome::not_settled;
    if (!was_settled) {
      page.problem = "did not settle within " + std::to_string(limits_.timeout.count()) + " ms";
    }
    return page;
  }
  page.problem = why();
  return page;
}

Json device_metrics(const Viewport& viewport) {
  return {{"width", viewport.width},
          {"height", viewport.height},
          {"deviceScaleFactor", 1},
          {"mobile", viewport.mobile}};
}

// One viewport: set its size, outline the evidence, capture the top of the page as JPEG at
// the first quality (then scale) that fits kMaxScreenshotBytes.
std::optional<Screenshot> TabRun::capture_at(const ScreenshotRequest& request,
                                             const Viewport& viewport,
                                             Clock::time_point deadline) {
  if (!command("Emulation.setDeviceMetricsOverride", device_metrics(viewport), deadline)) {
    return std::nullopt;
  }
  const auto marked = command("Runtime.evaluate",
                              {{"expression", mark_expression(request.marks)},
                               {"awaitPromise", true},
                               {"returnByValue", true}},
                              deadline);
  if (!marked) return std::nullopt;
  const Json& value = object_of(object_of(object_of(*marked, "result"), "result"), "value");
  const auto count = [&](const char* key) {
    const auto it = value.find(key);
    return it != value.end() && it->is_number() ? it->get<int>() : 0;
  };
  Screenshot shot;
  shot.page = request.url;
  shot.role = request.role;
  shot.width = viewport.width;
  shot.mobile = viewport.mobile;
  shot.outlined = {count("phones"), count("forms"), count("hours")};
  // A page laid out wider than the phone (no viewport meta tag) is shown zoomed out: so is its
  // capture, to the viewport's width.
  const int layout_width = std::max(count("width"), viewport.width);
  const double zoom = static_cast<double>(viewport.width) / layout_width;
  const int page_height = std::max(count("height"), static_cast<int>(viewport.height / zoom));
  const int css_height =
      std::min(page_height, static_cast<int>(viewport.height * kMaxScreens / zoom));
  shot.height = static_cast<int>(css_height * zoom);
  for (const double scale : {1.0, 0.75, 0.5}) {
    for (const int quality : kJpegQualities) {
      if (scale < 1.0 && quality != kJpegQualities[std::size(kJpegQualities) - 1]) continue;
      const auto taken = command("Page.captureScreenshot",
                                 {{"format", "jpeg"},
                                  {"quality", quality},
                                  {"captureBeyondViewport", true},
                                  {"clip", {{"x", 0}, {"y", 0}, {"width", layout_width},
                                            {"height", css_height}, {"scale", scale * zoom}}}},
                                 deadline);
      if (!taken) return std::nullopt;
      auto bytes = util::base64_decode(string_of(object_of(*taken, "result"), "data"));
      if (!bytes || !looks_like_jpeg(*bytes)) return std::nullopt;
      shot.quality = quality;
      shot.jpeg = std::move(*bytes);
      if (shot.jpeg.size() <= kMaxScreenshotBytes) return shot;
    }
  }
  return std::nullopt;  // still too large at half size: a page of noise, not worth 150 KB
}

CaptureResult TabRun::capture(const ScreenshotRequest& request) {
  CaptureResult result;
  const auto start = Clock::now();
  const auto deadline = start + limits_.timeout;
  if (auto opened = open(); !opened) {
    result.problem = opened.error().message;
    close();
    return result;
  }
  // The page is laid out at the first width from the start, as a phone would load it.
  auto sized = browser_.call("Emulation.setDeviceMetricsOverride", device_metrics(kViewports[0]),
                             session_, deadline);
  const auto load_deadline = deadline - limits_.timeout / kCaptureShareDivisor;
  if (sized && load(request.url, load_deadline)) {
    for (const Viewport& viewport : kViewports) {
      auto shot = capture_at(request, viewport, deadline);
      if (!shot) break;
      result.shots.push_back(std::move(*shot));
    }
    if (result.shots.size() < std::size(kViewports)) {
      result.problem = "could not capture " + request.url + " within " +
                       std::to_string(limits_.timeout.count()) + " ms";
    }
  } else {
    result.problem = sized ? why() : sized.error().message;
  }
  close();
  return result;
}

}  // namespace

RenderedPage render_in_tab(DevToolsConnection& browser, RequestPolicy& policy,
                           const std::string& url, std::string_view body,
                           const TabLimits& limits) {
  return TabRun(browser, policy, body, limits).run(url);
}

CaptureResult capture_in_tab(DevToolsConnection& browser, RequestPolicy& policy,
                             const ScreenshotRequest& request, const TabLimits& limits) {
  return TabRun(browser, policy, std::nullopt, limits).capture(request);
}

}  // namespace joignable::render
