// Google's robots.txt test suite, as data in ../shared/conformance/robots_google (Apache-2.0, see
// its README): every case must get Google's answer from RobotsRules.
#include <fstream>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "crawl/robots.h"

namespace joignable::crawl {
namespace {

// Replaces the README's placeholders: {ORIGIN} and {A:n} (n letters 'a').
std::string expand(std::string text) {
  for (std::size_t at; (at = text.find("{ORIGIN}")) != std::string::npos;) {
    text.replace(at, 8, "http://example.test");
  }
  for (std::size_t at; (at = text.find("{A:")) != std::string::npos;) {
    const std::size_t close = text.find('}', at);
    const std::size_t count = std::stoul(text.substr(at + 3, close - at - 3));
    text.replace(at, close - at + 1, std::string(count, 'a'));
  }
  return text;
}

std::string base64_decode(const std::string& in) {
  static const std::string alphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  int bits = 0;
  unsigned accumulated = 0;
  for (const char c : in) {
    const auto value = alphabet.find(c);
    if (value == std::string::npos) continue;  // '=' padding
    accumulated = (accumulated << 6) | static_cast<unsigned>(value);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((accumulated >> bits) & 0xFF));
    }
  }
  return out;
}

TEST_CASE("robots.txt gets Google's answer on every case of its test suite", "[crawl][robots]") {
  const std::string cases = std::string(JOIGNABLE_CONFORMANCE_DIR) + "/robots_google/cases.json";
  INFO("the conformance data is read in place, from the shared folder beside the repository: "
       << cases);
  std::ifstream in(cases);
  REQUIRE(in);
  const auto doc = nlohmann::json::parse(in);
  REQUIRE(doc["schema"] == "joignable.conformance.robots-google/1");
  const std::string token = doc["product_token"];
  REQUIRE(token == kRobotsAgent);
  REQUIRE(doc["cases"].size() >= 138);
  for (const auto& c : doc["cases"]) {
    const std::string body = c.contains("robots_b64")
                                 ? base64_decode(c["robots_b64"].get<std::string>())
                                 : expand(c["robots"].get<std::string>());
    const std::string path = expand(c["path"].get<std::string>());
    INFO(c["id"].get<std::string>() << " " << c["google_test"].get<std::string>() << ": "
                                    << c["google_expect"].get<std::string>());
    CHECK(RobotsRules::parse(body, token).allows(path) == (c["expect"] == "allowed"));
  }
}

}  // namespace
}  // namespace joignable::crawl
