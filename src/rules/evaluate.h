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

// One result per declared rule that is not disabled by the target, in catalogue order.
std::vector<RuleResult> evaluate(const Catalogue& catalogue, const model::SiteModel& site,
                                 const target::Target& target);

}  // namespace joignable::rules
