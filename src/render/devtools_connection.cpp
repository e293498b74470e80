#include "render/devtools_connection.h"

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>

namespace joignable::render {
namespace {

// How often the reader looks whether it must stop while the browser is silent.
constexpr int kPollMs = 100;
constexpr auto kWriteTimeout = std::chrono::seconds(10);

}  // namespace

std::string string_of(const Json& object, const char* key) {
  if (!object.is_object()) return {};
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

const Json& object_of(const Json& object, const char* key) {
  static const Json kEmpty = Json::object();
  if (!object.is_object()) return kEmpty;
  const auto it = object.find(key);
  return it != object.end() && it->is_object() ? *it : kEmpty;
}

DevToolsConnection::DevToolsConnection(std::unique_ptr<BrowserProcess> browser,
                                       std::function<void(DevToolsConnection&, const Json&)> on_browser_event)
    : browser_(std::move(browser)), on_browser_event_(std::move(on_browser_event)) {
  // A write to the pipe of a browser that died must fail with EPIPE, not kill joignable.
  std::signal(SIGPIPE, SIG_IGN);
  ::fcntl(browser_->command_fd(), F_SETFL, ::fcntl(browser_->command_fd(), F_GETFL) | O_NONBLOCK);
  reader_ = std::thread([this] { read_loop(); });
}

DevToolsConnection::~DevToolsConnection() {
  {
    const std::lock_guard write_lock(write_mutex_);
    browser_->stop();
  }
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  reader_.join();
}

bool DevToolsConnection::closed() const {
  const std::lock_guard lock(mutex_);
  return closed_;
}

pid_t DevToolsConnection::pid() const { return browser_->pid(); }

// The pipe is non-blocking: a browser that stops reading fails the write after kWriteTimeout
// instead of blocking every tab behind the write lock.
bool DevToolsConnection::write(const std::string& text) {
  const std::lock_guard lock(write_mutex_);
  const int fd = browser_->command_fd();
  if (fd < 0) return false;
  const auto deadline = Clock::now() + kWriteTimeout;
  std::size_t written = 0;
  while (written < text.size() + 1) {  // the NUL after the text ends the message
    const char* from = text.c_str() + written;
    const ssize_t n = ::write(fd, from, text.size() + 1 - written);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && errno == EAGAIN) {
      if (Clock::now() > deadline) return false;
      pollfd watch{fd, POLLOUT, 0};
      ::poll(&watch, 1, kPollMs);
      continue;
    }
    if (n <= 0) {
      // EPIPE: the browser has gone, whether or not the reader has seen it yet.
      const std::lock_guard state(mutex_);
      closed_ = true;
      changed_.notify_all();
      return false;
    }
    written += static_cast<std::size_t>(n);
  }
  return true;
}

std::uint64_t DevToolsConnection::send(const std::string& method, Json params,
                                       const std::string& session, bool answer_as_event) {
  Json message = {{"method", method}, {"params", std::move(params)}};
  if (!session.empty()) message["sessionId"] = session;
  std::uint64_t id = 0;
  {
    const std::lock_guard lock(mutex_);
    id = next_id_++;
    if (answer_as_event) answers_as_events_[id] = session;
  }
  message["id"] = id;
  if (!write(message.dump(-1, ' ', false, Json::error_handler_t::replace))) {
    const std::lock_guard lock(mutex_);
    answers_as_events_.erase(id);
  }
  return id;
}

Result<Json> DevToolsConnection::call(const std::string& method, Json params,
                                      const std::string& session, Clock::time_point deadline) {
  Json message = {{"method", method}, {"params", std::move(params)}};
  if (!session.empty()) message["sessionId"] = session;
  auto waiter = std::make_shared<Waiter>();
  std::uint64_t id = 0;
  {
    const std::lock_guard lock(mutex_);
    if (closed_) return make_error(Error::Code::io, method + ": browser closed");
    id = next_id_++;
    waiters_[id] = waiter;
  }
  message["id"] = id;
  const bool sent = write(message.dump(-1, ' ', false, Json::error_handler_t::replace));
  std::unique_lock lock(mutex_);
  if (sent) changed_.wait_until(lock, deadline, [&] { return waiter->done || closed_; });
  waiters_.erase(id);
  if (!waiter->done) {
    return make_error(Error::Code::io, method + (closed_ || !sent ? ": browser closed" : ": timed out"));
  }
  const Json& answer = waiter->message;
  if (answer.contains("error")) {
    const std::string why = string_of(object_of(answer, "error"), "message");
    return make_error(Error::Code::io, method + ": " + (why.empty() ? "failed" : why));
  }
  return object_of(answer, "result");
}

void DevToolsConnection::open_session(const std::string& session) {
  const std::lock_guard lock(mutex_);
  queues_[session];
}

void DevToolsConnection::adopt(const std::string& child, const std::string& parent) {
  const std::lock_guard lock(mutex_);
  parents_[child] = parent;
}

void DevToolsConnection::close_session(const std::string& session) {
  const std::lock_guard lock(mutex_);
  queues_.erase(session);
  for (auto it = parents_.begin(); it != parents_.end();) {
    it = it->second == session ? parents_.erase(it) : std::next(it);
  }
  for (auto it = answers_as_events_.begin(); it != answers_as_events_.end();) {
    it = it->second == session ? answers_as_events_.erase(it) : std::next(it);
  }
}

std::optional<Json> DevToolsConnection::next_event(const std::string& session,
                                                   Clock::time_point deadline) {
  std::unique_lock lock(mutex_);
  const auto ready = [&] {
    const auto it = queues_.find(session);
    return closed_ || it == queues_.end() || !it->second.empty();
  };
  changed_.wait_until(lock, deadline, ready);
  const auto it = queues_.find(session);
  if (it == queues_.end() || it->second.empty()) return std::nullopt;
  Json event = std::move(it->second.front());
  it->second.pop_front();
  return event;
}

void DevToolsConnection::dispatch(Json message) {
  if (!message.is_object()) return;
  std::string session = string_of(message, "sessionId");
  const auto id_field = message.find("id");
  std::unique_lock lock(mutex_);
  if (id_field != message.end() && id_field->is_number_unsigned()) {
    const auto id = id_field->get<std::uint64_t>();
    if (const auto waiter = waiters_.find(id); waiter != waiters_.end()) {
      waiter->second->message = std::move(message);
      waiter->second->done = true;
      changed_.notify_all();
      return;
    }
    const auto routed = answers_as_events_.find(id);
    if (routed == answers_as_events_.end()) return;
    session = routed->second;
    answers_as_events_.erase(routed);
  } else if (session.empty()) {
    lock.unlock();
    if (on_browser_event_) on_browser_event_(*this, message);
    return;
  }
  if (const auto parent = parents_.find(session); parent != parents_.end()) session = parent->second;
  const auto queue = queues_.find(session);
  if (queue == queues_.end() || queue->second.size() >= kMaxQueuedEvents) return;
  queue->second.push_back(std::move(message));
  changed_.notify_all();
}

void DevToolsConnection::read_loop() {
  std::string pending;
  bool skipping = false;  // inside a message past kMaxMessageBytes
  char buffer[1 << 16];
  for (;;) {
    {
      const std::lock_guard lock(mutex_);
      if (stopping_) break;
    }
    pollfd watch{browser_->event_fd(), POLLIN, 0};
    const int ready = ::poll(&watch, 1, kPollMs);
    if (ready < 0 && errno == EINTR) continue;
    if (ready == 0) continue;
    const ssize_t n = ready < 0 ? -1 : ::read(browser_->event_fd(), buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;  // the browser has gone
    std::size_t start = 0;
    for (std::size_t i = 0; i < static_cast<std::size_t>(n); ++i) {
      if (buffer[i] != '\0') continue;
      if (!skipping) {
        pending.append(buffer + start, i - start);
        Json message = Json::parse(pending, nullptr, false);
        if (!message.is_discarded()) dispatch(std::move(message));
      }
      pending.clear();
      skipping = false;
      start = i + 1;
    }
    if (!skipping) pending.append(buffer + start, static_cast<std::size_t>(n) - start);
    if (pending.size() > kMaxMessageBytes) {
      pending.clear();
      skipping = true;
    }
  }
  const std::lock_guard lock(mutex_);
  closed_ = true;
  changed_.notify_all();
}

}  // namespace joignable::render
