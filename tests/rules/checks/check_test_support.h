// Helpers for the rule tests: run one rule by id on a hand-built SiteModel with the options the
// real catalogue (rules/*.toml) declares, and check that its findings fill every placeholder of
// the rule's fr and en messages. Thread-compatible.
#pragma once

#include <string>

#include "model/site_model.h"
#include "rules/catalogue.h"
#include "rules/outcome.h"

namespace joignable::rules::testing {

// The project's rules/ folder, found from JOIGNABLE_TEST_FIXTURES (tests/fixtures).
std::string rules_dir();

// rules/*.toml, loaded once; the test fails when it does not load.
const Catalogue& real_catalogue();

// Runs the function registered for `id` with the declared options, overridden by `overrides`.
Outcome run_check(const std::string& id, const model::SiteModel& site,
                  const RuleOptions& overrides = {});

// Every finding of `outcome` leaves no {placeholder} of rule `id`'s messages unfilled.
// Also requires the finding's evidence template to exist and be filled.
void require_messages_filled(const std::string& id, const Outcome& outcome);

}  // namespace joignable::rules::testing
