// Rules of the "listings" category (rules/listings.toml): every listing named in the target can
// be read, says the business is open, is complete (phone, hours, address) and agrees with the site
// (model/listing_compare.h does the comparing). Evidence names the listing and both sides.
#include <string>
#include <utility>
#include <vector>

#include "model/listing_compare.h"
#include "rules/checks/check_support.h"
#include "rules/checks/checks.h"

namespace joignable::rules::checks {
namespace {

using model::Agreement;
using listings::Listing;

// Whether any listing rule applies: a listing was named and the site could be audited.
bool has_listings(const RuleInput& in) {
  return in.site.home_reachable && !in.site.listings.empty();
}

std::vector<const Listing*> read_listings(const model::SiteModel& site) {
  std::vector<const Listing*> read;
  for (const Listing& listing : site.listings) {
    if (listing.read) read.push_back(&listing);
  }
  return read;
}

// A listing given by URL links there; one read from a file or written in the target does not.
std::string listing_url(const Listing& listing) {
  const bool web = listing.source.starts_with("http://") || listing.source.starts_with("https://");
  return web ? listing.source : std::string();
}

Finding listing_finding(const Listing& listing) {
  Finding finding;
  finding.url = listing_url(listing);
  finding.fields = {{"listing", listing.name}, {"kind", listing.kind}};
  return finding;
}

// How a listing writes a phone, for messages: as displayed, else its E.164.
std::string number_text(const listings::ListingPhone& phone) {
  return phone.display.empty() ? phone.e164 : phone.display;
}

std::string upper(std::string text) {
  for (char& c : text) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return text;
}

std::string site_numbers(const model::SiteModel& site) {
  std::vector<std::string> numbers;
  for (const model::SitePhone& phone : site.phones) numbers.push_back(phone.display);
  return list_field(numbers);
}

std::string parts_text(const std::vector<model::AddressPart>& parts) {
  std::string text;
  for (const model::AddressPart part : parts) {
    text += (text.empty() ? "" : ",") + std::string(model::to_string(part));
  }
  return text;
}

std::string_view problem_name(listings::ListingProblem problem) {
  switch (problem) {
    case listings::ListingProblem::unknown_kind: return "unknown_kind";
    case listings::ListingProblem::unreadable: return "unreadable";
    case listings::ListingProblem::none:
    case listings::ListingProblem::not_understood: break;
  }
  return "not_understood";
}

// Runs `check` (one listing's comparison -> its findings) over the read listings. Not applicable
// when no listing was read, or when `compared` says none of them could be compared.
template <typename Compared, typename Check>
Outcome over_comparisons(const RuleInput& in, Compared compared, Check check) {
  if (!has_listings(in)) return Outcome::not_applicable();
  std::vector<Finding> findings;
  bool any = false;
  for (const Listing* listing : read_listings(in.site)) {
    const model::ListingComparison comparison = model::compare_listing(in.site, *listing);
    if (!compared(comparison)) continue;
    any = true;
    check(*listing, comparison, findings);
  }
  if (!any) return Outcome::not_applicable();
  return fail_if_any(std::move(findings));
}

// Runs `check` (one listing -> its findings, if any) over the read listings. Not applicable
// when none was read.
template <typename Check>
Outcome over_read(const RuleInput& in, Check check) {
  if (!has_listings(in)) return Outcome::not_applicable();
  const std::vector<const Listing*> read = read_listings(in.site);
  if (read.empty()) return Outcome::not_applicable();
  std::vector<Finding> findings;
  for (const Listing* listing : read) check(*listing, findings);
  return fail_if_any(std::move(findings));
}

}  // namespace

Outcome check_listing_unreachable(const RuleInput& in) {
  if (!has_listings(in)) return Outcome::not_applicable();
  std::vector<Finding> findings;
  for (const Listing& listing : in.site.listings) {
    if (listing.read) continue;
    // The error quotes a file's path: the auditor's machine stays out of the report.
    Finding finding = listing_finding(listing);
    finding.fields["problem"] = std::string(problem_name(listing.problem));
    findings.push_back(std::move(finding));
  }
  return fail_if_any(std::move(findings));
}

Outcome check_listing_closed(const RuleInput& in) {
  return over_read(in, [](const Listing& listing, std::vector<Finding>& findings) {
    if (!model::says_closed(listing)) return;
    const std::string status = upper(listing.business_status);
    Finding finding = listing_finding(listing);
    finding.fields["business_status"] = status;
    findings.push_back(std::move(finding));
  });
}

Outcome check_listing_phone_missing(const RuleInput& in) {
  return over_read(in, [](const Listing& listing, std::vector<Finding>& findings) {
    if (!listing.phones.empty()) return;
    findings.push_back(listing_finding(listing));
  });
}

Outcome check_listing_premium_rate(const RuleInput& in) {
  return over_comparisons(
      in, [](const model::ListingComparison& c) { return !c.phones.empty(); },
      [](const Listing& listing, const model::ListingComparison& comparison,
         std::vector<Finding>& findings) {
        for (const model::PhoneCheck& check : comparison.phones) {
          if (!extract::is_surcharged(check.phone.type)) continue;
          const std::string type(extract::to_string(check.phone.type));
          Finding finding = listing_finding(listing);
          finding.fields["number"] = number_text(check.phone);
          finding.fields["e164"] = check.phone.e164;
          finding.fields["type"] = type;
          findings.push_back(std::move(finding));
        }
      });
}

Outcome check_listing_phone_mismatch(const RuleInput& in) {
  return over_comparisons(
      in, [](const model::ListingComparison& c) { return c.phone != Agreement::not_compared; },
      [&in](const Listing& listing, const model::ListingComparison& comparison,
            std::vector<Finding>& findings) {
        for (const model::PhoneCheck& check : comparison.phones) {
          if (check.on_site) continue;
          Finding finding = listing_finding(listing);
          finding.evidence_id = check.phone.e164.empty() ? "invalid" : "valid";
          finding.fields["number"] = number_text(check.phone);
          finding.fields["e164"] = check.phone.e164;
          finding.fields["site_numbers"] = site_numbers(in.site);
          findings.push_back(std::move(finding));
        }
      });
}

// A listing whose hours are given but could not be read (hours_text) is not missing them.
Outcome check_listing_hours_missing(const RuleInput& in) {
  return over_read(in, [](const Listing& listing, std::vector<Finding>& findings) {
    if (listing.hours.has_hours() || !listing.hours_text.empty()) return;
    findings.push_back(listing_finding(listing));
  });
}

Outcome check_listing_hours_mismatch(const RuleInput& in) {
  return over_comparisons(
      in,
      [](const model::ListingComparison& c) {
        return c.hours.agreement != Agreement::not_compared;
      },
      [](const Listing& listing, const model::ListingComparison& comparison,
         std::vector<Finding>& findings) {
        if (comparison.hours.agreement != Agreement::different) return;
        Finding finding = listing_finding(listing);
        finding.fields["listing_spec"] = extract::to_spec(listing.hours);
        finding.fields["site_spec"] = comparison.hours.site_spec;
        std::string days;
        for (std::size_t day = 0; day < extract::kDaysPerWeek; ++day) {
          if (!comparison.hours.days[day].differs) continue;
          days += (days.empty() ? "" : ",") + std::string(extract::kDayNames[day]);
        }
        finding.fields["days"] = days;
        findings.push_back(std::move(finding));
      });
}

Outcome check_listing_address_missing(const RuleInput& in) {
  return over_read(in, [](const Listing& listing, std::vector<Finding>& findings) {
    if (model::listing_address(listing) || !listing.address_text.empty()) return;
    findings.push_back(listing_finding(listing));
  });
}

Outcome check_listing_address_mismatch(const RuleInput& in) {
  return over_comparisons(
      in,
      [](const model::ListingComparison& c) {
        return c.address.agreement != Agreement::not_compared;
      },
      [](const Listing& listing, const model::ListingComparison& comparison,
         std::vector<Finding>& findings) {
        const model::AddressCheck& address = comparison.address;
        if (address.agreement != Agreement::different) return;
        const std::string listing_text = address.listing->text();
        const std::string site_text = address.site->text();
        Finding finding = listing_finding(listing);
        finding.fields["parts"] = parts_text(address.differences);
        finding.fields["listing_address"] = listing_text;
        finding.fields["site_address"] = site_text;
        findings.push_back(std::move(finding));
      });
}

}  // namespace joignable::rules::checks
