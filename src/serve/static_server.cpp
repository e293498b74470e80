#include "serve/static_server.h"

#include "serve/http_server.h"

namespace joignable::serve {

Result<std::unique_ptr<StaticServer>> StaticServer::start(const std::filesystem::path& root) {
  std::error_code error;
  if (!std::filesystem::is_directory(root, error)) {
    return make_error(Error::Code::io, "not a folder", root.string());
  }
  Result<void> mounted;
  auto server = HttpServer::start([&](httplib::Server& routes) {
    mounted = serve_folder(routes, root);
  });
  if (!server) {
    return tl::unexpected(server.error());
  }
  if (!mounted) {
    return tl::unexpected(mounted.error());
  }
  return std::unique_ptr<StaticServer>(new StaticServer(std::move(*server)));
}

StaticServer::StaticServer(std::unique_ptr<HttpServer> server) : server_(std::move(server)) {}

StaticServer::~StaticServer() = default;

int StaticServer::port() const { return server_->port(); }

std::string StaticServer::url() const { return server_->url(); }

}  // namespace joignable::serve
