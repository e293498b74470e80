#include "probe/http_session.h"

#include <algorithm>

#include <curl/curl.h>

#include "crawl/cookie_jar.h"
#include "crawl/fetcher.h"

namespace joignable::probe {

struct HttpSession::Impl {
  crawl::CookieJar cookies;  // outlives `easy`, cleaned up by the session's destructor
  CURL* easy = nullptr;
  target::CrawlOptions options;
  std::string agent = crawl::user_agent();
  std::string body;
  bool full = false;
  char error[CURL_ERROR_SIZE] = {};

  static std::size_t on_body(char* data, std::size_t size, std::size_t count, void* self) {
    auto* impl = static_cast<Impl*>(self);
    const std::size_t room = static_cast<std::size_t>(impl->options.max_body_bytes) -
                             std::min(impl->body.size(),
                                      static_cast<std::size_t>(impl->options.max_body_bytes));
    if (size * count > room) {
      impl->body.append(data, room);
      impl->full = true;
      return 0;  // stops the transfer: the cap is reached
    }
    impl->body.append(data, size * count);
    return size * count;
  }

  // Sets what every request shares; the jar keeps the session's cookies across resets.
  void prepare(const std::string& url) {
    crawl::CookieJar::reset(easy);
    body.clear();
    full = false;
    error[0] = '\0';
    curl_easy_setopt(easy, CURLOPT_URL, url.c_str());
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    cookies.attach(easy);
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(easy, CURLOPT_MAXREDIRS, static_cast<long>(options.max_redirects));
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(easy, CURLOPT_USERAGENT, agent.c_str());
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options.connect_timeout_ms));
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, static_cast<long>(options.timeout_ms));
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, error);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &on_body);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, this);
  }

  HttpAnswer perform() {
    const CURLcode code = curl_easy_perform(easy);
    HttpAnswer answer;
    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    char* final_url = nullptr;
    curl_easy_getinfo(easy, CURLINFO_EFFECTIVE_URL, &final_url);
    answer.status = static_cast<int>(status);
    answer.final_url = final_url != nullptr ? final_url : "";
    if (code != CURLE_OK && !(code == CURLE_WRITE_ERROR && full)) {
      answer.error = error[0] != '\0' ? error : curl_easy_strerror(code);
      if (status == 0) return answer;
    }
    answer.body = std::move(body);
    return answer;
  }

  std::string escape(const std::string& text) {
    char* escaped = curl_easy_escape(easy, text.data(), static_cast<int>(text.size()));
    std::string result = escaped != nullptr ? escaped : "";
    curl_free(escaped);
    return result;
  }

  std::string urlencoded(const FilledForm& form) {
    std::string encoded;
    for (const FilledField& field : form.fields) {
      if (!encoded.empty()) encoded += '&';
      encoded += escape(field.name) + "=" + escape(field.value);
    }
    return encoded;
  }
};

namespace {

HttpAnswer no_handle() {
  HttpAnswer answer;
  answer.error = "cannot create a libcurl handle";
  return answer;
}

}  // namespace

HttpSession::HttpSession(const target::CrawlOptions& options) : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
  impl_->easy = curl_easy_init();
}

HttpSession::~HttpSession() {
  if (impl_->easy != nullptr) curl_easy_cleanup(impl_->easy);
}

HttpAnswer HttpSession::get(const std::string& url) {
  if (impl_->easy == nullptr) return no_handle();
  impl_->prepare(url);
  return impl_->perform();
}

HttpAnswer HttpSession::submit(const FilledForm& form) {
  if (impl_->easy == nullptr) return no_handle();
  if (form.method != "post") {
    // A GET form replaces the action's query with its fields, as browsers do.
    impl_->prepare(form.action.substr(0, form.action.find_first_of("?#")) + "?" +
                   impl_->urlencoded(form));
    return impl_->perform();
  }
  impl_->prepare(form.action);
  if (form.enctype != "multipart/form-data") {
    const std::string body = impl_->urlencoded(form);
    curl_easy_setopt(impl_->easy, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
    curl_easy_setopt(impl_->easy, CURLOPT_COPYPOSTFIELDS, body.c_str());
    return impl_->perform();
  }
  curl_mime* mime = curl_mime_init(impl_->easy);
  for (const FilledField& field : form.fields) {
    curl_mimepart* part = curl_mime_addpart(mime);
    curl_mime_name(part, field.name.c_str());
    curl_mime_data(part, field.value.data(), field.value.size());
  }
  curl_easy_setopt(impl_->easy, CURLOPT_MIMEPOST, mime);
  HttpAnswer answer = impl_->perform();
  curl_easy_setopt(impl_->easy, CURLOPT_MIMEPOST, nullptr);
  curl_mime_free(mime);
  return answer;
}

}  // namespace joignable::probe
