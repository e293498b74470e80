// SiteAuth: the target's secrets on a libcurl handle, for the site's own origin only: the user
// and password of its start URL and its [crawl] headers (CrawlOptions::auth_*, headers). A
// request anywhere else, a redirect off the origin included, gets none of them. The fetcher
// applies it hop by hop (it follows redirects itself). One per transfer; not thread-safe.
#pragma once

#include <string_view>

#include <curl/curl.h>

#include "target/target.h"

namespace joignable::crawl {

class SiteAuth {
 public:
  SiteAuth() = default;
  ~SiteAuth();
  SiteAuth(const SiteAuth&) = delete;
  SiteAuth& operator=(const SiteAuth&) = delete;

  // Sets the secrets on `easy` (freshly reset) when `url` is on options.auth_origin. The header
  // list it hands libcurl lives until the next apply() or the object's end.
  void apply(CURL* easy, std::string_view url, const target::CrawlOptions& options);

 private:
  curl_slist* headers_ = nullptr;
};

}  // namespace joignable::crawl
