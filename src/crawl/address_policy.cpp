#include "crawl/address_policy.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "util/url.h"

namespace joignable::crawl {
namespace {

using Octets4 = std::array<std::uint8_t, 4>;

bool in_v4(const Octets4& a, std::uint32_t network, int prefix) {
  const std::uint32_t value = (std::uint32_t{a[0]} << 24) | (std::uint32_t{a[1]} << 16) |
                              (std::uint32_t{a[2]} << 8) | a[3];
  const std::uint32_t mask = prefix == 0 ? 0 : ~std::uint32_t{0} << (32 - prefix);
  return (value & mask) == network;
}

constexpr std::uint32_t v4(std::uint8_t a, std::uint8_t b, std::uint8_t c, std::uint8_t d) {
  return (std::uint32_t{a} << 24) | (std::uint32_t{b} << 16) | (std::uint32_t{c} << 8) | d;
}

AddressKind classify_v4(const Octets4& a, bool loopback_one_is_public) {
  if (in_v4(a, v4(127, 0, 0, 0), 8)) {
    const bool one = a == Octets4{127, 0, 0, 1};
    return one && loopback_one_is_public ? AddressKind::public_address : AddressKind::loopback;
  }
  if (in_v4(a, v4(0, 0, 0, 0), 8)) return AddressKind::unspecified;
  if (in_v4(a, v4(10, 0, 0, 0), 8) || in_v4(a, v4(172, 16, 0, 0), 12) ||
      in_v4(a, v4(192, 168, 0, 0), 16)) {
    return AddressKind::private_net;
  }
  if (in_v4(a, v4(169, 254, 0, 0), 16)) return AddressKind::link_local;
  if (in_v4(a, v4(100, 64, 0, 0), 10)) return AddressKind::cgnat;
  if (in_v4(a, v4(224, 0, 0, 0), 4)) return AddressKind::multicast;
  if (in_v4(a, v4(240, 0, 0, 0), 4) || in_v4(a, v4(192, 0, 0, 0), 24) ||
      in_v4(a, v4(198, 18, 0, 0), 15)) {
    return AddressKind::reserved;
  }
  return AddressKind::public_address;
}

Octets4 octets_at(const std::uint8_t* bytes) { return {bytes[0], bytes[1], bytes[2], bytes[3]}; }

AddressKind classify_v6(const std::uint8_t* b, bool loopback_one_is_public) {
  const auto zero = [&](int from, int to) {
    return std::all_of(b + from, b + to, [](std::uint8_t x) { return x == 0; });
  };
  if (zero(0, 10) && b[10] == 0xFF && b[11] == 0xFF) {  // ::ffff:a.b.c.d
    return classify_v4(octets_at(b + 12), loopback_one_is_public);
  }
  if (zero(0, 12)) {
    if (zero(12, 15) && b[15] <= 1) {
      return b[15] == 1 ? AddressKind::loopback : AddressKind::unspecified;
    }
    return classify_v4(octets_at(b + 12), loopback_one_is_public);  // ::a.b.c.d
  }
  if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && zero(4, 12)) {
    return classify_v4(octets_at(b + 12), loopback_one_is_public);  // NAT64 64:ff9b::/96
  }
  if (b[0] == 0x20 && b[1] == 0x02) {  // 6to4 2002:a.b.c.d::/48
    return classify_v4(octets_at(b + 2), loopback_one_is_public);
  }
  if (b[0] == 0xFF) return AddressKind::multicast;
  if ((b[0] & 0xFE) == 0xFC) return AddressKind::unique_local;
  if (b[0] == 0xFE && (b[1] & 0xC0) == 0x80) return AddressKind::link_local;
  if (b[0] == 0xFE && (b[1] & 0xC0) == 0xC0) return AddressKind::private_net;  // site-local
  return AddressKind::public_address;
}

// The host of a URL as getaddrinfo takes it: "[::1]" -> "::1".
std::string bare_host(std::string host) {
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  }
  return host;
}

}  // namespace

