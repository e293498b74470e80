// DecoyListener: a TCP port on a given loopback address (127.0.0.2, ::1…) that stands for a
// private machine next to the auditor. It accepts and counts connections, answers nothing and
// closes them, so a test can tell whether anything connected at all. Listens from construction
// to destruction on a background thread; connections() is thread-safe. Aborts when the address
// cannot be bound. Not copyable.
#pragma once

#include <atomic>
#include <string>
#include <thread>

namespace joignable::testing {

class DecoyListener {
 public:
  explicit DecoyListener(const std::string& address);
  ~DecoyListener();
  DecoyListener(const DecoyListener&) = delete;
  DecoyListener& operator=(const DecoyListener&) = delete;

  int port() const { return port_; }
  // Connections accepted so far.
  int connections() const { return connections_.load(); }

 private:
  int socket_ = -1;
  int port_ = 0;
  std::atomic<int> connections_{0};
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

}  // namespace joignable::testing
