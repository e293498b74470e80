// The spelling of RenderMode (target.h) in target files, on the command line and in reports.
// Plain functions; thread-safe.
#pragma once

#include <optional>
#include <string_view>

#include "target/target.h"

namespace joignable::target {

// "never", "auto" or "always".
std::string_view to_string(RenderMode mode);
// The mode spelled `text`; nullopt for anything else (case matters, as for other keys).
std::optional<RenderMode> parse_render_mode(std::string_view text);

}  // namespace joignable::target
