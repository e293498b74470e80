// Transfer: one request and its chain of redirects as the fetcher drives it, one hop per libcurl
// easy transfer. It owns the hop's answer (status, headers, body so far) and the chain; the
// fetcher owns the easy handle. libcurl calls its callbacks on the fetcher's thread; not
// thread-safe. Internal to crawl/fetcher.cpp.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <curl/curl.h>

#include "crawl/address_guard.h"
#include "crawl/cookie_jar.h"
#include "crawl/fetcher.h"
#include "crawl/response_classify.h"
#include "crawl/site_auth.h"

namespace joignable::crawl {

class Transfer {
 public:
  using Clock = std::chrono::steady_clock;

  explicit Transfer(FetchRequest request);
  Transfer(const Transfer&) = delete;
  Transfer& operator=(const Transfer&) = delete;

  // The origin the current hop goes to, for the per-host limits.
  const std::string& host() const { return host_; }
  // A page of the site, whose body is kept for parsing (not a raw file such as a sitemap).
  bool is_page() const { return request_.keep_body && request_.raw_body_bytes == 0; }

  // Resets `easy` and sets it up for the current hop, with the crawl's cookie jar `cookies`; the
  // timeout left to the chain is spent from the first hop's start.
  void configure(CURL* easy, const target::CrawlOptions& options, const std::string& agent,
                 const CookieJar& cookies, Clock::time_point now);
  // Reads the finished hop's status, media type and redirect target from `easy`.
  void read_answer(CURL* easy);
  // After a finished hop: whether a redirect is to be followed, in which case the transfer now
  // points at the next hop. A forbidden scheme, a loop or one hop too many ends the chain with
  // that error instead.
  bool next_hop(CURLcode code, int max_redirects);
  // After a finished hop answered 429 or 503 (not a bot challenge) with a Retry-After of at most
  // `max_wait`: the wait, in which case the transfer will repeat the hop, with a fresh timeout,
  // at most `max_retries` times in all. Otherwise nullopt.
  std::optional<std::chrono::seconds> retry(CURLcode code, int max_retries,
                                            std::chrono::seconds max_wait);
  // The outcome once no hop is left.
  FetchResult finish(CURLcode code);

 private:
  static std::size_t on_body(char* data, std::size_t size, std::size_t count, void* self);
  static std::size_t on_header(char* data, std::size_t size, std::size_t count, void* self);
  std::size_t take_body(const char* data, std::size_t length);
  void take_header(std::string_view line);
  bool stopped_on_purpose(CURLcode code) const;
  void reset_hop();

  FetchRequest request_;
  std::string current_url_;
  std::string host_;
  std::vector<std::string> redirects_;
  std::optional<Clock::time_point> first_start_;
  std::optional<FetchStatus> chain_error_;
  int retries_ = 0;
  AddressGuard guard_;
  SiteAuth auth_;

  // The current hop.
  CURL* easy_ = nullptr;
  std::size_t max_body_ = 0;
  HeaderMap headers_;
  std::string body_;
  bool body_decided_ = false;
  bool keeping_body_ = false;
  bool sniffing_ = false;        // a 403, 429 or 503: its start is read for challenge markers
  std::string challenge_start_;  // at most kChallengeBodyBytes
  bool stopped_early_ = false;
  bool truncated_ = false;
  long http_status_ = 0;
  std::string content_type_;
  std::string redirect_url_;
  char error_buffer_[CURL_ERROR_SIZE] = {};
};

}  // namespace joignable::crawl
