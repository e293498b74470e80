#include "crawl/cookie_jar.h"

namespace joignable::crawl {

CookieJar::CookieJar() : share_(curl_share_init()) {
  curl_share_setopt(share_, CURLSHOPT_SHARE, CURL_LOCK_DATA_COOKIE);
}

CookieJar::~CookieJar() { curl_share_cleanup(share_); }

void CookieJar::attach(CURL* easy) const {
  curl_easy_setopt(easy, CURLOPT_SHARE, share_);
  curl_easy_setopt(easy, CURLOPT_COOKIEFILE, "");  // no file: this turns the engine on
}

void CookieJar::reset(CURL* easy) {
  // libcurl 7.88 (Debian 12) keeps the file names of CURLOPT_COOKIEFILE in a list that
  // curl_easy_reset() forgets without freeing (curl#10709): one leak per request. Setting it to
  // NULL frees the list; on a shared jar it leaves the cookies alone.
  curl_easy_setopt(easy, CURLOPT_COOKIEFILE, nullptr);
  curl_easy_reset(easy);
}

}  // namespace joignable::crawl
