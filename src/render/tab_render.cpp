#include "render/tab_render.h"

#include <algorithm>
#include <set>
#include <utility>
#include <vector>

namespace joignable::render {
namespace {

// Budgets of the steps around the page's own timeout: opening and closing a tab, and reading the
// DOM of a page that may be stuck in a script.
constexpr auto kTabSetup = std::chrono::seconds(10);
constexpr auto kReadDom = std::chrono::seconds(3);
constexpr auto kCloseTab = std::chrono::seconds(2);

std::string base64(std::string_view bytes) {
  static constexpr char kDigits[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const unsigned n = (static_cast<unsigned char>(bytes[i]) << 16) |
                       (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                       static_cast<unsigned char>(bytes[i + 2]);
    out += kDigits[(n >> 18) & 63];
    out += kDigits[(n >> 12) & 63];
    out += kDigits[(n >> 6) & 63];
    out += kDigits[n & 63];
  }
  if (i < bytes.size()) {
    unsigned n = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) n |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    out += kDigits[(n >> 18) & 63];
    out += kDigits[(n >> 12) & 63];
    out += i + 1 < bytes.size() ? kDigits[(n >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

// The DOM, cut so that a page of endless markup cannot fill memory or the pipe.
std::string dom_expression(std::size_t max_chars) {
  const std::string cap = std::to_string(max_chars);
  return "(() => { const e = document.documentElement; const h = e ? e.outerHTML : ''; "
         "return h.length > " + cap + " ? h.slice(0, " + cap + ") : h; })()";
}

class TabRun {
 public:
  TabRun(DevToolsConnection& browser, RequestPolicy& policy, std::string_view body,
         const TabLimits& limits)
      : browser_(browser), policy_(policy), body_(body), limits_(limits) {}

  RenderedPage run(const std::string& url);

 private:
  struct Deferred {
    Clock::time_point at;
    std::string session;
    std::string request_id;
  };

  Result<void> open();
  void close();
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
  std::string_view body_;
  const TabLimits& limits_;
  std::string target_;
  std::string session_;
  bool served_page_ = false;
  std::uint64_t awaited_ = 0;  // the command whose answer pump() waits for
  std::optional<Json> answer_;
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
  if (!served_page_ && type == "Document" && string_of(params, "frameId") == target_) {
    served_page_ = true;
    browser_.send("Fetch.fulfillRequest",
                  {{"requestId", id},
                   {"responseCode", 200},
                   {"responseHeaders",
                    Json::array({{{"name", "Content-Type"},
                                  {"value", "text/html; charset=utf-8"}}})},
                   {"body", base64(body_)}},
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

RenderedPage TabRun::run(const std::string& url) {
  RenderedPage page;
  if (auto opened = open(); !opened) {
    page.problem = opened.error().message;
    close();
    return page;
  }
  const auto deadline = Clock::now() + limits_.timeout;
  awaited_ = browser_.send("Page.navigate", {{"url", url}}, session_, true);
  pump(deadline, [&] { return answer_.has_value(); });
  if (answer_) {
    const Json& result = object_of(*answer_, "result");
    loader_ = string_of(result, "loaderId");
    navigation_error_ = string_of(result, "errorText");
    if (answer_->contains("error")) navigation_error_ = string_of(object_of(*answer_, "error"), "message");
  }
  if (navigation_error_.empty()) pump(deadline, [&] { return settled(); });
  const bool was_settled = settled();

  if (navigation_error_.empty() && answer_ && crashed_.empty() && !browser_.closed()) {
    answer_.reset();
    awaited_ = browser_.send("Runtime.evaluate",
                             {{"expression", dom_expression(limits_.max_html_chars)},
                              {"returnByValue", true}},
                             session_, true);
    pump(Clock::now() + kReadDom, [&] { return answer_.has_value(); });
    if (answer_) {
      const Json& value = object_of(object_of(*answer_, "result"), "result");
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
  page.problem = !navigation_error_.empty() ? "navigation failed: " + navigation_error_
                 : !crashed_.empty()        ? crashed_
                 : browser_.closed()        ? "the browser closed"
                                            : "the page's DOM could not be read";
  return page;
}

}  // namespace

RenderedPage render_in_tab(DevToolsConnection& browser, RequestPolicy& policy,
                           const std::string& url, std::string_view body,
                           const TabLimits& limits) {
  return TabRun(browser, policy, body, limits).run(url);
}

}  // namespace joignable::render
