#include "cli/clock.h"

#include <cstdlib>
#include <string>

#include "util/time.h"

namespace joignable::cli {

Result<std::time_t> current_time() {
  const char* fixed = std::getenv("JOIGNABLE_NOW");
  if (fixed == nullptr || *fixed == '\0') return std::time(nullptr);
  if (auto time = util::parse_iso8601(fixed)) return *time;
  return make_error(Error::Code::usage,
                    "not an ISO-8601 time such as 2026-11-23T09:58:00Z: '" + std::string(fixed) +
                        "'",
                    {}, 0, "JOIGNABLE_NOW");
}

}  // namespace joignable::cli
