#include "rules/finding_key.h"

#include <array>
#include <initializer_list>

#include "util/url.h"

namespace joignable::rules {
namespace {

// Rules whose finding is about the site as a whole. The not-found probes are here because their
// URL is made up afresh on every run.
constexpr std::array<std::string_view, 8> kSiteWide = {
    "contact.help_inconsistent", "contact.page_missing", "form.missing",    "hours.missing",
    "phone.missing",             "site.404_unhelpful",   "site.soft_404",   "site.unreachable"};

std::string field(const Finding& finding, const char* name) {
  const auto found = finding.fields.find(name);
  return found == finding.fields.end() ? std::string() : found->second;
}

// A URL of the site as its path (and query), others as they are.
std::string site_relative(std::string_view url, std::string_view site) {
  if (url.empty() || !util::same_site(site, url)) return std::string(url);
  const std::string origin = util::origin_of(url);
  return url.size() > origin.size() ? std::string(url.substr(origin.size())) : "/";
}

std::string joined(std::initializer_list<std::string> parts) {
  std::string key;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    if (!key.empty()) key += ' ';
    key += part;
  }
  return key;
}

}  // namespace

std::string finding_key(std::string_view rule_id, const Finding& finding, std::string_view site) {
  for (std::string_view wide : kSiteWide) {
    if (rule_id == wide) return "";
  }
  // The subject's own name first: a listing, a phone, then two hours sources, then a form.
  if (const std::string listing = field(finding, "listing"); !listing.empty()) {
    return joined({listing, field(finding, "e164")});
  }
  if (const std::string e164 = field(finding, "e164"); !e164.empty()) return e164;
  if (const std::string raw = field(finding, "raw"); !raw.empty()) {
    return joined({raw, site_relative(field(finding, "url"), site)});
  }
  if (const std::string source = field(finding, "source_a"); !source.empty()) {
    return joined({source, field(finding, "source_b")});
  }
  if (finding.fields.contains("action")) {
    return joined({site_relative(finding.url, site),
                   site_relative(field(finding, "action"), site)});
  }
  return site_relative(finding.url, site);
}

}  // namespace joignable::rules
