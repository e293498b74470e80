// URL normalisation (util/url.h): the first line is a base (a home page), the rest a link as
// written in a page. Checks what the header promises: SiteUrls' fast paths answer as the slow
// functions do, and normalising is idempotent.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "fuzz/fuzz_input.h"
#include "util/url.h"

namespace {

void expect(bool holds, const char* what, std::string_view base, std::string_view url) {
  if (holds) return;
  std::fprintf(stderr, "%s\nbase: %.*s\nurl:  %.*s\n", what, static_cast<int>(base.size()),
               base.data(), static_cast<int>(url.size()), url.data());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace util = joignable::util;
  const auto [base, ref] = joignable::fuzz::first_line_and_rest(joignable::fuzz::text_of(data, size));
  const std::vector<std::string> params = {"utm_*", "gclid", "jsessionid"};
  if (const auto normal = util::normalize(ref)) {
    const auto again = util::normalize(*normal);
    expect(again && *again == *normal, "normalize is not idempotent", base, ref);
    (void)util::without_params(*normal, params);
  }
  (void)util::fragment_of(ref);
  (void)util::host_of(ref);
  const auto resolved = util::resolve(base, ref);
  const util::Resolver resolver(base);
  expect(resolver.resolve(ref) == resolved, "Resolver differs from resolve", base, ref);
  // The crawl judges URLs against its normalised home page.
  const auto home = util::normalize(base);
  if (!home) return 0;
  const util::SiteUrls site(*home, params);
  const util::SiteUrls elsewhere("http://fuzz.invalid/", params);  // no fast path for `url`
  const std::string resolved_text = resolved.value_or("");  // outlives the views below
  for (const std::string_view url : {ref, std::string_view(resolved_text)}) {
    expect(site.same_site(url) == util::same_site(*home, url), "SiteUrls::same_site differs",
           *home, url);
    expect(site.origin_of(url) == util::origin_of(url), "SiteUrls::origin_of differs", *home, url);
    const auto fast = site.link_target(url);
    const auto slow = elsewhere.link_target(url);
    expect(fast.has_value() == slow.has_value() &&
               (!fast || (fast->url == slow->url && fast->fragment == slow->fragment)),
           "SiteUrls::link_target's fast path differs", *home, url);
  }
  return 0;
}
