#include "score/score.h"

#include <map>
#include <string>

#include <catch2/catch.hpp>

#include "rules/checks/check_test_support.h"

namespace joignable::score {
namespace {

using rules::Outcome;
using Status = Outcome::Status;

Outcome outcome_of(Status status) {
  Outcome outcome;
  outcome.status = status;
  if (status == Status::fail) outcome.findings.push_back({});
  return outcome;
}

// One result per declared rule of `catalogue`, with the status `statuses` gives (pass otherwise).
std::vector<rules::RuleResult> results_for(const rules::Catalogue& catalogue,
                                           const std::map<std::string, Status>& statuses) {
  std::vector<rules::RuleResult> results;
  for (const auto& rule : catalogue.rules) {
    auto it = statuses.find(rule.id);
    results.push_back({&rule, outcome_of(it == statuses.end() ? Status::pass : it->second)});
  }
  return results;
}

// Two categories (a: weight 3, b: weight 1), rules a.one (1), a.two (3), a.info (0), b.one (1).
rules::Catalogue small_catalogue() {
  rules::Catalogue catalogue;
  auto rule = [](std::string id, std::string category, double weight) {
    rules::RuleDeclaration declaration;
    declaration.id = std::move(id);
    declaration.category = std::move(category);
    declaration.weight = weight;
    return declaration;
  };
  catalogue.rules = {rule("a.info", "a", 0), rule("a.one", "a", 1), rule("a.two", "a", 3),
                     rule("b.one", "b", 1)};
  catalogue.categories = {{"a", {}, 3}, {"b", {}, 1}};
  catalogue.grades = {{"A", 90}, {"B", 80}, {"C", 70}, {"D", 60}, {"E", 50}, {"F", 0}};
  return catalogue;
}

TEST_CASE("the README's worked example scores 72, grade C", "[score]") {
  const rules::Catalogue& catalogue = rules::testing::real_catalogue();
  auto results = results_for(catalogue, {{"phone.not_on_home", Status::fail},
                                         {"phone.no_tel_link", Status::fail},
                                         {"form.action_broken", Status::not_applicable},
                                         {"form.unanswered", Status::not_applicable},
                                         {"form.slow_reply", Status::not_applicable},
                                         {"form.no_free_text", Status::fail},
                                         {"form.unlabelled_field", Status::fail},
                                         {"link.broken_internal", Status::fail},
                                         {"link.blocked", Status::fail},
                                         {"contact.deep", Status::fail},
                                         {"hours.no_structured_data", Status::fail},
                                         {"listing.phone_mismatch", Status::fail},
                                         {"listing.hours_missing", Status::fail},
                                         // no call log: the call rules do not apply
                                         {"phone.unanswered", Status::not_applicable},
                                         {"phone.long_wait", Status::not_applicable},
                                         {"phone.callback_missed", Status::not_applicable},
                                         {"phone.call_unpublished", Status::not_applicable},
                                         {"hours.not_honoured", Status::not_applicable}});
  Scores scores = compute(catalogue, results);
  CHECK(scores.categories.at("phone") == 72);       // 100 x 21/29 = 72.4
  CHECK(scores.categories.at("forms") == 62);       // 100 x 13/21 = 61.9
  CHECK(scores.categories.at("links") == 77);       // 100 x 17/22 = 77.3
  CHECK(scores.categories.at("navigation") == 70);  // 100 x 7/10
  CHECK(scores.categories.at("hours") == 82);       // 100 x 9/11 = 81.8
  CHECK(scores.categories.at("listings") == 73);    // 100 x 30/41 = 73.2
  CHECK(scores.categories.size() == 6);
  // (25 x 72 + 20 x 62 + 15 x 77 + 15 x 70 + 15 x 82 + 10 x 73) / 100 = 72.05
  CHECK(scores.overall == 72);
  CHECK(scores.grade == "C");
}

TEST_CASE("an unreachable home page scores 0, grade F, from the links category alone", "[score]") {
  const rules::Catalogue& catalogue = rules::testing::real_catalogue();
  std::map<std::string, Status> statuses;
  for (const auto& rule : catalogue.rules) statuses[rule.id] = Status::not_applicable;
  statuses["site.unreachable"] = Status::fail;
  Scores scores = compute(catalogue, results_for(catalogue, statuses));
  CHECK(scores.categories.at("links") == 0);
  CHECK(scores.categories.at("phone") == std::nullopt);
  CHECK(scores.overall == 0);
  CHECK(scores.grade == "F");
}

TEST_CASE("a category is the weighted mean of its passing rules, info at weight 0 aside",
          "[score]") {
  rules::Catalogue catalogue = small_catalogue();
  Scores scores = compute(catalogue, results_for(catalogue, {{"a.one", Status::fail},
                                                             {"a.info", Status::fail},
                                                             {"b.one", Status::fail}}));
  CHECK(scores.categories.at("a") == 75);  // 100 x 3/4
  CHECK(scores.categories.at("b") == 0);
  CHECK(scores.overall == 56);  // (3 x 75 + 1 x 0) / 4 = 56.25
  CHECK(scores.grade == "E");
}

TEST_CASE("not-applicable and error outcomes are left out of a category's mean", "[score]") {
  rules::Catalogue catalogue = small_catalogue();
  Scores scores = compute(catalogue, results_for(catalogue, {{"a.two", Status::error},
                                                             {"a.one", Status::pass},
                                                             {"b.one", Status::not_applicable}}));
  CHECK(scores.categories.at("a") == 100);
  CHECK(scores.categories.at("b") == std::nullopt);
  CHECK(scores.overall == 100);  // b has no score: left out, not counted as 0
  CHECK(scores.grade == "A");
}

TEST_CASE("a disabled rule (no result) does not count", "[score]") {
  rules::Catalogue catalogue = small_catalogue();
  auto results = results_for(catalogue, {{"a.two", Status::fail}});
  results.erase(results.begin() + 2);  // a.two disabled by the target
  Scores scores = compute(catalogue, results);
  CHECK(scores.categories.at("a") == 100);
}

TEST_CASE("no score at all gives no overall score and no grade", "[score]") {
  rules::Catalogue catalogue = small_catalogue();
  Scores scores = compute(catalogue, {});
  CHECK(scores.overall == std::nullopt);
  CHECK(scores.grade.empty());
  CHECK(scores.categories.size() == 2);
  CHECK(scores.categories.at("a") == std::nullopt);
}

TEST_CASE("grade bands start at 90, 80, 70, 60 and 50", "[score]") {
  rules::Catalogue catalogue = small_catalogue();
  catalogue.categories = {{"a", {}, 1}};
  catalogue.rules.resize(3);  // a.info, a.one, a.two
  catalogue.rules[0].weight = 0;
  const std::vector<std::pair<std::pair<double, double>, std::string>> cases = {
      {{90, 10}, "A"}, {{89, 11}, "B"}, {{80, 20}, "B"}, {{79, 21}, "C"}, {{70, 30}, "C"},
      {{60, 40}, "D"}, {{50, 50}, "E"}, {{49, 51}, "F"}, {{0, 1}, "F"}};
  for (const auto& [weights, grade] : cases) {
    catalogue.rules[1].weight = weights.first;
    catalogue.rules[2].weight = weights.second;
    Scores scores = compute(catalogue, results_for(catalogue, {{"a.two", Status::fail}}));
    INFO("score " << scores.overall.value_or(-1));
    CHECK(scores.overall == static_cast<int>(weights.first));
    CHECK(scores.grade == grade);
  }
}

}  // namespace
}  // namespace joignable::score
