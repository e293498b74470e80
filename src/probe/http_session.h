// HttpSession: the probe's browser, one libcurl easy handle with its own cookie jar, so the GET
// of a form page and the submission that follows share the site's session (CSRF tokens are
// often tied to it). Follows redirects to http(s) only, with the crawl's User-Agent, timeouts
// and body cap. The probe's adapter to libcurl for HTTP. Failures are data in the answer. Not
// thread-safe.
#pragma once

#include <memory>
#include <string>

#include "probe/fill.h"
#include "target/target.h"

namespace joignable::probe {

struct HttpAnswer {
  int status = 0;          // of the last hop; 0 when no answer came
  std::string final_url;   // after redirects
  std::string body;        // at most the crawl's body cap
  std::string error;       // libcurl's message when no answer came; "" otherwise
};

class HttpSession {
 public:
  explicit HttpSession(const target::CrawlOptions& options);
  ~HttpSession();
  HttpSession(const HttpSession&) = delete;
  HttpSession& operator=(const HttpSession&) = delete;

  HttpAnswer get(const std::string& url);
  // Sends `form` as a browser would: a GET with the fields as the query, or a POST in the form's
  // enctype (urlencoded or multipart/form-data). A POST answered by 301, 302 or 303 is followed
  // with a GET, as browsers do.
  HttpAnswer submit(const FilledForm& form);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace joignable::probe
