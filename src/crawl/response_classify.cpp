#include "crawl/response_classify.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>

#include <curl/curl.h>

namespace joignable::crawl {

NetError net_error_from_curl(int curl_code) {
  switch (static_cast<CURLcode>(curl_code)) {
    case CURLE_OK: return NetError::none;
    case CURLE_OPERATION_TIMEDOUT: return NetError::timeout;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY: return NetError::dns;
    case CURLE_COULDNT_CONNECT: return NetError::connect;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_USE_SSL_FAILED: return NetError::tls;
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM: return NetError::reset;
    case CURLE_TOO_MANY_REDIRECTS: return NetError::too_many_redirects;
    // The fetcher hands libcurl http(s) URLs only and checks redirects itself, so libcurl's
    // "unsupported protocol" means an answer in no HTTP version it accepts (HTTP/0.9, garbage).
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_WEIRD_SERVER_REPLY:
    default: return NetError::other;
  }
}

namespace {

bool contains(const HeaderMap& headers, const std::string& name, std::string_view needle) {
  const auto it = headers.find(name);
  return it != headers.end() && it->second.find(needle) != std::string::npos;
}

// Text that only the challenge or block pages of these services carry, in lower case: their
// scripts' hosts and paths, element ids and titles. Generic words ("access denied", "akamai")
// are left out: a site's own error page may say them.
bool has_challenge_marker(std::string_view body_start) {
  static constexpr std::array<std::string_view, 22> kMarkers = {
      // Cloudflare: the interstitial, its script path, the 1020 block page, Turnstile.
      "cf-browser-verification", "/cdn-cgi/challenge-platform/", "window._cf_chl_opt",
      "<title>just a moment...</title>", "attention required! | cloudflare",
      "challenges.cloudflare.com/turnstile",
      // DataDome, Imperva (Incapsula), Sucuri, AWS WAF, Akamai's reference page.
      "captcha-delivery.com", "_incapsula_resource", "incapsula incident id", "sucuri_cloudproxy",
      "sucuri website firewall", "awswaf", "aws-waf-token", "errors.edgesuite.net",
      // PerimeterX (HUMAN), DDoS-Guard, Vercel, Kasada.
      "px-captcha", "captcha.px-cdn.net", "ddos-guard", "vercel security checkpoint",
      "kpsdk", "window._pxappid",
      // Captcha walls of any service, on an error answer.
      "class=\"g-recaptcha\"", "class=\"h-captcha\""};
  std::string text(body_start.substr(0, kChallengeBodyBytes));
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::any_of(kMarkers.begin(), kMarkers.end(), [&](std::string_view marker) {
    return text.find(marker) != std::string::npos;
  });
}

}  // namespace

bool is_bot_challenge(int http_status, const HeaderMap& headers, std::string_view body_start) {
  if (http_status != 403 && http_status != 429 && http_status != 503) {
    return false;
  }
  // Headers these services add only to their challenge or block answers.
  static constexpr std::array<const char*, 5> kChallengeHeaders = {
      "cf-mitigated", "x-amzn-waf-action", "x-datadome", "x-sucuri-block", "x-vercel-mitigated"};
  for (const char* name : kChallengeHeaders) {
    if (headers.count(name) != 0) {
      return true;
    }
  }
  // A 403 from these servers is their robot block page, never the site's own answer.
  if (http_status == 403 &&
      (contains(headers, "server", "akamaighost") || contains(headers, "x-iinfo", ""))) {
    return true;
  }
  return has_challenge_marker(body_start);
}

std::optional<std::chrono::seconds> retry_after(int http_status, const HeaderMap& headers,
                                                long long now_unix) {
  if (http_status != 429 && http_status != 503) return std::nullopt;
  const auto header = headers.find("retry-after");
  if (header == headers.end()) return std::nullopt;
  const std::string& value = header->second;
  const auto digits = value.find_first_not_of("0123456789");
  if (!value.empty() && digits == std::string::npos) {
    // Seconds; more digits than any sane wait would overflow, and mean "too long" anyway.
    return std::chrono::seconds(value.size() > 9 ? 999999999 : std::stoll(value));
  }
  const time_t when = curl_getdate(value.c_str(), nullptr);  // libcurl reads HTTP dates
  if (when < 0) return std::nullopt;
  return std::chrono::seconds(std::max<long long>(0, static_cast<long long>(when) - now_unix));
}

}  // namespace joignable::crawl
