// Scoring, as Lighthouse's core/scoring.js. The formula, for README.md:
//
//   A rule scores 1 when it passes and 0 when it fails; not-applicable and error outcomes are left
//   out. A category's score is round(100 x sum(weight x rule score) / sum(weight)) over its
//   remaining rules, with the weights of rules/<category>.toml; a category where that total weight
//   is 0 (no rule applies, or none is declared yet) has no score. The overall score is
//   round(sum(category weight x category score) / sum(category weight)), using the rounded
//   category scores a reader sees, over the categories that have a score, with the weights of rules/categories.toml; the grade is the first band of
//   rules/categories.toml it reaches: A >= 90, B >= 80, C >= 70, D >= 60, E >= 50, F below.
//   Rounding is half up (62.5 -> 63).
//
// Worked example (pinned by tests/score/score_test.cpp; README.md gives the same):
//   phone      missing 10 pass, not_on_home 5 fail, premium_rate 8 pass, invalid 3 pass,
//              no_tel_link 3 fail                       -> 100 x 21/29 = 72.4 -> 72
//   forms      action_broken n/a, no_free_text 5 and unlabelled_field 3 fail -> 62
//   links      broken_internal 5 of 22 fails, blocked (weight 0) fails     -> 77
//   navigation deep 3 of 10 fails                       -> 70
//   hours      no_structured_data 2 of 11 fails         -> 82
//   listings   phone_mismatch 8 and hours_missing 3 of 41 fail -> 100 x 30/41 = 73.2 -> 73
//   overall = (25 x 72 + 20 x 62 + 15 x 77 + 15 x 70 + 15 x 82 + 10 x 73) / 100 = 72.05
//           -> 72, grade C
#include "score/score.h"

#include <cmath>

namespace joignable::score {
namespace {

std::optional<int> category_score(const std::string& category,
                                  const std::vector<rules::RuleResult>& results) {
  double passed = 0;
  double total = 0;
  for (const auto& result : results) {
    if (result.rule == nullptr || result.rule->category != category) continue;
    const auto status = result.outcome.status;
    if (status != rules::Outcome::Status::pass && status != rules::Outcome::Status::fail) continue;
    total += result.rule->weight;
    if (status == rules::Outcome::Status::pass) passed += result.rule->weight;
  }
  if (total <= 0) return std::nullopt;
  return static_cast<int>(std::lround(100 * passed / total));
}

std::string grade_for(const std::vector<rules::GradeBand>& bands, int overall) {
  for (const auto& band : bands) {
    if (overall >= band.min_score) return band.grade;
  }
  return bands.empty() ? std::string() : bands.back().grade;
}

}  // namespace

Scores compute(const rules::Catalogue& catalogue, const std::vector<rules::RuleResult>& results) {
  Scores scores;
  double weighted = 0;
  double total = 0;
  for (const auto& category : catalogue.categories) {
    std::optional<int> score = category_score(category.id, results);
    scores.categories[category.id] = score;
    if (score && category.weight > 0) {
      weighted += category.weight * *score;
      total += category.weight;
    }
  }
  if (total > 0) {
    scores.overall = static_cast<int>(std::lround(weighted / total));
    scores.grade = grade_for(catalogue.grades, *scores.overall);
  }
  return scores;
}

}  // namespace joignable::score
