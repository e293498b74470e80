// CookieJar: one cookie store for every libcurl handle of a crawl (or of a probe's session), as
// a browser keeps one: sites that set a cookie and then redirect to themselves, or a form whose
// token cookie must come back, need it. Handles are reset and reused between requests; reset()
// does it without leaking (see cookie_jar.cpp).
#pragma once

#include <curl/curl.h>

namespace joignable::crawl {

class CookieJar {
 public:
  CookieJar();
  ~CookieJar();
  CookieJar(const CookieJar&) = delete;
  CookieJar& operator=(const CookieJar&) = delete;

  // Turns the cookie engine on for `easy` with this jar's cookies (after each reset).
  void attach(CURL* easy) const;

  // curl_easy_reset(easy), keeping the jar's cookies and freeing what attach() set.
  static void reset(CURL* easy);

 private:
  CURLSH* share_ = nullptr;
};

}  // namespace joignable::crawl
