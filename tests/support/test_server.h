// TestServer: an http server on 127.0.0.1 (a free port) for tests, in the spirit of Lighthouse's
// static-server.js. It serves a fixture site folder (optional) plus fault routes steered by the
// URL; a file of the folder wins over a route of the same path:
//   /status/NNN          answers status NNN with a small HTML body
//   /redirect/N          N redirects (302) down to /redirect/0, which answers 200
//   /redirect-loop       302 to /redirect-loop/b, which redirects back
//   /redirect-to-ftp     302 to ftp://127.0.0.1/x
//   /redirect-to?url=U   302 to U
//   /cookie-wall         sets a cookie and redirects to itself; answers 200 once it comes back
//   /links?to=U&to=V     an HTML page with one <a href> per `to` (dynamic pages for link tests)
//   /slow                answers after 10 s, or as soon as the server stops
//   /endless             a chunked text/html body that never ends
//   /gzip                a gzip-encoded HTML body, its Content-Type in mixed case
//   /gzip-stacked        Content-Encoding "gzip, gzip": an HTML page that inflates to 64 MiB
//   /wrong-type          an HTML body labelled image/png
//   /user-agent          an HTML page showing the request's User-Agent
//   /head-refused        405 to HEAD, 200 to GET
//   /challenge           403 with a bot-protection challenge page (Cloudflare's markers in the
//                        body) and no header that tells it
//   /post-only           405 to GET and HEAD, 200 to POST
//   /robots.txt          404, or what set_robots() says (text/plain)
//   /calendar?m=N        an agenda page linking the months before and after it, without end
//   /busy?status=S&retry=R&times=K
//                        answers S (429 or 503) with "Retry-After: R" to the first K requests of
//                        that exact URL, then 200
//   any other path       404 (with the folder's 404.html when it has one), or what
//                        set_unknown_paths() says
// Every HTML answer of a fault route contains the text "route:" followed by its path.
// Aborts when it cannot start. Stops (and unblocks /slow) when destroyed. Not copyable.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace joignable::testing {

// How paths that no file and no route answers are answered (404 pages, soft 404s).
struct UnknownPathAnswer {
  int status = 404;
  std::string html;         // the body, as text/html; "" for none (the folder's 404.html on 404)
  std::string redirect_to;  // when set, a 302 to this location instead
};

class TestServer {
 public:
  explicit TestServer(std::filesystem::path site_dir = {});
  ~TestServer();
  TestServer(const TestServer&) = delete;
  TestServer& operator=(const TestServer&) = delete;

  int port() const;
  // "http://127.0.0.1:PORT" + path; `path` starts with "/".
  std::string url(std::string_view path = "/") const;

  // From now on /robots.txt answers `status` with `body` as text/plain. Thread-safe.
  void set_robots(int status, std::string body);
  // From now on unknown paths get `answer`. Thread-safe.
  void set_unknown_paths(UnknownPathAnswer answer);

  // The paths (with their query) of every request answered so far, in order; clear_requests()
  // forgets them. Thread-safe.
  std::vector<std::string> requests() const;
  // The values of header `lower_case_name` ("authorization") in every request so far.
  std::vector<std::string> header_values(const std::string& lower_case_name) const;
  void clear_requests();

 private:
  struct Routes;
  std::unique_ptr<Routes> routes_;
};

}  // namespace joignable::testing
