// The time the probe commands and the audit count from: the system clock, or JOIGNABLE_NOW
// (ISO-8601, "2026-11-23T09:58:00Z") when set, so that a report about probes can be reproduced
// and tests can move time forward without waiting.
#pragma once

#include <ctime>

#include "util/result.h"

namespace joignable::cli {

// Fails when JOIGNABLE_NOW is set but is not an ISO-8601 time with "Z" or an offset.
[[nodiscard]] Result<std::time_t> current_time();

}  // namespace joignable::cli
