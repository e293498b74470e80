#include "probe/imap_client.h"

#include <cstdlib>
#include <sstream>

#include <curl/curl.h>

namespace joignable::probe {

ImapLogin login_from_environment() {
  const char* user = std::getenv("JOIGNABLE_IMAP_USER");
  const char* password = std::getenv("JOIGNABLE_IMAP_PASSWORD");
  if (user == nullptr || password == nullptr || *user == '\0') return {};
  return {user, password};
}

struct ImapClient::Impl {
  std::string mailbox;
  ImapLogin login;
  long timeout_ms = 30000;
  CURL* easy = nullptr;
  std::string answer;
  char error[CURL_ERROR_SIZE] = {};

  static std::size_t on_data(char* data, std::size_t size, std::size_t count, void* self) {
    static_cast<Impl*>(self)->answer.append(data, size * count);
    return size * count;
  }

  // One request on the shared connection: `url` with an optional custom IMAP command.
  Result<std::string> request(const std::string& url, const std::string& command) {
    if (easy == nullptr) return make_error(Error::Code::io, "cannot create a libcurl handle");
    answer.clear();
    error[0] = '\0';
    curl_easy_setopt(easy, CURLOPT_URL, url.c_str());
    curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, command.empty() ? nullptr : command.c_str());
    const CURLcode code = curl_easy_perform(easy);
    if (code == CURLE_OK) return std::move(answer);
    const std::string detail = error[0] != '\0' ? error : curl_easy_strerror(code);
    if (code == CURLE_LOGIN_DENIED) {
      return make_error(Error::Code::usage,
                        mailbox + ": the server refused the login (check JOIGNABLE_IMAP_USER and "
                                  "JOIGNABLE_IMAP_PASSWORD, or ~/.netrc)");
    }
    return make_error(Error::Code::io, mailbox + ": " + detail);
  }
};

ImapClient::ImapClient(std::string mailbox, ImapLogin login, long timeout_ms)
    : impl_(std::make_unique<Impl>()) {
  impl_->mailbox = std::move(mailbox);
  impl_->login = std::move(login);
  impl_->timeout_ms = timeout_ms;
  CURL* easy = impl_->easy = curl_easy_init();
  if (easy == nullptr) return;
  curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "imap,imaps");
  curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, impl_->timeout_ms);
  curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, impl_->timeout_ms);
  curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, impl_->error);
  curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &Impl::on_data);
  curl_easy_setopt(easy, CURLOPT_WRITEDATA, impl_.get());
  if (impl_->login.user.empty()) {
    curl_easy_setopt(easy, CURLOPT_NETRC, static_cast<long>(CURL_NETRC_REQUIRED));
  } else {
    curl_easy_setopt(easy, CURLOPT_USERNAME, impl_->login.user.c_str());
    curl_easy_setopt(easy, CURLOPT_PASSWORD, impl_->login.password.c_str());
  }
}

ImapClient::~ImapClient() {
  if (impl_->easy != nullptr) curl_easy_cleanup(impl_->easy);
}

Result<void> ImapClient::check() {
  auto answer = impl_->request(impl_->mailbox, "NOOP");
  if (!answer) return tl::unexpected(answer.error());
  return {};
}

Result<std::vector<long long>> ImapClient::search(const std::string& word) {
  // The word is one of our tokens (letters and digits): no quoting needed, no injection.
  auto answer = impl_->request(impl_->mailbox, "UID SEARCH TEXT " + word);
  if (!answer) return tl::unexpected(answer.error());
  std::vector<long long> uids;
  std::istringstream lines(*answer);
  for (std::string line; std::getline(lines, line);) {
    if (!line.starts_with("* SEARCH")) continue;
    std::istringstream numbers(line.substr(8));
    for (long long uid = 0; numbers >> uid;) uids.push_back(uid);
  }
  return uids;
}

Result<std::string> ImapClient::headers(long long uid) {
  std::string base = impl_->mailbox;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return impl_->request(base + "/;UID=" + std::to_string(uid) + "/;SECTION=HEADER", "");
}

}  // namespace joignable::probe
