// BrowserProcess: one headless Chromium, started with a fresh profile in a temporary folder and
// driven over --remote-debugging-pipe: it reads DevTools commands on its fd 3 and writes answers
// and events on its fd 4, each message a JSON text ended by a NUL byte. The process is stopped by
// its PID when the object goes (pipe closed, a short grace, then SIGKILL) and its profile removed.
// Chromium also quits by itself when the pipe closes, so a joignable that is killed leaves no
// browser behind. Owns the process and both pipe ends; not thread-safe (DevToolsConnection shares
// the ends between threads).
#pragma once

#include <sys/types.h>

#include <memory>
#include <string>

#include "util/result.h"

namespace joignable::render {

class BrowserProcess {
 public:
  // Starts `chromium`. Fails when it cannot be started (the pipe is ready before it answers: the
  // first command tells whether it runs).
  [[nodiscard]] static Result<std::unique_ptr<BrowserProcess>> start(const std::string& chromium);
  ~BrowserProcess();
  BrowserProcess(const BrowserProcess&) = delete;
  BrowserProcess& operator=(const BrowserProcess&) = delete;

  int command_fd() const { return to_browser_; }   // we write commands here
  int event_fd() const { return from_browser_; }   // we read answers and events here
  pid_t pid() const { return pid_; }

  // Closes the command pipe, waits up to two seconds for the browser to quit, then kills it by
  // its PID; removes the profile. Idempotent. The event pipe stays open until destruction, so
  // that a thread still reading it never meets a reused fd.
  void stop();

 private:
  BrowserProcess() = default;

  pid_t pid_ = -1;
  int to_browser_ = -1;
  int from_browser_ = -1;
  std::string profile_;
};

}  // namespace joignable::render
