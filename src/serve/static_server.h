// StaticServer: serves a folder over http on 127.0.0.1 (a free port) from a background thread,
// for the demo command and the tests; a root/404.html answers unknown paths with status 404.
// It stops when destroyed. httplib stays behind this header. Not thread-safe; url() and port()
// may be read from any thread once start() has returned.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "util/result.h"

namespace joignable::serve {

class HttpServer;

class StaticServer {
 public:
  // Fails when `root` is not a folder or no port can be bound.
  [[nodiscard]] static Result<std::unique_ptr<StaticServer>> start(
      const std::filesystem::path& root);

  ~StaticServer();  // stops the server and waits for its thread
  StaticServer(const StaticServer&) = delete;
  StaticServer& operator=(const StaticServer&) = delete;

  int port() const;
  // "http://127.0.0.1:PORT/"
  std::string url() const;

 private:
  explicit StaticServer(std::unique_ptr<HttpServer> server);

  std::unique_ptr<HttpServer> server_;
};

}  // namespace joignable::serve
