// Credentials in a URL ("http://user:pass@host/"): taken out once, where a start URL is read, so
// that the password goes to libcurl and nowhere else. Uses curl's URL API; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace joignable::util {

struct UrlCredentials {
  std::string url;       // the URL without user nor password; `url` as given when it does not parse
  std::string user;      // decoded; "" when none
  std::string password;  // decoded; "" when none
  std::string shown;     // the URL as it may be shown: "http://user:***@host/", or `url`
};

UrlCredentials split_credentials(std::string_view url);

}  // namespace joignable::util
