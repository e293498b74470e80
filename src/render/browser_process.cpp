#include "render/browser_process.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>
#include <vector>

#include "render/chromium_path.h"

extern char** environ;

namespace joignable::render {
namespace {

// The browser's ends of the pipe must land on fds 3 and 4; ours must be elsewhere, above them,
// so that the child's dup2 never meets them, and close on exec.
int moved_above_four(int fd) {
  const int moved = ::fcntl(fd, F_DUPFD_CLOEXEC, 5);
  ::close(fd);
  return moved;
}

std::vector<std::string> browser_args(const std::string& chromium, const std::string& profile) {
  std::vector<std::string> args = headless_args(chromium, profile);
  args.insert(args.end(), {
      "--remote-debugging-pipe",
      "--no-default-browser-check",
      "--disable-default-apps",
      "--disable-domain-reliability",
      "--disable-breakpad",
      "--disable-client-side-phishing-detection",
      "--no-pings",
      "--metrics-recording-only",
      "--mute-audio",
      "--hide-scrollbars",
      "--password-store=basic",
      "--use-mock-keychain",
      // Tabs are closed after each page; this caps the renderers a site of many frames may start.
      "--renderer-process-limit=4",
      // Every tab renders at full speed: a tab in the background would have its timers slowed
      // to one a second, and a page polling without end would seem to settle.
      "--disable-background-timer-throttling",
      "--disable-renderer-backgrounding",
      "--disable-backgrounding-occluded-windows",
      // The page's own HTML is served from the crawl (tab_render.h), with no address, so
      // Chromium's Local Network Access would take it for a public page and block what it loads
      // from the company's own network; RequestPolicy judges every address instead.
      "--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessRespectPreflightResults,"
      "PrivateNetworkAccessSendPreflights,BlockInsecurePrivateNetworkRequests",
      "about:blank",
  });
  return args;
}

}  // namespace

Result<std::unique_ptr<BrowserProcess>> BrowserProcess::start(const std::string& chromium) {
  std::unique_ptr<BrowserProcess> browser(new BrowserProcess());
  auto made = make_browser_profile("render");
  if (!made) return tl::unexpected(made.error());
  const std::string profile = *made;
  browser->profile_ = profile;
  int commands[2];  // [0] the browser reads, [1] we write
  int events[2];    // [0] we read, [1] the browser writes
  if (::pipe2(commands, O_CLOEXEC) != 0) return make_error(Error::Code::io, "cannot create a pipe");
  if (::pipe2(events, O_CLOEXEC) != 0) {
    ::close(commands[0]);
    ::close(commands[1]);
    return make_error(Error::Code::io, "cannot create a pipe");
  }
  for (int* fd : {&commands[0], &commands[1], &events[0], &events[1]}) *fd = moved_above_four(*fd);
  browser->to_browser_ = commands[1];
  browser->from_browser_ = events[0];

  const std::vector<std::string> args = browser_args(chromium, profile);
  std::vector<char*> argv;
  for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, commands[0], 3);
  posix_spawn_file_actions_adddup2(&actions, events[1], 4);
  const int spawned =
      ::posix_spawn(&browser->pid_, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(commands[0]);
  ::close(events[1]);
  if (spawned != 0) {
    browser->pid_ = -1;
    return make_error(Error::Code::io, "cannot start " + chromium);
  }
  return browser;
}

BrowserProcess::~BrowserProcess() {
  stop();
  if (from_browser_ >= 0) ::close(from_browser_);
}

void BrowserProcess::stop() {
  if (to_browser_ >= 0) ::close(to_browser_);
  to_browser_ = -1;
  if (pid_ > 0) {
    // Chromium quits when its pipe closes; a browser that does not is killed.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(2);
    int status = 0;
    while (::waitpid(pid_, &status, WNOHANG) == 0) {
      if (std::chrono::steady_clock::now() > deadline) {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, &status, 0);
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    pid_ = -1;
  }
  if (!profile_.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(profile_, ec);
    profile_.clear();
  }
}

}  // namespace joignable::render
