// --shard K/N: which deterministic share of a portfolio's targets this machine audits. A target's
// share is its identity's stable hash modulo N, so adding targets never moves the others to
// another shard, and the N shares of any list are disjoint and cover it. Thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "portfolio/target_list.h"
#include "util/result.h"

namespace joignable::portfolio {

struct Shard {
  int index = 1;  // K, from 1 to count
  int count = 1;  // N
};

// Reads "K/N" (1 <= K <= N). "/N" takes K from `completion_index`, the 0-based
// JOB_COMPLETION_INDEX of a Kubernetes Indexed Job, as K = index + 1. Errors name the option.
[[nodiscard]] Result<Shard> parse_shard(const std::string& text,
                                        const std::optional<std::string>& completion_index);

// Whether `target` belongs to `shard`.
bool in_shard(const PortfolioTarget& target, const Shard& shard);

// The targets of `shard`, in their order.
std::vector<PortfolioTarget> select_shard(const std::vector<PortfolioTarget>& targets,
                                          const Shard& shard);

}  // namespace joignable::portfolio
