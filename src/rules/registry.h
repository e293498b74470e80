// The registry: which C++ function implements which declared rule id. One sorted, explicit table in
// registry.cpp (as ninja's kTools), never self-registering statics, which the linker drops from a
// static library. Immutable; thread-safe.
#pragma once

#include <span>
#include <string_view>

#include "rules/outcome.h"

namespace joignable::rules {

struct RegisteredRule {
  std::string_view id;  // as declared in rules/<category>.toml
  RuleFunction function;
};

// Every implemented rule, sorted by id.
std::span<const RegisteredRule> registered_rules();

// The function implementing `id`, or nullptr when no function does.
RuleFunction find_rule_function(std::string_view id);

}  // namespace joignable::rules
