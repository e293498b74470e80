// The rule catalogue: rules/*.toml loaded into declarations (id, category, severity, weight and the
// fr/en texts), plus rules/categories.toml (category titles and weights, grade bands). Logic lives
// in checks/, found by id through registry.h. Loaded once, then read-only; thread-compatible.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "rules/outcome.h"
#include "util/result.h"

namespace joignable::rules {

struct Localized {
  std::string fr;
  std::string en;
  const std::string& in(const std::string& lang) const { return lang == "en" ? en : fr; }
};

struct RuleDeclaration {
  std::string id;        // "phone.premium_rate", stable (CONTRACT.md)
  std::string category;  // "phone"; equals the file name it was declared in
  Severity severity = Severity::warning;
  double weight = 1;  // share within the category; 0 = reported, not scored
  Localized title, why, fix, message;  // message holds {field} placeholders
  // What the rule verifies, worded as the fact checked ("Le site affiche un numéro"), for the
  // report's list of passed checks; empty when not declared.
  Localized checked;
  // What a finding shows as observed, by Finding::evidence_id ("" for a rule's only template);
  // {field} placeholders as in message. Empty for a rule that declares none.
  std::map<std::string, Localized> evidence;
  RuleOptions options;                 // defaults, overridden by a target's [rules.<id>]
};

struct CategoryDeclaration {
  std::string id;  // "phone"
  Localized title;
  double weight = 1;  // share in the overall score
};

struct GradeBand {
  std::string grade;  // "A"
  int min_score = 0;  // lowest overall score that earns it
};

struct Catalogue {
  std::vector<RuleDeclaration> rules;  // sorted by id
  std::vector<CategoryDeclaration> categories;  // in display order
  std::vector<GradeBand> grades;  // best first

  const RuleDeclaration* find(const std::string& id) const;
  const CategoryDeclaration* find_category(const std::string& id) const;
};

// Reads DIR/categories.toml and every DIR/<category>.toml. A malformed file is an Error naming the
// file, the line and the key.
[[nodiscard]] Result<Catalogue> load_catalogue(const std::filesystem::path& dir);

std::string_view to_string(Severity severity);

}  // namespace joignable::rules