std::string_view to_string(AddressKind kind) {
  switch (kind) {
    case AddressKind::public_address: return "public";
    case AddressKind::loopback: return "loopback";
    case AddressKind::private_net: return "private";
    case AddressKind::link_local: return "link-local";
    case AddressKind::cgnat: return "cgnat";
    case AddressKind::multicast: return "multicast";
    case AddressKind::unique_local: return "unique-local";
    case AddressKind::unspecified: return "unspecified";
    case AddressKind::reserved: return "reserved";
  }
  return "reserved";
}

AddressKind classify_address(const sockaddr* address, bool loopback_one_is_public) {
  if (address == nullptr) return AddressKind::reserved;
  if (address->sa_family == AF_INET) {
    sockaddr_in in{};
    std::memcpy(&in, address, sizeof in);
    Octets4 octets{};
    std::memcpy(octets.data(), &in.sin_addr, 4);
    return classify_v4(octets, loopback_one_is_public);
  }
  if (address->sa_family == AF_INET6) {
    sockaddr_in6 in6{};
    std::memcpy(&in6, address, sizeof in6);
    std::array<std::uint8_t, 16> bytes{};
    std::memcpy(bytes.data(), &in6.sin6_addr, 16);
    return classify_v6(bytes.data(), loopback_one_is_public);
  }
  return AddressKind::reserved;
}

std::string address_text(const sockaddr* address) {
  char text[INET6_ADDRSTRLEN] = {};
  if (address != nullptr && address->sa_family == AF_INET) {
    sockaddr_in in{};
    std::memcpy(&in, address, sizeof in);
    inet_ntop(AF_INET, &in.sin_addr, text, sizeof text);
  } else if (address != nullptr && address->sa_family == AF_INET6) {
    sockaddr_in6 in6{};
    std::memcpy(&in6, address, sizeof in6);
    inet_ntop(AF_INET6, &in6.sin6_addr, text, sizeof text);
  }
  return text;
}

target::CrawlOptions with_private_home(std::string_view home_url, target::CrawlOptions options) {
  if (options.allow_private || !options.private_home_host.empty()) return options;
  const std::string host = util::host_of(home_url);
  if (host.empty()) return options;
  addrinfo hints{};
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* found = nullptr;
  if (getaddrinfo(bare_host(host).c_str(), nullptr, &hints, &found) != 0) return options;
  for (const addrinfo* entry = found; entry != nullptr; entry = entry->ai_next) {
    if (classify_address(entry->ai_addr, options.loopback_one_is_public) ==
        AddressKind::public_address) {
      continue;
    }
    const std::string text = address_text(entry->ai_addr);
    auto& kept = options.private_home_addresses;
    if (std::find(kept.begin(), kept.end(), text) == kept.end()) kept.push_back(text);
  }
  freeaddrinfo(found);
  if (!options.private_home_addresses.empty()) options.private_home_host = host;
  return options;
}

std::optional<AddressKind> refused_kind(const sockaddr* address, std::string_view host,
                                        const target::CrawlOptions& options) {
  const AddressKind kind = classify_address(address, options.loopback_one_is_public);
  if (kind == AddressKind::public_address || options.allow_private) return std::nullopt;
  const auto& home = options.private_home_addresses;
  if (!options.private_home_host.empty() && host == options.private_home_host &&
      std::find(home.begin(), home.end(), address_text(address)) != home.end()) {
    return std::nullopt;
  }
  return kind;
}

std::string describe(const Refusal& refusal) {
  return "refused " + refusal.address + " (" + refusal.kind + ") for " + refusal.url;
}

std::optional<Refusal> parse_refusal(std::string_view detail) {
  constexpr std::string_view kStart = "refused ";
  if (detail.substr(0, kStart.size()) != kStart) return std::nullopt;
  detail.remove_prefix(kStart.size());
  const auto open = detail.find(" (");
  const auto close = detail.find(") for ");
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
    return std::nullopt;
  }
  return Refusal{std::string(detail.substr(close + 6)), std::string(detail.substr(0, open)),
                 std::string(detail.substr(open + 2, close - open - 2))};
}

}  // namespace joignable::crawl
