// URL utilities over libcurl's URL API (curl_url): normalising, resolving links and comparing
// origins. Nothing here parses URLs by hand. Only absolute http and https URLs are accepted;
// anything else (mailto:, tel:, javascript:, data:, ftp:, garbage) yields nullopt or "".
// Free functions on values; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct Curl_URL;  // libcurl's CURLU

namespace joignable::util {

// The canonical form of an absolute http(s) URL: scheme and host in lower case, default port
// dropped, dot segments removed, empty path as "/", fragment dropped. nullopt for anything else.
std::optional<std::string> normalize(std::string_view url);

// `ref` (a link as written in a page: relative, absolute, "//host/x", "?q", "#frag") resolved
// against the absolute URL `base`, in the form normalize() gives but with the fragment KEPT.
// Leading and trailing white space of `ref` is ignored, as browsers do. nullopt when the result
// is not an http(s) URL or when either part does not parse.
std::optional<std::string> resolve(std::string_view base, std::string_view ref);

// resolve() against one base for many references, the base parsed once: a page resolves all its
// links against the same base. One per thread (resolve() does not modify it, but libcurl does
// not promise that reading a handle from several threads is safe).
class Resolver {
 public:
  explicit Resolver(std::string_view base);
  ~Resolver();
  Resolver(const Resolver&) = delete;
  Resolver& operator=(const Resolver&) = delete;

  // The same as util::resolve(base, ref).
  std::optional<std::string> resolve(std::string_view ref) const;

 private:
  Curl_URL* base_ = nullptr;  // null when the base does not parse
  // What curl makes of "/" against the base, without that final '/' ("http://host:8080"); empty
  // when it makes something else. See resolve().
  std::string origin_;
};

// `url` (normalised) without the query parameters whose name matches one of `param_globs`
// (util/glob.h, case ignored), nor a ";jsessionid=" path parameter when "jsessionid" is among
// them. The other parameters keep their order. `url` itself when it does not parse.
std::string without_params(const std::string& url, const std::vector<std::string>& param_globs);

// The fragment without its '#', "" when there is none or `url` does not parse.
std::string fragment_of(std::string_view url);
// The host in lower case ("example.com", "[::1]"), "" when `url` is not an http(s) URL.
std::string host_of(std::string_view url);
// "scheme://host[:port]" with a default port left out, "" when `url` is not an http(s) URL.
std::string origin_of(std::string_view url);

// Whether `url` belongs to the site whose home page is `site` (CONTRACT.md "The site"): the same
// host or its "www." twin, on the same port. A port equal to its scheme's default counts as no
// port, so http://host/ and https://host/ are the same site but http://host:8080/ is not.
bool same_site(std::string_view site, std::string_view url);

// Where a link leads, as the crawl keeps it.
struct LinkTarget {
  std::string url;       // normalize()d, without the parameters the crawl drops, no fragment
  std::string fragment;  // without its '#', "" when none
  bool same_site = false;
};

// The functions above for the many URLs of one crawl, judged against one home page parsed once.
// Most of a site's URLs are its own origin followed by a plain path, which need no parse at all
// (curl costs ~25,000 instructions a URL). Const and thread-safe.
class SiteUrls {
 public:
  // `home`: an absolute http(s) URL; `param_globs` as for without_params().
  SiteUrls(std::string_view home, std::vector<std::string> param_globs);

  bool same_site(std::string_view url) const;
  std::string origin_of(std::string_view url) const;
  // An absolute URL (a resolved link, its fragment kept) as the crawl keeps it; nullopt when it
  // is not an http(s) URL.
  std::optional<LinkTarget> link_target(std::string_view url) const;

 private:
  // What follows the home page's origin in `url`, when that is a path ("/..."); nullopt for
  // any other URL, which the fast paths leave to curl.
  std::optional<std::string_view> path_on_home_origin(std::string_view url) const;

  std::string home_;
  std::string home_origin_;  // "http://host:8080" as curl writes it; "" when home is not http(s)
  std::vector<std::string> param_globs_;
};

}  // namespace joignable::util
