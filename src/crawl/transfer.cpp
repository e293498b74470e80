#include "crawl/transfer.h"

#include <algorithm>
#include <cctype>
#include <ctime>

#include "crawl/charset.h"
#include "util/url.h"

namespace joignable::crawl {
namespace {

// Bounds what a hostile server can make us store besides the body.
constexpr std::size_t kMaxHeaders = 64;
constexpr std::size_t kMaxHeaderValue = 1024;
// A server sending less than this many bytes per second for kLowSpeedSeconds is given up on.
constexpr long kLowSpeedBytes = 64;
constexpr long kLowSpeedSeconds = 15;

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string_view trim(std::string_view text) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && is_space(text.front())) {
    text.remove_prefix(1);
  }
  while (!text.empty() && is_space(text.back())) {
    text.remove_suffix(1);
  }
  return text;
}

// "Text/HTML; charset=UTF-8" -> "text/html".
std::string media_type(const char* content_type) {
  if (content_type == nullptr) {
    return "";
  }
  const std::string_view text(content_type);
  return lower(trim(text.substr(0, text.find(';'))));
}

bool is_html(const std::string& type) {
  return type == "text/html" || type == "application/xhtml+xml";
}

}  // namespace

Transfer::Transfer(FetchRequest request)
    : request_(std::move(request)),
      current_url_(request_.url),
      host_(util::origin_of(request_.url)) {}

void Transfer::configure(CURL* easy, const target::CrawlOptions& options,
                         const std::string& agent, const CookieJar& cookies, Clock::time_point now) {
  if (!first_start_) {
    first_start_ = now;
  }
  const auto spent = std::chrono::duration_cast<std::chrono::milliseconds>(now - *first_start_);
  const long time_left = std::max<long>(1, options.timeout_ms - spent.count());
  easy_ = easy;
  max_body_ = static_cast<std::size_t>(std::max(0L, options.max_body_bytes));
  reset_hop();

  CookieJar::reset(easy);
  guard_.install(easy, options);
  auth_.apply(easy, current_url_, options);
  curl_easy_setopt(easy, CURLOPT_URL, current_url_.c_str());
  curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, "");
  curl_easy_setopt(easy, CURLOPT_USERAGENT, agent.c_str());
  cookies.attach(easy);
  curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options.connect_timeout_ms));
  curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, time_left);
  curl_easy_setopt(easy, CURLOPT_LOW_SPEED_LIMIT, kLowSpeedBytes);
  curl_easy_setopt(easy, CURLOPT_LOW_SPEED_TIME,
                   std::clamp(time_left / 1000, 1L, kLowSpeedSeconds));
  curl_easy_setopt(easy, CURLOPT_NOBODY, request_.method == Method::head ? 1L : 0L);
  curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, error_buffer_);
  curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &Transfer::on_body);
  curl_easy_setopt(easy, CURLOPT_WRITEDATA, this);
  curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &Transfer::on_header);
  curl_easy_setopt(easy, CURLOPT_HEADERDATA, this);
}

void Transfer::reset_hop() {
  headers_.clear();
  body_.clear();
  body_decided_ = false;
  keeping_body_ = false;
  sniffing_ = false;
  challenge_start_.clear();
  stopped_early_ = false;
  truncated_ = false;
  http_status_ = 0;
  content_type_.clear();
  redirect_url_.clear();
  error_buffer_[0] = '\0';
}

std::size_t Transfer::on_body(char* data, std::size_t size, std::size_t count, void* self) {
  return static_cast<Transfer*>(self)->take_body(data, size * count);
}

std::size_t Transfer::on_header(char* data, std::size_t size, std::size_t count, void* self) {
  static_cast<Transfer*>(self)->take_header(std::string_view(data, size * count));
  return size * count;
}

std::size_t Transfer::take_body(const char* data, std::size_t length) {
  if (!body_decided_) {
    // Decided once the headers are in: only the HTML answer of a page is worth reading, or any
    // answer of a file asked for whole; and the start of an answer that may be a challenge.
    body_decided_ = true;
    long status = 0;
    const char* type = nullptr;
    curl_easy_getinfo(easy_, CURLINFO_RESPONSE_CODE, &status);
    curl_easy_getinfo(easy_, CURLINFO_CONTENT_TYPE, &type);
    keeping_body_ = request_.keep_body && (status < 300 || status >= 400) &&
                    (request_.raw_body_bytes > 0 || is_html(media_type(type)));
    if (request_.raw_body_bytes > 0) {
      max_body_ = request_.raw_body_bytes;
    }
    sniffing_ = status == 403 || status == 429 || status == 503;
  }
  if (sniffing_ && challenge_start_.size() < kChallengeBodyBytes) {
    challenge_start_.append(data, std::min(length, kChallengeBodyBytes - challenge_start_.size()));
    if (!keeping_body_ && challenge_start_.size() < kChallengeBodyBytes) {
      return length;
    }
  }
  if (!keeping_body_ || length == 0) {
    stopped_early_ = length > 0;
    return 0;  // libcurl ends the transfer with CURLE_WRITE_ERROR, which stopped_on_purpose() knows
  }
  const std::size_t room = max_body_ - std::min(max_body_, body_.size());
  const std::size_t kept = std::min(length, room);
  if (body_.size() + kept > body_.capacity()) {
    // Doubling, but never past the cap: a body cut at 5 MiB must not hold 8 MiB.
    body_.reserve(std::min(max_body_, std::max(body_.size() + kept, 2 * body_.capacity())));
  }
  body_.append(data, kept);
  if (length > room) {
    truncated_ = true;
    return 0;
  }
  return length;
}

