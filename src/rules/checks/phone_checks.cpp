// Rules of the "phone" category (rules/phone.toml): a number can be found from the home page, is
// valid, can be called with a tap and costs no more than an ordinary call. Faxes never count.
#include <algorithm>
#include <climits>
#include <string>
#include <utility>
#include <vector>

#include "rules/checks/check_support.h"
#include "rules/checks/checks.h"

namespace joignable::rules::checks {
namespace {

// The page showing a phone that is the fewest clicks from the home page (pages without a depth
// last), with its phone: what a customer is most likely to find first.
std::pair<const model::SitePhone*, std::string> shallowest_phone(const model::SiteModel& site) {
  std::pair<const model::SitePhone*, std::string> best{nullptr, {}};
  int best_depth = INT_MAX;
  for (const auto& phone : site.phones) {
    for (const auto& page : shown_pages(phone)) {
      int depth = depth_of(site, page).value_or(INT_MAX - 1);
      if (depth < best_depth) {
        best = {&phone, page};
        best_depth = depth;
      }
    }
  }
  return best;
}

std::string first_page(const model::SitePhone& phone) {
  return phone.pages.empty() ? std::string() : phone.pages.front();
}

bool any_shown(const model::SiteModel& site) {
  return std::any_of(site.phones.begin(), site.phones.end(),
                     [](const model::SitePhone& phone) { return shown_anywhere(phone); });
}

}  // namespace

Outcome check_phone_missing(const RuleInput& in) {
  if (!in.site.home_reachable) return Outcome::not_applicable();
  // A number only in the structured data is there for search engines; no reader sees it.
  if (any_shown(in.site)) return Outcome::passed();
  Finding finding;
  finding.url = home_url(in.site);
  finding.fields = {{"pages_count", std::to_string(in.site.pages.size())}};
  return Outcome::failed({std::move(finding)});
}

Outcome check_phone_not_on_home(const RuleInput& in) {
  if (!in.site.home_reachable || !any_shown(in.site)) return Outcome::not_applicable();
  for (const auto& phone : in.site.phones) {
    if (includes_home(in.site, shown_pages(phone))) return Outcome::passed();
  }
  auto [phone, page] = shallowest_phone(in.site);
  if (phone == nullptr) phone = &in.site.phones.front();
  Finding finding;
  finding.url = home_url(in.site);
  finding.fields = {{"url", home_url(in.site)},
                    {"number", phone->display},
                    {"e164", phone->e164},
                    {"found_on", page}};
  return Outcome::failed({std::move(finding)});
}

Outcome check_phone_premium_rate(const RuleInput& in) {
  if (!in.site.home_reachable) return Outcome::not_applicable();
  std::vector<Finding> findings;
  for (const auto& phone : in.site.phones) {
    if (!extract::is_surcharged(phone.type)) continue;
    const std::string type(extract::to_string(phone.type));
    Finding finding;
    finding.url = first_page(phone);
    finding.fields = {{"number", phone.display},
                      {"e164", phone.e164},
                      {"type", type},
                      {"found_on", first_page(phone)},
                      {"pages", list_field(phone.pages)},
                      {"pages_count", std::to_string(phone.pages.size())}};
    findings.push_back(std::move(finding));
  }
  return fail_if_any(std::move(findings));
}

Outcome check_phone_invalid(const RuleInput& in) {
  if (!in.site.home_reachable) return Outcome::not_applicable();
  std::vector<Finding> findings;
  for (const auto& invalid : in.site.invalid_phones) {
    Finding finding;
    finding.url = invalid.page;
    finding.fields = {{"raw", invalid.phone.raw},
                      {"url", invalid.page},
                      {"region", in.site.region},
                      {"shown_as", invalid.phone.from_tel_link ? "tel" : "text"}};
    findings.push_back(std::move(finding));
  }
  return fail_if_any(std::move(findings));
}

Outcome check_phone_no_tel_link(const RuleInput& in) {
  if (!in.site.home_reachable || in.site.phones.empty()) return Outcome::not_applicable();
  std::vector<Finding> findings;
  for (const auto& phone : in.site.phones) {
    if (phone.tel_link && !phone.text_only_somewhere) continue;
    Finding finding;
    // Without any tel: link every page is concerned; otherwise the model does not say which one.
    if (!phone.tel_link || phone.pages.size() == 1) finding.url = first_page(phone);
    finding.evidence_id = phone.tel_link ? "sometimes_text" : "never_linked";
    finding.fields = {{"number", phone.display},
                      {"e164", phone.e164},
                      {"pages", list_field(phone.pages)},
                      {"pages_count", std::to_string(phone.pages.size())}};
    findings.push_back(std::move(finding));
  }
  return fail_if_any(std::move(findings));
}

}  // namespace joignable::rules::checks
