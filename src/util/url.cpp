#include "util/url.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <memory>

#include <curl/curl.h>

#include "util/glob.h"

namespace joignable::util {
namespace {

struct UrlDeleter {
  void operator()(CURLU* handle) const { curl_url_cleanup(handle); }
};
using UrlHandle = std::unique_ptr<CURLU, UrlDeleter>;

std::optional<std::string> get_part(CURLU* handle, CURLUPart part, unsigned flags = 0) {
  char* text = nullptr;
  if (curl_url_get(handle, part, &text, flags) != CURLUE_OK || text == nullptr) {
    return std::nullopt;
  }
  std::string copy(text);
  curl_free(text);
  return copy;
}

bool is_http_scheme(CURLU* handle) {
  const auto scheme = get_part(handle, CURLUPART_SCHEME);
  return scheme && (*scheme == "http" || *scheme == "https");
}

// curl keeps the host as written; URLs compare equal only with it in lower case.
bool lower_host(CURLU* handle) {
  auto host = get_part(handle, CURLUPART_HOST);
  if (!host || host->empty()) {
    return false;
  }
  std::transform(host->begin(), host->end(), host->begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  return curl_url_set(handle, CURLUPART_HOST, host->c_str(), 0) == CURLUE_OK;
}

// An absolute http(s) URL, host in lower case; null when `url` is anything else.
UrlHandle parse(std::string_view url) {
  UrlHandle handle(curl_url());
  const std::string text(url);
  if (!handle || curl_url_set(handle.get(), CURLUPART_URL, text.c_str(), 0) != CURLUE_OK ||
      !is_http_scheme(handle.get()) || !lower_host(handle.get())) {
    return nullptr;
  }
  return handle;
}

std::optional<std::string> serialize(CURLU* handle, bool keep_fragment) {
  if (!keep_fragment && curl_url_set(handle, CURLUPART_FRAGMENT, nullptr, 0) != CURLUE_OK) {
    return std::nullopt;
  }
  return get_part(handle, CURLUPART_URL, CURLU_NO_DEFAULT_PORT);
}

// Browsers drop leading and trailing white space and every tab or newline inside a link.
std::string clean_reference(std::string_view ref) {
  const auto is_space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  };
  while (!ref.empty() && is_space(ref.front())) {
    ref.remove_prefix(1);
  }
  while (!ref.empty() && is_space(ref.back())) {
    ref.remove_suffix(1);
  }
  std::string cleaned;
  std::copy_if(ref.begin(), ref.end(), std::back_inserter(cleaned),
               [](char c) { return c != '\t' && c != '\n' && c != '\r'; });
  return cleaned;
}

// `ref` resolved against the parsed `base`, which is left as it is (resolve() and Resolver).
std::optional<std::string> resolve_on(CURLU* base, std::string_view ref) {
  // A copy of the parsed base costs a fraction of parsing it again.
  const UrlHandle handle(curl_url_dup(base));
  if (!handle) {
    return std::nullopt;
  }
  const std::string cleaned = clean_reference(ref);
  // curl 7.88 resolves "" and "#x" against the base's folder rather than the base itself
  // (RFC 3986 section 5.2.2), so those two forms only replace the fragment.
  if (cleaned.empty() || cleaned.front() == '#') {
    const char* fragment = cleaned.size() > 1 ? cleaned.c_str() + 1 : nullptr;
    if (curl_url_set(handle.get(), CURLUPART_FRAGMENT, fragment, 0) != CURLUE_OK) {
      return std::nullopt;
    }
    return serialize(handle.get(), true);
  }
  if (curl_url_set(handle.get(), CURLUPART_URL, cleaned.c_str(), 0) != CURLUE_OK ||
      !is_http_scheme(handle.get()) || !lower_host(handle.get())) {
    return std::nullopt;
  }
  return serialize(handle.get(), true);
}

std::string without_www(std::string host) {
  return host.rfind("www.", 0) == 0 ? host.substr(4) : host;
}

}  // namespace

std::optional<std::string> normalize(std::string_view url) {
  const UrlHandle handle = parse(url);
  return handle ? serialize(handle.get(), false) : std::nullopt;
}

std::optional<std::string> resolve(std::string_view base, std::string_view ref) {
  const UrlHandle handle = parse(base);
  return handle ? resolve_on(handle.get(), ref) : std::nullopt;
}

Resolver::Resolver(std::string_view base) : base_(parse(base).release()) {
  if (base_ == nullptr) return;
  if (const auto root = resolve_on(base_, "/"); root && root->ends_with('/')) {
    origin_ = root->substr(0, root->size() - 1);
  }
}

Resolver::~Resolver() { curl_url_cleanup(base_); }

namespace {

// A path from the root ("/produits/chaudieres/x.html") that curl copies as it is: letters,
// digits and "-._~/" only, no "//", no dot segment, nothing to clean, encode or normalise.
bool is_plain_root_path(std::string_view ref) {
  if (ref.empty() || ref.front() != '/' || ref.find("//") != std::string_view::npos ||
      ref.find("/.") != std::string_view::npos) {
    return false;
  }
  return std::all_of(ref.begin(), ref.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
  });
}

}  // namespace

std::optional<std::string> Resolver::resolve(std::string_view ref) const {
  // Most links of a page are plain paths from the root, and curl joins those to the base's
  // scheme, host and port unchanged: the joined text is curl's own answer for "/" with the path
  // in place of that '/'. curl costs ~25,000 instructions a link; this, a few hundred.
  if (!origin_.empty() && is_plain_root_path(ref)) {
    return origin_ + std::string(ref);
  }
  return base_ == nullptr ? std::nullopt : resolve_on(base_, ref);
}

