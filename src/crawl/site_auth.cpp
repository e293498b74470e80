#include "crawl/site_auth.h"

#include "util/url.h"

namespace joignable::crawl {

SiteAuth::~SiteAuth() { curl_slist_free_all(headers_); }

void SiteAuth::apply(CURL* easy, std::string_view url, const target::CrawlOptions& options) {
  curl_slist_free_all(headers_);
  headers_ = nullptr;
  if (options.auth_origin.empty() || util::origin_of(url) != options.auth_origin) return;
  if (!options.auth_user.empty() || !options.auth_password.empty()) {
    curl_easy_setopt(easy, CURLOPT_USERNAME, options.auth_user.c_str());
    curl_easy_setopt(easy, CURLOPT_PASSWORD, options.auth_password.c_str());
  }
  for (const std::string& header : options.headers) {
    curl_slist* longer = curl_slist_append(headers_, header.c_str());
    if (longer == nullptr) break;
    headers_ = longer;
  }
  if (headers_ != nullptr) curl_easy_setopt(easy, CURLOPT_HTTPHEADER, headers_);
}

}  // namespace joignable::crawl
