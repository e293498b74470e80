#include "crawl/page.h"

#include <catch2/catch.hpp>

namespace joignable::crawl {
namespace {

FetchStatus answered(int status) { return FetchStatus{status, NetError::none, "", false}; }

TEST_CASE("broken means 404, 410, 5xx or no answer", "[crawl]") {
  CHECK(answered(404).is_broken());
  CHECK(answered(410).is_broken());
  CHECK(answered(500).is_broken());
  CHECK(answered(599).is_broken());
  CHECK(FetchStatus{0, NetError::timeout, "timed out", false}.is_broken());
  CHECK(FetchStatus{301, NetError::too_many_redirects, "", false}.is_broken());
}

TEST_CASE("other answers and blocked ones are not broken", "[crawl]") {
  CHECK_FALSE(answered(200).is_broken());
  CHECK_FALSE(answered(301).is_broken());
  CHECK_FALSE(answered(403).is_broken());
  CHECK_FALSE(answered(405).is_broken());
  CHECK_FALSE(answered(429).is_broken());
  CHECK_FALSE(FetchStatus{503, NetError::none, "", true}.is_broken());
  CHECK_FALSE(FetchStatus{0, NetError::reset, "", true}.is_broken());
}

TEST_CASE("net errors and link kinds are spelled as in report.json", "[crawl]") {
  CHECK(to_string(NetError::timeout) == "timeout");
  CHECK(to_string(NetError::too_many_redirects) == "too_many_redirects");
  CHECK(to_string(NetError::forbidden_scheme) == "forbidden_scheme");
  CHECK(to_string(NetError::dns) == "dns");
  CHECK(to_string(LinkKind::form_action) == "form_action");
  CHECK(to_string(LinkKind::canonical) == "canonical");
}

}  // namespace
}  // namespace joignable::crawl
