#include "cli/compare_facts.h"

#include <algorithm>
#include <map>

namespace joignable::cli {
namespace {

using report::Presence;

Presence presence(bool yes) { return yes ? Presence::yes : Presence::no; }

bool has_finding(const store::StoredRun& run, std::initializer_list<std::string_view> rules) {
  return std::any_of(run.findings.begin(), run.findings.end(), [&](const auto& finding) {
    return std::find(rules.begin(), rules.end(), finding.rule) != rules.end();
  });
}

bool surcharged(extract::PhoneType type) {
  return type == extract::PhoneType::premium_rate || type == extract::PhoneType::shared_cost;
}

std::optional<int> category_score(const store::StoredRun& run, const std::string& id) {
  for (const auto& category : run.categories) {
    if (category.id == id) return category.score;
  }
  return std::nullopt;
}

// By report::kMatrixRows.
void fill_matrix(const store::StoredRun& run, report::ComparedCompany& company) {
  const bool has_phone = !run.phones.empty();
  const bool site_hours = std::any_of(run.hours.begin(), run.hours.end(),
                                      [](const auto& hours) { return hours.source == "site"; });
  const auto from_structured_data = [](const model::SiteHours& hours) {
    return hours.origin == extract::HoursOrigin::structured_data;
  };
  const bool structured =
      std::any_of(run.hours.begin(), run.hours.end(), from_structured_data) ||
      std::any_of(run.phones.begin(), run.phones.end(),
                  [](const auto& phone) { return phone.structured_data; });
  const bool free_form = std::any_of(run.forms.begin(), run.forms.end(), [](const auto& form) {
    return form.form.kind == extract::FormKind::contact && form.form.has_free_text;
  });
  const bool ordinary = std::any_of(run.phones.begin(), run.phones.end(),
                                    [](const auto& phone) { return !surcharged(phone.type); });
  // A site without listings in its target has no listings score: nothing to agree with.
  const bool has_listings = category_score(run, "listings").has_value();
  const auto& contact = run.contact_page;
  company.matrix[0] =
      presence(has_phone && !has_finding(run, {"phone.missing", "phone.not_on_home"}));
  company.matrix[1] = presence(ordinary);
  company.matrix[2] = presence(site_hours);
  company.matrix[3] = presence(structured);
  company.matrix[4] = presence(free_form);
  company.matrix[5] = presence(!run.emails.empty());
  company.matrix[6] =
      has_listings ? presence(!has_finding(run, {"listing.unreachable", "listing.phone_mismatch",
                                                 "listing.hours_mismatch",
                                                 "listing.address_mismatch"}))
                   : Presence::not_applicable;
  company.matrix[7] = presence(contact && contact->depth && *contact->depth <= 3);
}

// The first three rules of the run's findings, which the report orders most urgent first
// (severity, then weight), each with how many findings it has.
std::vector<report::ComparedFinding> costliest(const store::StoredRun& run,
                                               const rules::Catalogue& catalogue,
                                               const std::string& lang) {
  constexpr std::size_t kShown = 3;
  std::vector<report::ComparedFinding> top;
  for (const auto& finding : run.findings) {
    auto same = std::find_if(top.begin(), top.end(),
                             [&](const auto& seen) { return seen.rule == finding.rule; });
    if (same != top.end()) {
      ++same->count;
      continue;
    }
    if (top.size() == kShown) continue;
    const auto* rule = catalogue.find(finding.rule);
    top.push_back({finding.rule, rule ? rule->title.in(lang) : finding.rule, finding.severity, 1,
                   finding.url});
  }
  return top;
}

}  // namespace

std::vector<report::CategoryHeading> category_headings(const rules::Catalogue& catalogue,
                                                       const std::string& lang) {
  std::vector<report::CategoryHeading> headings;
  for (const auto& category : catalogue.categories) {
    headings.push_back({category.id, category.title.in(lang)});
  }
  return headings;
}

report::ComparedCompany compared_company(const store::StoredRun& run,
                                         const rules::Catalogue& catalogue,
                                         const std::string& lang) {
  report::ComparedCompany company;
  company.name = run.target_name;
  company.site = run.site;
  company.run = run.id;
  company.finished_at = run.finished_at;
  company.overall = run.overall_score;
  company.grade = run.grade;
  for (const auto& category : catalogue.categories) {
    company.categories.push_back({category.id, category_score(run, category.id)});
  }
  fill_matrix(run, company);
  company.costliest = costliest(run, catalogue, lang);
  return company;
}

}  // namespace joignable::cli
