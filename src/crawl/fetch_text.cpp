#include "crawl/fetch_text.h"

#include <algorithm>
#include <memory>

#include <curl/curl.h>

#include "crawl/address_guard.h"
#include "crawl/fetcher.h"
#include "crawl/response_classify.h"

namespace joignable::crawl {
namespace {

struct Reading {
  std::size_t max_bytes = 0;
  std::string body;
  bool full = false;
};

std::size_t on_body(char* data, std::size_t size, std::size_t count, void* target) {
  auto* reading = static_cast<Reading*>(target);
  const std::size_t length = size * count;
  const std::size_t room = reading->max_bytes - reading->body.size();
  reading->body.append(data, std::min(length, room));
  if (length > room) {
    reading->full = true;
    return 0;  // ends the transfer with CURLE_WRITE_ERROR, which `full` marks as wanted
  }
  return length;
}

}  // namespace

TextAnswer fetch_text(const std::string& url, const target::CrawlOptions& options,
                      std::size_t max_bytes, long max_redirects) {
  TextAnswer answer;
  const std::unique_ptr<CURL, void (*)(CURL*)> easy(curl_easy_init(), curl_easy_cleanup);
  if (!easy) {
    answer.status.error = NetError::other;
    answer.status.error_detail = "cannot create a libcurl handle";
    return answer;
  }
  const std::string agent = user_agent();
  Reading reading;
  reading.max_bytes = max_bytes;
  char error_buffer[CURL_ERROR_SIZE] = {};
  CURL* handle = easy.get();
  AddressGuard guard;
  guard.install(handle, options);
  curl_easy_setopt(handle, CURLOPT_URL, url.c_str());
  curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(handle, CURLOPT_MAXREDIRS, max_redirects);
  curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(handle, CURLOPT_ACCEPT_ENCODING, "");
  curl_easy_setopt(handle, CURLOPT_USERAGENT, agent.c_str());
  curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS,
                   static_cast<long>(options.connect_timeout_ms));
  curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, static_cast<long>(options.timeout_ms));
  curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, error_buffer);
  curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, &on_body);
  curl_easy_setopt(handle, CURLOPT_WRITEDATA, &reading);
  const CURLcode code = curl_easy_perform(handle);
  long http_status = 0;
  curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &http_status);
  answer.status.http_status = static_cast<int>(http_status);
  char* content_type = nullptr;
  if (curl_easy_getinfo(handle, CURLINFO_CONTENT_TYPE, &content_type) == CURLE_OK &&
      content_type != nullptr) {
    answer.content_type = content_type;
  }
  const bool failed = code != CURLE_OK && !(code == CURLE_WRITE_ERROR && reading.full);
  if (failed && guard.refusal()) {
    answer.status.error = NetError::refused_private;
    answer.status.error_detail = describe(*guard.refusal());
  } else if (failed) {
    answer.status.error = net_error_from_curl(code);
    answer.status.error_detail = error_buffer[0] != '\0' ? error_buffer : curl_easy_strerror(code);
  } else if (http_status >= 200 && http_status < 300) {
    answer.body = std::move(reading.body);
    answer.truncated = reading.full;
  }
  return answer;
}

}  // namespace joignable::crawl
