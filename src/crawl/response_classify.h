// How a finished transfer becomes a FetchStatus: libcurl result codes mapped to NetError, and the
// answers of bot-protection services recognised as "blocked" (CONTRACT.md "Broken"). Pure
// functions; thread-safe. Only fetcher.cpp calls them; they live apart so tests can pin the table.
#pragma once

#include <chrono>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "crawl/page.h"

namespace joignable::crawl {

// `curl_code` is a CURLcode; CURLE_OK gives NetError::none, an unknown code NetError::other.
NetError net_error_from_curl(int curl_code);

// Response headers, names and values in lower case; a repeated header keeps its last value.
using HeaderMap = std::map<std::string, std::string>;

// How much of a 403, 429 or 503 body is read for challenge markers: the services put them in the
// page's head or first script, and reading no further keeps an error page from costing more.
inline constexpr std::size_t kChallengeBodyBytes = 8 * 1024;

// Whether a 403, 429 or 503 answer is a bot-protection challenge rather than a real failure.
// Recognises the headers that Cloudflare, AWS WAF, DataDome, Sucuri, Akamai, Imperva and Vercel
// set on their challenges, and the markers of the challenge pages of those and of PerimeterX,
// DDoS-Guard and captcha walls in `body_start`, the first kChallengeBodyBytes of the body
// (decoded; any case). Only 403, 429 and 503 are ever a challenge: a 200 that mentions a captcha
// is a page.
bool is_bot_challenge(int http_status, const HeaderMap& headers, std::string_view body_start = {});

// How long a 429 or 503 answer asks to wait before trying again (RFC 9110 Retry-After: seconds,
// or an HTTP date read against `now_unix`, in seconds since the epoch); nullopt for any other
// status or without a readable Retry-After. A date in the past means no wait.
std::optional<std::chrono::seconds> retry_after(int http_status, const HeaderMap& headers,
                                                long long now_unix);

}  // namespace joignable::crawl
