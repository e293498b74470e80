// Renderer: the audit's headless Chromium (one browser for the whole audit, started at the first
// page to render), with at most render_concurrency tabs open at once, each page rendered by
// tab_render.h under one RequestPolicy. A browser that crashes is started again once; after a
// second crash, or when it cannot start, pages are no longer rendered and render() says why. The
// browser is stopped by its PID when the renderer goes (and quits by itself if joignable dies).
// Thread-safe: parse workers call render() at once; each blocks while its page renders.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "render/devtools_connection.h"
#include "render/request_policy.h"
#include "render/tab_render.h"
#include "target/target.h"

namespace joignable::render {

class Renderer {
 public:
  // `chromium`: the binary (chromium_path.h); `options` as the crawl takes them (the private
  // home's exemption is worked out here, as the crawler does).
  Renderer(std::string chromium, std::string home_url, const target::CrawlOptions& options);
  ~Renderer();
  Renderer(const Renderer&) = delete;
  Renderer& operator=(const Renderer&) = delete;

  // `url`'s page as the browser shows it, from `body` (its HTML as the crawl fetched it). Never
  // throws; RenderOutcome::failed says the page was not rendered and why.
  RenderedPage render(const std::string& url, std::string_view body);
  // Screenshots of one page (screenshot.h) in a tab of the same browser, under the same bounds
  // (render_timeout_ms, render_concurrency). Never throws; CaptureResult::problem says why some
  // or all are missing.
  CaptureResult capture(const ScreenshotRequest& request);

  // What went wrong with the browser itself since the last call, one line each ("chromium
  // crashed: started again"), for the audit to say once.
  std::vector<std::string> take_notices();
  // The largest resident memory of the browser's processes seen, in bytes (sampled after each
  // page from /proc), for the benchmark.
  long long peak_memory_bytes() const;
  // The running browser's process id, 0 when none is running (for tests that crash it).
  pid_t browser_pid() const;

 private:
  std::shared_ptr<DevToolsConnection> browser();
  // Waits for a free tab; release_tab gives it back.
  void take_tab();
  void release_tab();
  TabLimits tab_limits();
  void sample_memory(pid_t pid);

  const std::string chromium_;
  const target::CrawlOptions options_;
  RequestPolicy policy_;  // reads options_
  mutable std::mutex mutex_;
  std::condition_variable tab_freed_;
  int tabs_open_ = 0;
  std::shared_ptr<DevToolsConnection> browser_;
  std::string user_agent_;
  int starts_ = 0;
  bool given_up_ = false;
  std::string why_given_up_;
  std::vector<std::string> notices_;
  long long peak_memory_ = 0;
};

// The resident memory of process `pid` and all its descendants, in bytes (Linux /proc); 0 when
// it cannot be read.
long long tree_memory_bytes(pid_t pid);

}  // namespace joignable::render
