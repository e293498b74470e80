#include "render/request_policy.h"

#include <netdb.h>
#include <sys/socket.h>

#include <array>
#include <string_view>

#include "crawl/address_policy.h"
#include "crawl/robots_fetch.h"
#include "util/url.h"

namespace joignable::render {
namespace {

// Analytics, tag managers, ad networks and session recorders: never a contact point.
constexpr std::array<std::string_view, 24> kTrackerDomains = {
    "google-analytics.com", "googletagmanager.com", "googlesyndication.com", "googleadservices.com",
    "doubleclick.net",      "facebook.net",         "connect.facebook.com",  "hotjar.com",
    "clarity.ms",           "segment.io",           "segment.com",           "mixpanel.com",
    "scorecardresearch.com", "criteo.com",          "criteo.net",            "taboola.com",
    "outbrain.com",         "adsrvr.org",           "amazon-adsystem.com",   "bat.bing.com",
    "quantserve.com",       "matomo.cloud",         "fullstory.com",         "mouseflow.com"};

bool on_any_site_refused(const std::string& type) {
  return type == "Media" || type == "EventSource" || type == "Ping" || type == "Prefetch" ||
         type == "CSPViolationReport" || type == "WebSocket" || type == "SignedExchange";
}

bool other_site_allowed(const std::string& type) {
  return type == "Script" || type == "Stylesheet" || type == "XHR" || type == "Fetch";
}

std::string bare_host(std::string host) {
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  }
  return host;
}

}  // namespace

bool is_tracker_host(const std::string& host) {
  for (const std::string_view domain : kTrackerDomains) {
    if (host == domain) return true;
    if (host.size() > domain.size() && host.ends_with(domain) &&
        host[host.size() - domain.size() - 1] == '.') {
      return true;
    }
  }
  return false;
}

RequestPolicy::RequestPolicy(std::string home_url, const target::CrawlOptions& options)
    : home_(std::move(home_url)), options_(options) {}

RequestVerdict RequestPolicy::judge(const std::string& url, const std::string& resource_type,
                                    const std::string& method) {
  RequestVerdict verdict;
  const std::string host = util::host_of(url);
  if (host.empty()) {
    verdict.reason = "scheme";
    return verdict;
  }
  if (method != "GET" && method != "HEAD" && method != "POST") {
    verdict.reason = "method";
    return verdict;
  }
  if (on_any_site_refused(resource_type)) {
    verdict.reason = "type " + resource_type;
    return verdict;
  }
  const bool on_site = util::same_site(home_, url);
  if (!on_site && !other_site_allowed(resource_type)) {
    verdict.reason = "other-site " + resource_type;
    return verdict;
  }
  if (!on_site && is_tracker_host(host)) {
    verdict.reason = "tracker";
    return verdict;
  }
  const std::lock_guard lock(mutex_);
  if (std::string refused = refused_address(host); !refused.empty()) {
    verdict.reason = std::move(refused);
    return verdict;
  }
  const std::string origin = util::origin_of(url);
  if (on_site && options_.respect_robots &&
      !robots_of(origin).allows(crawl::robots_path_of(url))) {
    verdict.reason = "robots";
    return verdict;
  }
  verdict.allowed = true;
  verdict.not_before = next_turn(origin, on_site);
  return verdict;
}

// Every address of the host must pass: the browser may connect to any of them.
std::string RequestPolicy::refused_address(const std::string& host) {
  if (const auto known = address_verdicts_.find(host); known != address_verdicts_.end()) {
    return known->second;
  }
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* found = nullptr;
  std::string verdict;
  if (::getaddrinfo(bare_host(host).c_str(), nullptr, &hints, &found) != 0 || found == nullptr) {
    verdict = "dns";
  }
  for (const addrinfo* entry = found; entry != nullptr && verdict.empty(); entry = entry->ai_next) {
    if (const auto kind = crawl::refused_kind(entry->ai_addr, host, options_)) {
      verdict = "address " + crawl::address_text(entry->ai_addr) + " (" +
                std::string(crawl::to_string(*kind)) + ")";
    }
  }
  if (found != nullptr) ::freeaddrinfo(found);
  return address_verdicts_.emplace(host, std::move(verdict)).first->second;
}

const crawl::RobotsRules& RequestPolicy::robots_of(const std::string& origin) {
  auto it = robots_.find(origin);
  if (it == robots_.end()) {
    const crawl::RobotsAnswer answer = crawl::fetch_robots(origin + "/robots.txt", options_);
    it = robots_.emplace(origin, crawl::RobotsRules::from_fetch(answer.status, answer.body)).first;
  }
  return it->second;
}

std::chrono::steady_clock::time_point RequestPolicy::next_turn(const std::string& origin,
                                                               bool on_site) {
  const auto now = std::chrono::steady_clock::now();
  std::chrono::milliseconds pause(options_.delay_ms);
  if (on_site && options_.respect_robots) {
    pause = crawl::polite_delay(pause, robots_of(origin));
  }
  if (pause.count() <= 0) return now;
  auto& next = next_request_[origin];
  const auto turn = std::max(now, next);
  next = turn + pause;
  return turn;
}

}  // namespace joignable::render
