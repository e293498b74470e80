#include "crawl/parse_pool.h"

#include <map>
#include <stdexcept>

#include <catch2/catch.hpp>

namespace joignable::crawl {
namespace {

ParseJob job_for(const std::string& url, std::string body) {
  Page page;
  page.url = page.final_url = url;
  page.status.http_status = 200;
  return ParseJob{std::move(page), std::move(body), 1};
}

// Every page the pool was given, by URL, once all are done.
std::map<std::string, ParsedPage> drain(ParsePool& pool) {
  std::map<std::string, ParsedPage> done;
  while (pool.pending() > 0) {
    pool.wait_for_done(std::chrono::milliseconds(100));
    for (ParsedPage& parsed : pool.take_done()) done.emplace(parsed.page.url, std::move(parsed));
  }
  return done;
}

TEST_CASE("a handler that throws leaves its page without links and says what it threw",
          "[crawl]") {
  ParsePool pool(
      [](const Page& page, std::string_view body) {
        if (body == "bad") throw std::runtime_error("stoi: out of range");
        return std::vector<ParsedLink>{
            {Link{page.url, page.url + "next", LinkKind::anchor, "next", ""}, true}};
      },
      2, nullptr);
  pool.submit(job_for("http://127.0.0.1/bad", "bad"));
  pool.submit(job_for("http://127.0.0.1/good", "good"));

  auto done = drain(pool);
  REQUIRE(done.size() == 2);
  const ParsedPage& bad = done.at("http://127.0.0.1/bad");
  CHECK(bad.error == "stoi: out of range");
  CHECK(bad.links.empty());
  CHECK(bad.page.status.http_status == 200);
  const ParsedPage& good = done.at("http://127.0.0.1/good");
  CHECK(good.error.empty());
  CHECK(good.links.size() == 1);
}

}  // namespace
}  // namespace joignable::crawl
