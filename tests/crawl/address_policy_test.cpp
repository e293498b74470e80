#include "crawl/address_policy.h"

#include <cstring>
#include <string>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <catch2/catch.hpp>

namespace joignable::crawl {
namespace {

// The socket address of a numeric IPv4 or IPv6 address.
sockaddr_storage socket_address(const std::string& text) {
  sockaddr_storage storage{};
  if (text.find(':') != std::string::npos) {
    auto* in6 = reinterpret_cast<sockaddr_in6*>(&storage);
    in6->sin6_family = AF_INET6;
    REQUIRE(inet_pton(AF_INET6, text.c_str(), &in6->sin6_addr) == 1);
  } else {
    auto* in = reinterpret_cast<sockaddr_in*>(&storage);
    in->sin_family = AF_INET;
    REQUIRE(inet_pton(AF_INET, text.c_str(), &in->sin_addr) == 1);
  }
  return storage;
}

std::string kind_of(const std::string& text, bool loopback_one_is_public = false) {
  const sockaddr_storage storage = socket_address(text);
  return std::string(
      to_string(classify_address(reinterpret_cast<const sockaddr*>(&storage), loopback_one_is_public)));
}

TEST_CASE("every address that is not public is classified by its range", "[crawl]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"127.0.0.1", "loopback"},        {"127.255.3.4", "loopback"},
      {"10.1.2.3", "private"},          {"172.16.0.1", "private"},
      {"172.31.255.255", "private"},    {"192.168.1.1", "private"},
      {"169.254.169.254", "link-local"}, {"100.64.0.1", "cgnat"},
      {"100.127.255.254", "cgnat"},     {"224.0.0.251", "multicast"},
      {"239.255.255.250", "multicast"}, {"0.0.0.0", "unspecified"},
      {"0.1.2.3", "unspecified"},       {"255.255.255.255", "reserved"},
      {"240.0.0.1", "reserved"},        {"::1", "loopback"},
      {"::", "unspecified"},            {"fd00::1", "unique-local"},
      {"fc12::1", "unique-local"},      {"fe80::1", "link-local"},
      {"ff02::1", "multicast"},         {"::ffff:127.0.0.1", "loopback"},
      {"::ffff:169.254.169.254", "link-local"}, {"::ffff:10.0.0.1", "private"},
      {"::127.0.0.2", "loopback"},      {"64:ff9b::a9fe:a9fe", "link-local"},
      {"2002:c0a8:0101::1", "private"},
  };
  for (const auto& [address, kind] : cases) {
    INFO(address);
    CHECK(kind_of(address) == kind);
  }
}

TEST_CASE("public addresses and the ranges next to private ones are public", "[crawl]") {
  for (const std::string address : {"93.184.216.34", "172.15.255.255", "172.32.0.1",
                                    "100.63.255.255", "100.128.0.1", "169.253.1.1", "11.0.0.1",
                                    "2606:4700::1111", "::ffff:93.184.216.34", "2002:5db8:d822::1"}) {
    INFO(address);
    CHECK(kind_of(address) == "public");
  }
}

TEST_CASE("the test option makes 127.0.0.1 public and nothing else", "[crawl]") {
  CHECK(kind_of("127.0.0.1", true) == "public");
  CHECK(kind_of("::ffff:127.0.0.1", true) == "public");
  CHECK(kind_of("127.0.0.2", true) == "loopback");
  CHECK(kind_of("::1", true) == "loopback");
}

TEST_CASE("a private home page exempts its own host at its own addresses only", "[crawl]") {
  const target::CrawlOptions options = with_private_home("http://127.0.0.1:8080/", {});
  CHECK(options.private_home_host == "127.0.0.1");
  CHECK(options.private_home_addresses == std::vector<std::string>{"127.0.0.1"});
  const sockaddr_storage home = socket_address("127.0.0.1");
  const sockaddr_storage other = socket_address("127.0.0.2");
  const auto* home_address = reinterpret_cast<const sockaddr*>(&home);
  const auto* other_address = reinterpret_cast<const sockaddr*>(&other);
  CHECK_FALSE(refused_kind(home_address, "127.0.0.1", options));
  CHECK(refused_kind(other_address, "127.0.0.1", options) == AddressKind::loopback);
  CHECK(refused_kind(home_address, "localhost", options) == AddressKind::loopback);

  target::CrawlOptions open;
  open.allow_private = true;
  CHECK_FALSE(refused_kind(other_address, "anything", with_private_home("http://127.0.0.1/", open)));
  CHECK(with_private_home("http://127.0.0.1/", open).private_home_host.empty());

  target::CrawlOptions as_public;
  as_public.loopback_one_is_public = true;
  CHECK(with_private_home("http://127.0.0.1/", as_public).private_home_host.empty());
}

TEST_CASE("a refusal survives its one-line description", "[crawl]") {
  const Refusal refusal{"http://[::1]:81/a (b)", "::1", "loopback"};
  const auto parsed = parse_refusal(describe(refusal));
  REQUIRE(parsed);
  CHECK(parsed->url == refusal.url);
  CHECK(parsed->address == "::1");
  CHECK(parsed->kind == "loopback");
  CHECK_FALSE(parse_refusal("connection refused"));
}

}  // namespace
}  // namespace joignable::crawl
