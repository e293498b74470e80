// Comparison: several companies side by side, what `compare` writes as compare.html, .json and .md.
// Built by cli/ from each company's stored run (scores, contact points, findings); the writers read
// only this value, so a Comparison built by hand in a test renders like a real one. A plain value.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rules/outcome.h"

namespace joignable::report {

// The rows of the "who has what" matrix, in display order; their ids are compare.json's keys.
inline constexpr const char* kMatrixRows[] = {
    "phone_home",  "ordinary_number", "hours",  "structured_data",
    "free_form",   "email",           "listings_agree", "contact_within_3"};
inline constexpr std::size_t kMatrixRowCount = std::size(kMatrixRows);

enum class Presence { yes, no, not_applicable };

struct ComparedFinding {
  std::string rule;   // "phone.premium_rate"
  std::string title;  // the rule's title in the comparison's language
  rules::Severity severity = rules::Severity::warning;
  int count = 0;      // findings of this rule in the run
  std::string url;    // the first one's page; untrusted
};

struct CategoryScore {
  std::string id;
  std::optional<int> score;
};

struct ComparedCompany {
  std::string name, site;  // untrusted: a target file or the crawled site may say anything
  long long run = 0;       // the stored run it is read from
  std::string finished_at;
  bool reused = false;  // a stored run younger than the freshness limit, not audited now
  std::optional<int> overall;
  std::string grade;
  std::vector<CategoryScore> categories;     // in the comparison's category order
  Presence matrix[kMatrixRowCount] = {};     // by kMatrixRows
  std::vector<ComparedFinding> costliest;    // at most three, costliest first, one per rule
  std::string report;  // its report.html, relative to the comparison; "" when reused
};

struct CategoryHeading {
  std::string id, title;  // title in the comparison's language
};

struct Comparison {
  std::string lang = "fr";
  std::string generated_at;  // ISO-8601, UTC
  std::vector<CategoryHeading> categories;  // display order
  std::vector<ComparedCompany> companies;   // in the order the command named them
};

std::string_view to_string(Presence presence);  // "yes", "no", "not_applicable"

}  // namespace joignable::report
