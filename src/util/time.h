// Wall-clock timestamps for reports and the store. Thread-safe.
#pragma once

#include <string>

namespace joignable::util {

// The current UTC time as ISO-8601 with seconds, e.g. "2026-11-23T09:58:00Z".
std::string now_iso8601();

}  // namespace joignable::util
