#include "util/url_credentials.h"

#include <memory>
#include <optional>

#include <curl/curl.h>

namespace joignable::util {
namespace {

struct UrlDeleter {
  void operator()(CURLU* handle) const { curl_url_cleanup(handle); }
};

std::optional<std::string> part(CURLU* handle, CURLUPart which, unsigned flags) {
  char* text = nullptr;
  if (curl_url_get(handle, which, &text, flags) != CURLUE_OK || text == nullptr) return std::nullopt;
  std::string copy(text);
  curl_free(text);
  return copy;
}

}  // namespace

UrlCredentials split_credentials(std::string_view url) {
  UrlCredentials out;
  out.url = std::string(url);
  out.shown = out.url;
  const std::unique_ptr<CURLU, UrlDeleter> handle(curl_url());
  if (!handle || curl_url_set(handle.get(), CURLUPART_URL, out.url.c_str(), 0) != CURLUE_OK) {
    return out;
  }
  const auto raw_user = part(handle.get(), CURLUPART_USER, 0);
  const auto password = part(handle.get(), CURLUPART_PASSWORD, CURLU_URLDECODE);
  if (!raw_user && !password) return out;
  out.user = part(handle.get(), CURLUPART_USER, CURLU_URLDECODE).value_or("");
  out.password = password.value_or("");
  curl_url_set(handle.get(), CURLUPART_USER, nullptr, 0);
  curl_url_set(handle.get(), CURLUPART_PASSWORD, nullptr, 0);
  if (auto clean = part(handle.get(), CURLUPART_URL, 0)) out.url = *clean;
  out.shown = out.url;
  const auto after_scheme = out.shown.find("://");
  if (after_scheme != std::string::npos) {
    // Only the (still encoded) user name is shown; the password never is.
    out.shown.insert(after_scheme + 3, raw_user.value_or("") + (password ? ":***@" : "@"));
  }
  return out;
}

}  // namespace joignable::util
