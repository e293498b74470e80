// Runs every enabled rule of the catalogue on a SiteModel. A rule that fails inside (an exception
// from a library, an unknown id) yields an `error` outcome for that rule alone; the audit goes on.
#pragma once

#include <string>
#include <vector>

#include "model/site_model.h"
#include "rules/catalogue.h"
#include "target/target.h"

namespace joignable::rules {

struct RuleResult {
  const RuleDeclaration* rule = nullptr;  // points into the Catalogue, which outlives the results
  Outcome outcome;
};

// The declaration's defaults, each overridden by the target's [rules.<id>] value of that name.
RuleOptions resolve_options(const RuleDeclaration& rule, const target::Target& target);

// Runs `function` as the implementation of `rule`. An exception escaping it becomes an `error`
// outcome naming the rule and the exception's message; evaluate() calls this for every rule.
Outcome run_rule(RuleFunction function, const RuleDeclaration& rule, const model::SiteModel& site,
                 const RuleOptions& options);

// One result per declared rule that is not disabled by the target, in catalogue order. Options are
// the declaration's, each overridden by target.rule_options[rule id]; a declared id without a
// registered function gives an `error` outcome.
std::vector<RuleResult> evaluate(const Catalogue& catalogue, const model::SiteModel& site,
                                 const target::Target& target);

}  // namespace joignable::rules
