// How one request went: the HTTP status, or why there was none. The crawl records one on every
// page, link check, robots.txt and sitemap file; rules and reports read it without the rest of
// the crawl's types. A website that misbehaves is data here, never an error. Plain values.
#pragma once

#include <string>
#include <string_view>

namespace joignable::crawl {

// Why a request got no HTTP answer. Spelled as in report.json's broken_links[].error.
enum class NetError {
  none,
  timeout,             // connect, total or low-speed timeout
  dns,                 // the host name did not resolve
  connect,             // refused or unreachable
  tls,                 // handshake or certificate failure
  reset,               // connection reset or closed mid-answer
  too_many_redirects,  // more than CrawlOptions::max_redirects, or a loop
  forbidden_scheme,    // a URL or redirect to anything but http/https
  other,
  // The address policy (address_policy.h) refused the address the URL led to: not fetched, not
  // broken; error_detail says where and why.
  refused_private,
};
std::string_view to_string(NetError error);

struct FetchStatus {
  int http_status = 0;  // 0 when there was no HTTP answer
  NetError error = NetError::none;
  std::string error_detail;  // libcurl's message, for the evidence
  bool blocked = false;      // 403/429/503 with a bot-protection challenge: not broken
  // robots.txt disallows this URL for "joignable". A check so marked was not fetched (no status,
  // not broken); the home page is fetched all the same and keeps its status.
  bool disallowed_by_robots = false;

  // CONTRACT.md "Broken": 404, 410, 5xx, or no answer at all; never when blocked or refused.
  bool is_broken() const;
  // A 2xx answer (after redirects).
  bool is_ok() const { return error == NetError::none && http_status >= 200 && http_status < 300; }
};

}  // namespace joignable::crawl
