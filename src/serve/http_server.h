// HttpServer: a cpp-httplib server on 127.0.0.1, on a port the system picks, answering from a
// background thread until it is destroyed. This header is serve/'s adapter to httplib: only
// serve/ and the tests' support code include it; the rest of the tool uses StaticServer.
// Routes are set up before start() returns; the object itself is not thread-safe.
#pragma once

#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <thread>

#include <httplib.h>

#include "util/result.h"

namespace joignable::serve {

class HttpServer {
 public:
  // Calls `add_routes` on the server, binds it and starts answering. Fails when no port can be
  // bound or the server does not start.
  [[nodiscard]] static Result<std::unique_ptr<HttpServer>> start(
      const std::function<void(httplib::Server&)>& add_routes);

  ~HttpServer();  // stops the server and waits for its thread
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  int port() const { return port_; }
  // "http://127.0.0.1:PORT/"
  std::string url() const;

 private:
  HttpServer() = default;

  httplib::Server server_;
  std::atomic<bool> finished_{false};
  std::thread thread_;
  int port_ = 0;
};

// Serves the files under `root` at "/" (index.html for folders). When root/404.html exists, any
// other unknown path gets it with status 404.
[[nodiscard]] Result<void> serve_folder(httplib::Server& server, const std::filesystem::path& root);

}  // namespace joignable::serve
