#include "support/test_server.h"

#include <atomic>
#include <cctype>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>

#include <httplib.h>

#include "serve/http_server.h"
#include "support/gzip.h"

namespace joignable::testing {
namespace {

constexpr auto kSlowAnswer = std::chrono::seconds(10);
constexpr std::size_t kEndlessChunk = 64 * 1024;

std::string page_for(const std::string& path, const std::string& extra = {}) {
  return "<!doctype html><html><body><p>route:" + path + "</p>" + extra + "</body></html>";
}

void answer_html(httplib::Response& response, int status, const std::string& path) {
  response.status = status;
  response.set_content(page_for(path), "text/html; charset=utf-8");
}

void redirect(httplib::Response& response, const std::string& location) {
  response.status = 302;
  response.set_header("Location", location);
}

std::string gzip(const std::string& text) {
  std::string packed;
  httplib::detail::gzip_compressor compressor;
  compressor.compress(text.data(), text.size(), true, [&](const char* data, std::size_t size) {
    packed.append(data, size);
    return true;
  });
  return packed;
}

}  // namespace

struct TestServer::Routes {
  void add(httplib::Server& http);
  void add_redirects(httplib::Server& http);

  std::mutex mutex;
  std::mutex robots_mutex;
  int robots_status = 404;
  std::string robots_body;
  mutable std::mutex requests_mutex;
  std::vector<std::string> requests;
  std::vector<std::pair<std::string, std::string>> headers_seen;  // name in lower case, value
  std::mutex busy_mutex;
  std::map<std::string, int> busy_answers;  // by request target
  std::mutex unknown_mutex;
  UnknownPathAnswer unknown;  // under unknown_mutex
  std::condition_variable stopping_changed;
  std::atomic<bool> stopping{false};  // set under `mutex`, so that /slow cannot miss it
  std::unique_ptr<serve::HttpServer> server;  // last: stopped first, while the rest still lives
};

void TestServer::Routes::add_redirects(httplib::Server& http) {
  http.Get(R"(/redirect/(\d+))", [](const httplib::Request& request, httplib::Response& response) {
    const int left = std::atoi(request.matches[1].str().c_str());
    if (left > 0) {
      redirect(response, "/redirect/" + std::to_string(left - 1));
    } else {
      answer_html(response, 200, request.path);
    }
  });
  http.Get("/redirect-loop", [](const httplib::Request&, httplib::Response& response) {
    redirect(response, "/redirect-loop/b");
  });
  http.Get("/redirect-loop/b", [](const httplib::Request&, httplib::Response& response) {
    redirect(response, "/redirect-loop");
  });
  http.Get("/redirect-to-ftp", [](const httplib::Request&, httplib::Response& response) {
    redirect(response, "ftp://127.0.0.1/x");
  });
  http.Get("/cookie-wall", [](const httplib::Request& request, httplib::Response& response) {
    if (request.get_header_value("Cookie").find("wall=passed") != std::string::npos) {
      answer_html(response, 200, request.path);
    } else {
      response.set_header("Set-Cookie", "wall=passed; Path=/");
      redirect(response, "/cookie-wall");
    }
  });
  http.Get("/redirect-to", [](const httplib::Request& request, httplib::Response& response) {
    redirect(response, request.get_param_value("url"));
  });
}

void TestServer::Routes::add(httplib::Server& http) {
  http.Get(R"(/status/(\d+))", [](const httplib::Request& request, httplib::Response& response) {
    answer_html(response, std::atoi(request.matches[1].str().c_str()), request.path);
  });
  add_redirects(http);
  http.Get("/links", [](const httplib::Request& request, httplib::Response& response) {
    std::string anchors;
    for (std::size_t i = 0; i < request.get_param_value_count("to"); ++i) {
      const std::string target = request.get_param_value("to", i);
      anchors += "<a href=\"" + target + "\">" + target + "</a>\n";
    }
    response.set_content(page_for(request.path, anchors), "text/html");
  });
  http.Get("/slow", [this](const httplib::Request& request, httplib::Response& response) {
    std::unique_lock<std::mutex> lock(mutex);
    stopping_changed.wait_for(lock, kSlowAnswer, [this] { return stopping.load(); });
    answer_html(response, 200, request.path);
  });
  http.Get("/endless", [this](const httplib::Request&, httplib::Response& response) {
    response.set_chunked_content_provider("text/html", [this](std::size_t, httplib::DataSink& sink) {
      const std::string chunk(kEndlessChunk, 'x');
      return !stopping && sink.write(chunk.data(), chunk.size());
    });
  });
  http.Get("/gzip", [](const httplib::Request& request, httplib::Response& response) {
    // httplib compresses "text/..." answers itself; the mixed case keeps it from doing it twice.
    response.set_content(gzip(page_for(request.path)), "Text/HTML; charset=UTF-8");
    response.set_header("Content-Encoding", "gzip");
  });
  http.Get("/gzip-stacked", [](const httplib::Request& request, httplib::Response& response) {
    // 64 MiB of padding after the page's start, gzip over gzip: a bomb of a few hundred KB.
    static const std::string kBomb = [] {
      const std::string mebibyte(1024 * 1024, ' ');
      return gzip(gzip({GzipPart{"<!doctype html><html><body><p>route:/gzip-stacked</p>"},
                        GzipPart{mebibyte, 64}, GzipPart{"</body></html>"}}));
    }();
    (void)request;
    response.set_content(kBomb, "Text/HTML; charset=UTF-8");
    response.set_header("Content-Encoding", "gzip, gzip");
  });
  http.Get("/user-agent", [](const httplib::Request& request, httplib::Response& response) {
    response.set_content(page_for(request.path, request.get_header_value("User-Agent")),
                         "text/html");
  });
  http.Get("/wrong-type", [](const httplib::Request& request, httplib::Response& response) {
    response.set_content(page_for(request.path), "image/png");
  });
  // httplib routes HEAD to the GET handlers.
  http.Get("/head-refused", [](const httplib::Request& request, httplib::Response& response) {
    answer_html(response, request.method == "HEAD" ? 405 : 200, request.path);
  });
  http.Get("/post-only", [](const httplib::Request& request, httplib::Response& response) {
    answer_html(response, 405, request.path);
  });
  http.Get("/challenge", [](const httplib::Request& request, httplib::Response& response) {
    response.status = 403;
    response.set_content(
        "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>"
        "<p>route:" + request.path + "</p><script src=\"/cdn-cgi/challenge-platform/h/b/"
        "orchestrate/chl_page/v1\"></script></body></html>",
        "text/html; charset=UTF-8");
  });
  http.Get("/robots.txt", [this](const httplib::Request&, httplib::Response& response) {
    const std::lock_guard<std::mutex> lock(robots_mutex);
    response.status = robots_status;
    response.set_content(robots_body, "text/plain");
  });
  http.Get("/calendar", [](const httplib::Request& request, httplib::Response& response) {
    const int month = std::atoi(request.get_param_value("m").c_str());
    const std::string links = "<a href=\"/calendar?m=" + std::to_string(month - 1) +
                              "\">before</a><a href=\"/calendar?m=" + std::to_string(month + 1) +
                              "\">after</a>";
    response.set_content(page_for(request.path, links), "text/html");
  });
  http.Get("/busy", [this](const httplib::Request& request, httplib::Response& response) {
    int answered = 0;
    {
      const std::lock_guard<std::mutex> lock(busy_mutex);
      answered = busy_answers[request.target]++;
    }
    if (answered < std::atoi(request.get_param_value("times").c_str())) {
      response.set_header("Retry-After", request.get_param_value("retry"));
      answer_html(response, std::atoi(request.get_param_value("status").c_str()), request.path);
    } else {
      answer_html(response, 200, request.path);
    }
  });
  http.Post("/post-only", [](const httplib::Request& request, httplib::Response& response) {
    answer_html(response, 200, request.path);
  });
  // Last: httplib tries routes in order, and files before any route.
  http.Get(R"(/.*)", [this](const httplib::Request&, httplib::Response& response) {
    const std::lock_guard<std::mutex> lock(unknown_mutex);
    if (!unknown.redirect_to.empty()) return redirect(response, unknown.redirect_to);
    response.status = unknown.status;
    if (!unknown.html.empty()) response.set_content(unknown.html, "text/html; charset=utf-8");
  });
}

TestServer::TestServer(std::filesystem::path site_dir) : routes_(std::make_unique<Routes>()) {
  std::string failure;
  auto server = serve::HttpServer::start([&](httplib::Server& http) {
    if (!site_dir.empty()) {
      if (auto mounted = serve::serve_folder(http, site_dir); !mounted) {
        failure = mounted.error().to_string();
      }
    }
    routes_->add(http);
    http.set_logger([routes = routes_.get()](const httplib::Request& request, const httplib::Response&) {
      const std::lock_guard<std::mutex> lock(routes->requests_mutex);
      routes->requests.push_back(request.target);
      for (const auto& [name, value] : request.headers) {
        std::string lower = name;
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        routes->headers_seen.emplace_back(std::move(lower), value);
      }
    });
  });
  if (!server || !failure.empty()) {
    std::fprintf(stderr, "test server: %s\n",
                 failure.empty() ? server.error().to_string().c_str() : failure.c_str());
    std::abort();
  }
  routes_->server = std::move(*server);
}

TestServer::~TestServer() {
  {
    const std::lock_guard<std::mutex> lock(routes_->mutex);
    routes_->stopping = true;
  }
  routes_->stopping_changed.notify_all();
}

void TestServer::set_robots(int status, std::string body) {
  const std::lock_guard<std::mutex> lock(routes_->robots_mutex);
  routes_->robots_status = status;
  routes_->robots_body = std::move(body);
}

std::vector<std::string> TestServer::requests() const {
  const std::lock_guard<std::mutex> lock(routes_->requests_mutex);
  return routes_->requests;
}

std::vector<std::string> TestServer::header_values(const std::string& lower_case_name) const {
  const std::lock_guard<std::mutex> lock(routes_->requests_mutex);
  std::vector<std::string> values;
  for (const auto& [name, value] : routes_->headers_seen) {
    if (name == lower_case_name) values.push_back(value);
  }
  return values;
}

void TestServer::clear_requests() {
  const std::lock_guard<std::mutex> lock(routes_->requests_mutex);
  routes_->requests.clear();
}

void TestServer::set_unknown_paths(UnknownPathAnswer answer) {
  const std::lock_guard<std::mutex> lock(routes_->unknown_mutex);
  routes_->unknown = std::move(answer);
}

int TestServer::port() const { return routes_->server->port(); }

std::string TestServer::url(std::string_view path) const {
  return "http://127.0.0.1:" + std::to_string(port()) + std::string(path);
}

}  // namespace joignable::testing