std::string fragment_of(std::string_view url) {
  const UrlHandle handle = parse(url);
  return handle ? get_part(handle.get(), CURLUPART_FRAGMENT).value_or("") : "";
}

std::string host_of(std::string_view url) {
  const UrlHandle handle = parse(url);
  return handle ? get_part(handle.get(), CURLUPART_HOST).value_or("") : "";
}

std::string origin_of(std::string_view url) {
  const UrlHandle handle = parse(url);
  if (!handle) {
    return "";
  }
  std::string origin = get_part(handle.get(), CURLUPART_SCHEME).value_or("") + "://" +
                       get_part(handle.get(), CURLUPART_HOST).value_or("");
  if (const auto port = get_part(handle.get(), CURLUPART_PORT, CURLU_NO_DEFAULT_PORT)) {
    origin += ":" + *port;
  }
  return origin;
}

bool same_site(std::string_view site, std::string_view url) {
  const UrlHandle site_handle = parse(site);
  const UrlHandle url_handle = parse(url);
  if (!site_handle || !url_handle) {
    return false;
  }
  const auto site_host = get_part(site_handle.get(), CURLUPART_HOST).value_or("");
  const auto url_host = get_part(url_handle.get(), CURLUPART_HOST).value_or("");
  const auto site_port = get_part(site_handle.get(), CURLUPART_PORT, CURLU_NO_DEFAULT_PORT);
  const auto url_port = get_part(url_handle.get(), CURLUPART_PORT, CURLU_NO_DEFAULT_PORT);
  return without_www(site_host) == without_www(url_host) && site_port == url_port;
}

namespace {

// Drops from the parsed `handle` the query parameters (and the ";jsessionid=" path parameter)
// that without_params() drops.
void drop_params(CURLU* handle, const std::vector<std::string>& param_globs) {
  const auto dropped = [&](std::string_view name) {
    return std::any_of(param_globs.begin(), param_globs.end(),
                       [&](const std::string& glob) { return glob_match(glob, name, true); });
  };
  if (param_globs.empty()) return;
  if (auto path = get_part(handle, CURLUPART_PATH); path && dropped("jsessionid")) {
    const std::string lower = [&] {
      std::string text = *path;
      for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return text;
    }();
    if (const auto at = lower.find(";jsessionid="); at != std::string::npos) {
      const auto end = path->find('/', at);
      path->erase(at, end == std::string::npos ? std::string::npos : end - at);
      curl_url_set(handle, CURLUPART_PATH, path->c_str(), 0);
    }
  }
  if (auto query = get_part(handle, CURLUPART_QUERY)) {
    std::string kept;
    std::string_view rest = *query;
    while (!rest.empty()) {
      const auto amp = rest.find('&');
      const std::string_view param = rest.substr(0, amp);
      rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
      if (param.empty() || dropped(param.substr(0, param.find('=')))) continue;
      kept += (kept.empty() ? "" : "&") + std::string(param);
    }
    curl_url_set(handle, CURLUPART_QUERY, kept.empty() ? nullptr : kept.c_str(), 0);
  }
}

}  // namespace

std::string without_params(const std::string& url, const std::vector<std::string>& param_globs) {
  if (param_globs.empty()) return url;
  UrlHandle handle = parse(url);
  if (!handle) return url;
  drop_params(handle.get(), param_globs);
  return serialize(handle.get(), true).value_or(url);
}

SiteUrls::SiteUrls(std::string_view home, std::vector<std::string> param_globs)
    : home_(home), param_globs_(std::move(param_globs)) {
  // The fast paths hold only if curl writes the origin's root exactly so.
  const std::string origin = util::origin_of(home);
  if (!origin.empty() && normalize(origin + "/") == origin + "/") home_origin_ = origin;
}

std::optional<std::string_view> SiteUrls::path_on_home_origin(std::string_view url) const {
  if (home_origin_.empty() || !url.starts_with(home_origin_)) return std::nullopt;
  const std::string_view path = url.substr(home_origin_.size());
  // curl refuses control characters and spaces: such a URL is for the slow path to refuse too
  // (found by tests/fuzz/url_fuzz.cpp).
  const bool plain = std::none_of(path.begin(), path.end(), [](char c) {
    return static_cast<unsigned char>(c) <= 0x20 || c == 0x7f;
  });
  return plain && path.starts_with('/') ? std::optional(path) : std::nullopt;
}

bool SiteUrls::same_site(std::string_view url) const {
  return path_on_home_origin(url) || util::same_site(home_, url);
}

std::string SiteUrls::origin_of(std::string_view url) const {
  return path_on_home_origin(url) ? home_origin_ : util::origin_of(url);
}

std::optional<LinkTarget> SiteUrls::link_target(std::string_view url) const {
  if (const auto path = path_on_home_origin(url); path && is_plain_root_path(*path)) {
    return LinkTarget{std::string(url), "", true};
  }
  const UrlHandle handle = parse(url);
  if (!handle) return std::nullopt;
  LinkTarget target;
  target.fragment = get_part(handle.get(), CURLUPART_FRAGMENT).value_or("");
  drop_params(handle.get(), param_globs_);
  auto normalized = serialize(handle.get(), false);
  if (!normalized) return std::nullopt;
  target.url = std::move(*normalized);
  target.same_site = same_site(target.url);
  return target;
}

}  // namespace joignable::util
