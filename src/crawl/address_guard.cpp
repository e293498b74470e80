#include "crawl/address_guard.h"

#include <sys/socket.h>

#include "util/url.h"

namespace joignable::crawl {

void AddressGuard::install(CURL* easy, const target::CrawlOptions& options) {
  easy_ = easy;
  options_ = &options;
  refusal_.reset();
  curl_easy_setopt(easy, CURLOPT_OPENSOCKETFUNCTION, &AddressGuard::open_socket);
  curl_easy_setopt(easy, CURLOPT_OPENSOCKETDATA, this);
}

curl_socket_t AddressGuard::open_socket(void* self, curlsocktype /*purpose*/,
                                        curl_sockaddr* address) {
  auto* guard = static_cast<AddressGuard*>(self);
  // The URL of the hop being connected, redirects followed by libcurl included.
  const char* url = nullptr;
  curl_easy_getinfo(guard->easy_, CURLINFO_EFFECTIVE_URL, &url);
  const std::string current = url != nullptr ? url : "";
  if (const auto kind = refused_kind(&address->addr, util::host_of(current), *guard->options_)) {
    guard->refusal_ =
        Refusal{current, address_text(&address->addr), std::string(to_string(*kind))};
    return CURL_SOCKET_BAD;  // libcurl tries the host's next address, or fails to connect
  }
  return socket(address->family, address->socktype, address->protocol);
}

}  // namespace joignable::crawl