void Transfer::take_header(std::string_view line) {
  if (line.rfind("HTTP/", 0) == 0) {
    headers_.clear();  // a new answer (after 100 Continue, or an interim one)
    return;
  }
  const auto colon = line.find(':');
  if (colon == std::string_view::npos || headers_.size() >= kMaxHeaders) {
    return;
  }
  const auto value = trim(line.substr(colon + 1));
  headers_[lower(trim(line.substr(0, colon)))] = lower(value.substr(0, kMaxHeaderValue));
}

void Transfer::read_answer(CURL* easy) {
  const char* type = nullptr;
  const char* location = nullptr;
  curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &http_status_);
  curl_easy_getinfo(easy, CURLINFO_CONTENT_TYPE, &type);
  curl_easy_getinfo(easy, CURLINFO_REDIRECT_URL, &location);
  content_type_ = media_type(type);
  redirect_url_ = location != nullptr ? location : "";
  easy_ = nullptr;
}

bool Transfer::stopped_on_purpose(CURLcode code) const {
  return code == CURLE_WRITE_ERROR && (stopped_early_ || truncated_);
}

bool Transfer::next_hop(CURLcode code, int max_redirects) {
  if ((code != CURLE_OK && !stopped_on_purpose(code)) || http_status_ < 300 ||
      http_status_ >= 400 || redirect_url_.empty()) {
    return false;
  }
  const auto next = util::normalize(redirect_url_);
  if (!next) {
    chain_error_ = FetchStatus{static_cast<int>(http_status_), NetError::forbidden_scheme,
                               "redirect to " + redirect_url_, false};
    return false;
  }
  // A URL may come back once (a site that sets a cookie and redirects to itself); a third
  // visit is a loop, stopped before max_redirects requests are spent on it.
  const auto visits = std::count(redirects_.begin(), redirects_.end(), *next) +
                      (*next == request_.url ? 1 : 0);
  const bool loops = visits >= 2;
  if (loops || static_cast<int>(redirects_.size()) >= max_redirects) {
    const std::string why = loops ? "redirect loop back to " : "too many redirects, next is ";
    chain_error_ = FetchStatus{static_cast<int>(http_status_), NetError::too_many_redirects,
                               why + *next, false};
    return false;
  }
  redirects_.push_back(*next);
  current_url_ = *next;
  host_ = util::origin_of(current_url_);
  return true;
}

std::optional<std::chrono::seconds> Transfer::retry(CURLcode code, int max_retries,
                                                    std::chrono::seconds max_wait) {
  const int status = static_cast<int>(http_status_);
  if (code != CURLE_OK || retries_ >= max_retries ||
      is_bot_challenge(status, headers_, challenge_start_)) {
    return std::nullopt;
  }
  const auto wait = retry_after(status, headers_, static_cast<long long>(std::time(nullptr)));
  if (!wait || *wait > max_wait) {
    return std::nullopt;
  }
  ++retries_;
  first_start_.reset();
  return wait;
}

FetchResult Transfer::finish(CURLcode code) {
  FetchResult result;
  result.tag = request_.tag;
  result.method = request_.method;
  result.url = request_.url;
  result.final_url = current_url_;
  result.content_type = content_type_;
  result.redirects = std::move(redirects_);
  result.truncated = truncated_;
  result.status.http_status = static_cast<int>(http_status_);
  if (chain_error_) {
    result.status = *chain_error_;
  } else if (code != CURLE_OK && !stopped_on_purpose(code) && guard_.refusal()) {
    result.status.error = NetError::refused_private;
    result.status.error_detail = describe(*guard_.refusal());
  } else if (code != CURLE_OK && !stopped_on_purpose(code)) {
    result.status.error = net_error_from_curl(code);
    result.status.error_detail = error_buffer_[0] != '\0' ? error_buffer_ : curl_easy_strerror(code);
  } else {
    result.status.blocked =
        is_bot_challenge(result.status.http_status, headers_, challenge_start_);
  }
  if (keeping_body_ && request_.raw_body_bytes > 0) {
    result.body = std::move(body_);
  } else if (keeping_body_) {
    const auto type = headers_.find("content-type");
    const std::string charset =
        type != headers_.end() ? charset_of_content_type(type->second) : std::string();
    result.body = to_utf8(std::move(body_), charset);
  }
  return result;
}

}  // namespace joignable::crawl
