// Address policy: which IP addresses an audit may connect to. A crawl that starts on a public
// site must not be steered by a link, a redirect, a sitemap or a DNS answer to the machines next
// to the one running it (cloud metadata at 169.254.169.254, intranets, loopback services). Every
// address that is not public is refused, unless CrawlOptions::allow_private; a home page that is
// itself on such an address may be crawled, at the addresses its host resolved to and no other.
// The decision is taken on the address a socket is about to connect to (address_guard.h), so
// numeric spellings, hosts-file names and rebinding DNS answers all meet it. Plain functions and
// values; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "target/target.h"

struct sockaddr;

namespace joignable::crawl {

// What kind of address a socket would connect to. Spelled as in link.refused_private evidence.
enum class AddressKind {
  public_address,
  loopback,      // 127/8, ::1
  private_net,   // 10/8, 172.16/12, 192.168/16, fec0::/10
  link_local,    // 169.254/16 (cloud metadata), fe80::/10
  cgnat,         // 100.64/10, shared address space
  multicast,     // 224/4, ff00::/8
  unique_local,  // fc00::/7
  unspecified,   // 0/8, ::
  reserved,      // 240/4 and broadcast, 192.0.0/24, 198.18/15
};
std::string_view to_string(AddressKind kind);

// The kind of an IPv4 or IPv6 socket address. IPv6 forms that carry an IPv4 address (mapped
// ::ffff:a.b.c.d, compatible ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16) are judged by it.
// With `loopback_one_is_public` (tests), 127.0.0.1 is public. Other families are reserved.
AddressKind classify_address(const sockaddr* address, bool loopback_one_is_public = false);

// "127.0.0.2", "::1": the address as inet_ntop writes it; "" for another family.
std::string address_text(const sockaddr* address);

// `options` with the home page's exemption filled in: when the host of `home_url` resolves to
// addresses that are not public, private_home_host and private_home_addresses name them. Left as
// they are when already set, when allow_private is set, or when the host does not resolve.
target::CrawlOptions with_private_home(std::string_view home_url, target::CrawlOptions options);

// Whether a socket to `address`, for a URL whose host is `host` (util::host_of), may open.
// nullopt when it may, or the kind of address that made it refused.
std::optional<AddressKind> refused_kind(const sockaddr* address, std::string_view host,
                                        const target::CrawlOptions& options);

// A connection the policy refused: the URL asked for, the address it led to, and its kind. The
// evidence travels in FetchStatus::error_detail (NetError::refused_private) as
// "refused ADDRESS (KIND) for URL", so that the store keeps it without a schema of its own.
struct Refusal {
  std::string url;
  std::string address;
  std::string kind;  // to_string(AddressKind)
};
std::string describe(const Refusal& refusal);
// The refusal that describe() wrote; nullopt for any other text.
std::optional<Refusal> parse_refusal(std::string_view detail);

}  // namespace joignable::crawl
