#include "support/decoy_listener.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace joignable::testing {
namespace {

[[noreturn]] void fail(const std::string& what) {
  std::fprintf(stderr, "decoy listener: %s: %s\n", what.c_str(), std::strerror(errno));
  std::abort();
}

}  // namespace

DecoyListener::DecoyListener(const std::string& address) {
  sockaddr_storage storage{};
  socklen_t length = 0;
  const bool v6 = address.find(':') != std::string::npos;
  if (v6) {
    auto* in6 = reinterpret_cast<sockaddr_in6*>(&storage);
    in6->sin6_family = AF_INET6;
    if (inet_pton(AF_INET6, address.c_str(), &in6->sin6_addr) != 1) fail("bad address " + address);
    length = sizeof(sockaddr_in6);
  } else {
    auto* in = reinterpret_cast<sockaddr_in*>(&storage);
    in->sin_family = AF_INET;
    if (inet_pton(AF_INET, address.c_str(), &in->sin_addr) != 1) fail("bad address " + address);
    length = sizeof(sockaddr_in);
  }
  socket_ = socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM, 0);
  if (socket_ < 0) fail("socket");
  if (bind(socket_, reinterpret_cast<sockaddr*>(&storage), length) != 0) fail("bind " + address);
  if (listen(socket_, 16) != 0) fail("listen");
  if (getsockname(socket_, reinterpret_cast<sockaddr*>(&storage), &length) != 0) fail("name");
  port_ = ntohs(v6 ? reinterpret_cast<sockaddr_in6*>(&storage)->sin6_port
                   : reinterpret_cast<sockaddr_in*>(&storage)->sin_port);
  thread_ = std::thread([this] {
    while (!stopping_) {
      pollfd waiting{socket_, POLLIN, 0};
      if (poll(&waiting, 1, 20) <= 0) continue;  // a short slice, only to notice stopping_
      const int connection = accept(socket_, nullptr, nullptr);
      if (connection < 0) continue;
      ++connections_;
      close(connection);
    }
  });
}

DecoyListener::~DecoyListener() {
  stopping_ = true;
  thread_.join();
  close(socket_);
}

}  // namespace joignable::testing
