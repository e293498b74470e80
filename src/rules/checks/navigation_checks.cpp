// Rules of the "navigation" category (rules/navigation.toml): a contact page exists, the
// contact page and the first phone number are a few clicks from the home page, and every page
// offers the same help in the same order.
#include <algorithm>
#include <map>
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
    for (const auto& page : shown_pages(phone)) {
      if (depth_of(site, page) == depth) return page;
    }
  }
  return site.phones.empty() || site.phones.front().pages.empty()
             ? std::string()
             : site.phones.front().pages.front();
}

// `what` is "contact_page" or "phone"; the evidence template adds "_unlinked" for a page no
// chain of links reaches.
Finding deep_finding(const std::string& url, std::optional<int> depth, long long max_depth,
                     const std::string& what) {
  Finding finding;
  finding.url = url;
  finding.evidence_id = depth ? what : what + "_unlinked";
  finding.fields = {
      {"url", url}, {"depth", depth_text(depth)}, {"max_depth", std::to_string(max_depth)}};
  return finding;
}

using Help = std::vector<extract::HelpMechanism>;

// A `*_order` field (report/values.h): "phone > email", "" for none.
std::string help_text(const Help& help) {
  std::string text;
  for (const auto mechanism : help) {
    if (!text.empty()) text += " > ";
    text += extract::to_string(mechanism);
  }
  return text;
}

// `help` restricted to the mechanisms in `counted`, order kept.
Help restricted(const Help& help, const Help& counted) {
  Help out;
  for (const auto mechanism : help) {
    if (std::find(counted.begin(), counted.end(), mechanism) != counted.end()) {
      out.push_back(mechanism);
    }
  }
  return out;
}

// The mechanisms on at least half the pages (CONTRACT.md "Consistent help"): a phone on one
// deep page does not set what every page must show.
Help counted_mechanisms(const std::vector<const model::PageSummary*>& pages) {
  Help counted;
  for (const auto mechanism :
       {extract::HelpMechanism::phone, extract::HelpMechanism::email,
        extract::HelpMechanism::contact_link, extract::HelpMechanism::chat}) {
    const auto present = std::count_if(pages.begin(), pages.end(), [&](const auto* page) {
      return std::find(page->help.begin(), page->help.end(), mechanism) != page->help.end();
    });
    if (present * 2 >= static_cast<long>(pages.size())) counted.push_back(mechanism);
  }
  return counted;
}

// The order most pages showing every counted mechanism use; the first such page wins a tie, so
// the home page sets it when it can. Without any such page, the counted order.
Help expected_order(const std::vector<const model::PageSummary*>& pages, const Help& counted) {
  std::map<Help, int> votes;
  Help best = counted;
  int best_votes = 0;
  for (const auto* page : pages) {
    Help order = restricted(page->help, counted);
    if (order.size() != counted.size()) continue;
    const int count = ++votes[order];
    if (count > best_votes) {
      best_votes = count;
      best = std::move(order);
    }
  }
  return best;
}

}  // namespace

// WCAG 2.2 SC 3.2.6 Consistent Help: pages that differ from the expected help are grouped by
// what they show instead, one finding per group, so 500 pages without the phone make one line.
Outcome check_contact_help_inconsistent(const RuleInput& in) {
  if (!in.site.home_reachable) return Outcome::not_applicable();
  std::vector<const model::PageSummary*> pages;
  for (const auto& page : in.site.pages) {
    if (page.analysed) pages.push_back(&page);
  }
  const Help counted = counted_mechanisms(pages);
  if (pages.size() < 2 || counted.empty()) return Outcome::not_applicable();
  const Help expected = expected_order(pages, counted);
  std::map<Help, std::vector<std::string>> differing;  // what a page shows -> pages
  for (const auto* page : pages) {
    Help found = restricted(page->help, counted);
    if (found != expected) differing[found].push_back(page->url);
  }
  std::vector<Finding> findings;
  for (const auto& [found, urls] : differing) {
    Finding finding;
    finding.url = urls.front();
    finding.fields = {{"url", urls.front()},
                      {"expected_order", help_text(expected)},
                      {"found_order", help_text(found)},
                      {"pages", list_field(urls)},
                      {"pages_count", std::to_string(urls.size())}};
    findings.push_back(std::move(finding));
  }
  return fail_if_any(std::move(findings));
}

Outcome check_contact_page_missing(const RuleInput& in) {
  if (!in.site.home_reachable) return Outcome::not_applicable();
  if (in.site.contact_page) return Outcome::passed();
  Finding finding;
  finding.url = home_url(in.site);
  finding.fields = {{"pages_count", std::to_string(in.site.pages.size())}};
  return Outcome::failed({std::move(finding)});
}

Outcome check_contact_deep(const RuleInput& in) {
  const model::SiteModel& site = in.site;
  const bool shows_phone = std::any_of(site.phones.begin(), site.phones.end(),
                                       [](const auto& phone) { return shown_anywhere(phone); });
  if (!site.home_reachable || (!site.contact_page && !shows_phone)) {
    return Outcome::not_applicable();
  }
  auto max_depth = int_option(in.options, "max_depth");
  if (!max_depth) return max_depth.error();
  std::vector<Finding> findings;
  if (site.contact_page && too_deep(site.contact_page->depth, *max_depth)) {
    findings.push_back(
        deep_finding(site.contact_page->url, site.contact_page->depth, *max_depth, "contact_page"));
  }
  if (shows_phone && too_deep(site.first_phone_depth, *max_depth)) {
    findings.push_back(deep_finding(page_at_depth(site, site.first_phone_depth),
                                    site.first_phone_depth, *max_depth,
                                    "phone"));
  }
  return fail_if_any(std::move(findings));
}

}  // namespace joignable::rules::checks
