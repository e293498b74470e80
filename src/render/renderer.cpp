#include "render/renderer.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "crawl/address_policy.h"
#include "crawl/fetcher.h"
#include "render/browser_process.h"

namespace joignable::render {
namespace {

// A browser on a busy machine may take seconds to answer its first command.
constexpr auto kStartTimeout = std::chrono::seconds(30);
// Crashes survived: the browser is started again this many times, then rendering stops.
constexpr int kMaxRestarts = 1;

// Windows a page opens without a user's gesture are refused by Chromium's popup blocker; any that
// gets through (an opener set) is closed as soon as it exists.
void close_popups(DevToolsConnection& browser, const Json& event) {
  if (string_of(event, "method") != "Target.targetCreated") return;
  const Json& info = object_of(object_of(event, "params"), "targetInfo");
  if (string_of(info, "type") == "page" && !string_of(info, "openerId").empty()) {
    browser.send("Target.closeTarget", {{"targetId", string_of(info, "targetId")}});
  }
}

// PSS (shared pages split between the processes that map them), so that the browser's processes
// add up to what they cost; RSS where smaps_rollup is missing.
long long proportional_memory(const std::filesystem::path& proc, long page) {
  std::ifstream rollup(proc / "smaps_rollup");
  for (std::string line; std::getline(rollup, line);) {
    if (line.starts_with("Pss:")) return std::atoll(line.c_str() + 4) * 1024;
  }
  std::ifstream statm(proc / "statm");
  long long size = 0, resident = 0;
  return statm >> size >> resident ? resident * page : 0;
}

}  // namespace

long long tree_memory_bytes(pid_t root) {
  std::map<pid_t, std::vector<pid_t>> children;
  std::map<pid_t, long long> rss;
  const long page = ::sysconf(_SC_PAGESIZE);
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator("/proc", ec)) {
    const std::string name = entry.path().filename().string();
    if (name.empty() || name.find_first_not_of("0123456789") != std::string::npos) continue;
    const pid_t pid = std::stoi(name);
    std::ifstream stat(entry.path() / "stat");
    std::string line;
    if (!std::getline(stat, line)) continue;
    const auto close = line.rfind(')');
    if (close == std::string::npos) continue;
    std::istringstream fields(line.substr(close + 2));
    std::string state;
    pid_t parent = 0;
    fields >> state >> parent;
    children[parent].push_back(pid);
    rss[pid] = proportional_memory(entry.path(), page);
  }
  long long total = 0;
  std::vector<pid_t> todo = {root};
  while (!todo.empty()) {
    const pid_t pid = todo.back();
    todo.pop_back();
    total += rss[pid];
    for (const pid_t child : children[pid]) todo.push_back(child);
  }
  return total;
}

Renderer::Renderer(std::string chromium, std::string home_url,
                   const target::CrawlOptions& options)
    : chromium_(std::move(chromium)),
      options_(crawl::with_private_home(home_url, options)),
      policy_(home_url, options_) {}

Renderer::~Renderer() = default;

// The running browser, started (again) when there is none or it has gone; nullptr once given up.
std::shared_ptr<DevToolsConnection> Renderer::browser() {
  const std::lock_guard lock(mutex_);
  if (given_up_) return nullptr;
  if (browser_ && !browser_->closed()) return browser_;
  if (browser_) {
    browser_.reset();
    if (starts_ > kMaxRestarts) {
      given_up_ = true;
      why_given_up_ = "chromium crashed again: the rest of the audit is not rendered";
      notices_.push_back(why_given_up_);
      return nullptr;
    }
    notices_.push_back("chromium crashed: started again");
  }
  ++starts_;
  auto process = BrowserProcess::start(chromium_);
  if (!process) {
    given_up_ = true;
    why_given_up_ = process.error().message;
    notices_.push_back(why_given_up_ + ": pages are not rendered");
    return nullptr;
  }
  auto started = std::make_shared<DevToolsConnection>(std::move(*process), close_popups);
  auto version = started->call("Browser.getVersion", Json::object(), {}, Clock::now() + kStartTimeout);
  if (!version) {
    given_up_ = true;
    why_given_up_ = "chromium does not answer (" + version.error().message + ")";
    notices_.push_back(why_given_up_ + ": pages are not rendered");
    return nullptr;
  }
  user_agent_ = string_of(*version, "userAgent") + " " + crawl::user_agent();
  started->send("Target.setDiscoverTargets", {{"discover", true}});
  browser_ = std::move(started);
  return browser_;
}

void Renderer::take_tab() {
  std::unique_lock lock(mutex_);
  tab_freed_.wait(lock, [&] { return tabs_open_ < std::max(1, options_.render_concurrency); });
  ++tabs_open_;
}

void Renderer::release_tab() {
  {
    const std::lock_guard lock(mutex_);
    --tabs_open_;
  }
  tab_freed_.notify_one();
}

TabLimits Renderer::tab_limits() {
  TabLimits limits;
  limits.timeout = std::chrono::milliseconds(options_.render_timeout_ms);
  limits.max_html_chars = static_cast<std::size_t>(options_.max_body_bytes);
  const std::lock_guard lock(mutex_);
  limits.user_agent = user_agent_;
  return limits;
}

RenderedPage Renderer::render(const std::string& url, std::string_view body) {
  take_tab();
  RenderedPage page;
  std::shared_ptr<DevToolsConnection> running = browser();
  // A page in flight when the browser crashes is tried once more in the new one.
  for (int attempt = 0; running && attempt < 2; ++attempt) {
    page = render_in_tab(*running, policy_, url, body, tab_limits());
    sample_memory(running->pid());
    if (page.outcome != RenderOutcome::failed || !running->closed()) break;
    running = browser();
  }
  if (!running) {
    const std::lock_guard lock(mutex_);
    page.problem = why_given_up_;
  }
  release_tab();
  return page;
}

CaptureResult Renderer::capture(const ScreenshotRequest& request) {
  take_tab();
  CaptureResult result;
  if (std::shared_ptr<DevToolsConnection> running = browser()) {
    result = capture_in_tab(*running, policy_, request, tab_limits());
    sample_memory(running->pid());
  } else {
    const std::lock_guard lock(mutex_);
    result.problem = why_given_up_;
  }
  release_tab();
  return result;
}

void Renderer::sample_memory(pid_t pid) {
  const long long now = tree_memory_bytes(pid);
  const std::lock_guard lock(mutex_);
  peak_memory_ = std::max(peak_memory_, now);
}

std::vector<std::string> Renderer::take_notices() {
  const std::lock_guard lock(mutex_);
  return std::exchange(notices_, {});
}

pid_t Renderer::browser_pid() const {
  const std::lock_guard lock(mutex_);
  return browser_ && !browser_->closed() ? browser_->pid() : 0;
}

long long Renderer::peak_memory_bytes() const {
  const std::lock_guard lock(mutex_);
  return peak_memory_;
}

}  // namespace joignable::render
