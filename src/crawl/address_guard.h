// AddressGuard: the address policy (address_policy.h) applied to one libcurl easy handle. It
// hooks CURLOPT_OPENSOCKETFUNCTION, so every socket the handle would open, for the first request
// or a redirect libcurl follows, is checked against the address actually about to be connected:
// a refused one is never opened, and not a byte is sent. Any code that makes libcurl connect
// somewhere on a site's say (the crawler's fetcher, fetch_text, the form probe) installs one.
// One guard per handle and thread; it must outlive the handle's transfer.
#pragma once

#include <optional>
#include <string>

#include <curl/curl.h>

#include "crawl/address_policy.h"
#include "target/target.h"

namespace joignable::crawl {

class AddressGuard {
 public:
  AddressGuard() = default;
  AddressGuard(const AddressGuard&) = delete;
  AddressGuard& operator=(const AddressGuard&) = delete;

  // Checks every socket `easy` opens from now on against the policy of `options`, which must
  // outlive the transfer (install again after curl_easy_reset); forgets an earlier refusal.
  void install(CURL* easy, const target::CrawlOptions& options);
  // The last connection refused since install(): the URL libcurl was fetching, the address, why.
  // A transfer that ended with an error while this is set was refused by the policy.
  const std::optional<Refusal>& refusal() const { return refusal_; }

 private:
  static curl_socket_t open_socket(void* self, curlsocktype purpose, curl_sockaddr* address);

  const target::CrawlOptions* options_ = nullptr;
  CURL* easy_ = nullptr;
  std::optional<Refusal> refusal_;
};

}  // namespace joignable::crawl
