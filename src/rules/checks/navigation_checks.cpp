// Rules of the "navigation" category (rules/navigation.toml): a contact page exists, and the
// contact page and the first phone number are a few clicks from the home page.
#include <string>
#include <vector>

#include "rules/checks/check_support.h"
#include "rules/checks/checks.h"

namespace joignable::rules::checks {
namespace {

// A page that no chain of links reaches (only the sitemap does) has no depth: deeper than any
// limit.
constexpr const char* kNoDepth = "\u221e";

bool too_deep(std::optional<int> depth, long long max_depth) {
  return !depth.has_value() || *depth > max_depth;
}

std::string depth_text(std::optional<int> depth) {
  return depth ? std::to_string(*depth) : std::string(kNoDepth);
}

// The page showing a phone at `depth` (the model's first_phone_depth), for the finding's URL.
std::string page_at_depth(const model::SiteModel& site, std::optional<int> depth) {
  for (const auto& phone : site.phones) {
    for (const auto& page : phone.pages) {
      if (depth_of(site, page) == depth) return page;
    }
  }
  return site.phones.empty() || site.phones.front().pages.empty()
             ? std::string()
             : site.phones.front().pages.front();
}

Finding deep_finding(const std::string& url, std::optional<int> depth, long long max_depth,
                     const std::string& what) {
  Finding finding;
  finding.url = url;
  finding.evidence = depth ? what + " at click depth " + std::to_string(*depth)
                           : what + " reached by no chain of links from the home page";
  finding.fields = {
      {"url", url}, {"depth", depth_text(depth)}, {"max_depth", std::to_string(max_depth)}};
  return finding;
}

}  // namespace

Outcome check_contact_page_missing(const RuleInput& in) {
  if (!in.site.home_reachable) return Outcome::not_applicable();
  if (in.site.contact_page) return Outcome::passed();
  Finding finding;
  finding.url = home_url(in.site);
  finding.evidence =
      "no contact page among " + std::to_string(in.site.pages.size()) + " crawled pages";
  finding.fields = {{"pages_count", std::to_string(in.site.pages.size())}};
  return Outcome::failed({std::move(finding)});
}

Outcome check_contact_deep(const RuleInput& in) {
  const model::SiteModel& site = in.site;
  if (!site.home_reachable || (!site.contact_page && site.phones.empty())) {
    return Outcome::not_applicable();
  }
  auto max_depth = int_option(in.options, "max_depth");
  if (!max_depth) return max_depth.error();
  std::vector<Finding> findings;
  if (site.contact_page && too_deep(site.contact_page->depth, *max_depth)) {
    findings.push_back(
        deep_finding(site.contact_page->url, site.contact_page->depth, *max_depth, "contact page"));
  }
  if (!site.phones.empty() && too_deep(site.first_phone_depth, *max_depth)) {
    findings.push_back(deep_finding(page_at_depth(site, site.first_phone_depth),
                                    site.first_phone_depth, *max_depth,
                                    "first page showing a phone number"));
  }
  return fail_if_any(std::move(findings));
}

}  // namespace joignable::rules::checks
