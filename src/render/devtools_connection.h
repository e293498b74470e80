// DevToolsConnection: the Chrome DevTools protocol over a browser's pipe (browser_process.h).
// Commands go out as {"id", "method", "params", "sessionId"}; a reader thread splits what comes
// back at NUL bytes and hands each message to whoever waits for it: the answer to a blocking
// call(), or the event queue of the session (an attached tab) it belongs to. Messages for no one
// (events of sessions not opened, answers nobody waits for) are dropped; so are malformed ones
// and any larger than kMaxMessageBytes, so a hostile page cannot make the reader grow without
// bound. Browser-level events go to a callback on the reader thread.
//
// SIGPIPE is ignored from the first connection on (process-wide): a write to a browser that died
// fails with EPIPE instead.
// Thread-safe: several tabs (one thread each) share a connection. Every wait has a deadline, and
// ends at once when the browser goes (closed()).
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

#include "render/browser_process.h"
#include "util/result.h"

namespace joignable::render {

using Json = nlohmann::json;
using Clock = std::chrono::steady_clock;

// The largest message read; past it the message is skipped up to its NUL. A page's DOM is cut
// well below it (tab_render.h).
inline constexpr std::size_t kMaxMessageBytes = 64u << 20;
// Events kept waiting for one session, at most; a page firing events without end loses the rest.
inline constexpr std::size_t kMaxQueuedEvents = 4096;

class DevToolsConnection {
 public:
  // Takes the browser; `on_browser_event` gets every event without a session, on the reader thread.
  DevToolsConnection(std::unique_ptr<BrowserProcess> browser,
                     std::function<void(DevToolsConnection&, const Json&)> on_browser_event);
  // Stops the browser (browser_process.h), then the reader.
  ~DevToolsConnection();
  DevToolsConnection(const DevToolsConnection&) = delete;
  DevToolsConnection& operator=(const DevToolsConnection&) = delete;

  // Sends a command and waits for its answer until `deadline`: its "result" object, or an error
  // with the protocol's message, "timed out" or "browser closed".
  [[nodiscard]] Result<Json> call(const std::string& method, Json params,
                                  const std::string& session, Clock::time_point deadline);
  // Sends a command without waiting; its answer is dropped, or, with `answer_as_event`, queued as
  // an event of `session` (a message with "id"), for a tab that must keep handling events while
  // the command runs (Page.navigate waits for requests the tab itself must let through).
  // Returns the command's id.
  std::uint64_t send(const std::string& method, Json params, const std::string& session = {},
                     bool answer_as_event = false);

  // Events of `session` (and of `session`'s children, see adopt()) are queued from now on.
  void open_session(const std::string& session);
  // Queues the events of `child` (a worker or frame attached to a tab) with those of `parent`.
  void adopt(const std::string& child, const std::string& parent);
  // Forgets a session and its children, and drops their queued events.
  void close_session(const std::string& session);
  // The next event of `session`, waiting until `deadline`; nullopt on timeout or when closed().
  std::optional<Json> next_event(const std::string& session, Clock::time_point deadline);

  // The browser has gone (crashed, killed or stopped): every call fails from now on.
  bool closed() const;
  pid_t pid() const;

 private:
  struct Waiter {
    bool done = false;
    Json message;
  };

  void read_loop();
  void dispatch(Json message);
  bool write(const std::string& text);

  std::unique_ptr<BrowserProcess> browser_;
  std::function<void(DevToolsConnection&, const Json&)> on_browser_event_;
  mutable std::mutex mutex_;
  std::condition_variable changed_;  // an answer, an event, or the end
  std::mutex write_mutex_;
  std::uint64_t next_id_ = 1;
  std::map<std::uint64_t, std::shared_ptr<Waiter>> waiters_;
  std::map<std::uint64_t, std::string> answers_as_events_;  // id -> session
  std::map<std::string, std::deque<Json>> queues_;          // by session opened
  std::map<std::string, std::string> parents_;              // child session -> its tab's
  bool closed_ = false;
  bool stopping_ = false;
  std::thread reader_;
};

// Small readers of protocol messages that never throw: "" / 0 / false when absent or mistyped.
std::string string_of(const Json& object, const char* key);
const Json& object_of(const Json& object, const char* key);

}  // namespace joignable::render
