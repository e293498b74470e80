// Scores: each category is the weighted mean of its rules' results (pass 1, fail 0; not
// applicable and errors left out), the overall score the weighted mean of the categories that
// have a score, and a grade from the bands of rules/categories.toml. README.md states the formula.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "rules/catalogue.h"
#include "rules/evaluate.h"

namespace joignable::score {

struct Scores {
  std::optional<int> overall;  // 0-100, rounded; nullopt when no category has a score
  std::string grade;           // "A".."F"; "" when overall is nullopt
  std::map<std::string, std::optional<int>> categories;  // every declared category id
};

Scores compute(const rules::Catalogue& catalogue, const std::vector<rules::RuleResult>& results);

}  // namespace joignable::score
