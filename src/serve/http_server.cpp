#include "serve/http_server.h"

#include <chrono>
#include <fstream>
#include <sstream>

namespace joignable::serve {

Result<std::unique_ptr<HttpServer>> HttpServer::start(
    const std::function<void(httplib::Server&)>& add_routes) {
  std::unique_ptr<HttpServer> server(new HttpServer());
  add_routes(server->server_);
  // Short keep-alive so that stopping does not wait on idle client connections.
  server->server_.set_keep_alive_timeout(1);
  server->port_ = server->server_.bind_to_any_port("127.0.0.1");
  if (server->port_ <= 0) {
    return make_error(Error::Code::io, "cannot bind a port on 127.0.0.1");
  }
  HttpServer& self = *server;
  server->thread_ = std::thread([&self] {
    self.server_.listen_after_bind();
    self.finished_ = true;
  });
  // httplib 0.11 ignores stop() until its accept loop runs, and asserts when stopped twice: wait
  // for the loop here so that the destructor stops it exactly once. The bound socket already
  // queues connections meanwhile. The loop flags itself running before anything can fail.
  while (!server->server_.is_running() && !server->finished_) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  if (server->finished_) {
    return make_error(Error::Code::io,
                      "the http server on port " + std::to_string(server->port_) + " stopped");
  }
  return server;
}

HttpServer::~HttpServer() {
  server_.stop();
  if (thread_.joinable()) {
    thread_.join();
  }
}

std::string HttpServer::url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/"; }

Result<void> serve_folder(httplib::Server& server, const std::filesystem::path& root) {
  if (!server.set_mount_point("/", root.string())) {
    return make_error(Error::Code::io, "not a folder", root.string());
  }
  const std::filesystem::path not_found = root / "404.html";
  std::error_code error;
  if (!std::filesystem::is_regular_file(not_found, error)) {
    return {};
  }
  std::ifstream file(not_found, std::ios::binary);
  std::ostringstream text;
  text << file.rdbuf();
  const std::string page = text.str();
  server.set_error_handler([page](const httplib::Request&, httplib::Response& response) {
    if (response.status == 404) {
      response.set_content(page, "text/html; charset=utf-8");
    }
  });
  return {};
}

}  // namespace joignable::serve
