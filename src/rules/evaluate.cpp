#include "rules/evaluate.h"

#include <algorithm>
#include <cassert>
#include <exception>

#include "rules/registry.h"

namespace joignable::rules {

RuleOptions resolve_options(const RuleDeclaration& rule, const target::Target& target) {
  RuleOptions options = rule.options;
  if (auto overrides = target.rule_options.find(rule.id); overrides != target.rule_options.end()) {
    for (const auto& [name, value] : overrides->second) options[name] = value;
  }
  return options;
}

namespace {

Outcome error_outcome(std::string message) {
  Outcome outcome;
  outcome.status = Outcome::Status::error;
  outcome.error_message = std::move(message);
  return outcome;
}

}  // namespace

// The one place in rules/ that catches, as Lighthouse's _runAudit: a rule that throws (a
// library's exception escaping a check) fails alone and the audit goes on.
Outcome run_rule(RuleFunction function, const RuleDeclaration& rule, const model::SiteModel& site,
                 const RuleOptions& options) {
  if (function == nullptr) return error_outcome("no function implements rule " + rule.id);
  Outcome outcome;
  try {
    outcome = function(RuleInput{site, options});
  } catch (const std::exception& e) {
    return error_outcome("rule " + rule.id + " failed: " + e.what());
  }
  assert((outcome.status == Outcome::Status::fail) == !outcome.findings.empty() &&
         "a rule fails exactly when it has findings");
  return outcome;
}

std::vector<RuleResult> evaluate(const Catalogue& catalogue, const model::SiteModel& site,
                                 const target::Target& target) {
  std::vector<RuleResult> results;
  results.reserve(catalogue.rules.size());
  for (const auto& rule : catalogue.rules) {
    const auto& disabled = target.disabled_rules;
    if (std::find(disabled.begin(), disabled.end(), rule.id) != disabled.end()) continue;
    results.push_back(
        {&rule, run_rule(find_rule_function(rule.id), rule, site, resolve_options(rule, target))});
  }
  return results;
}

}  // namespace joignable::rules
