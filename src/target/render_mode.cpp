#include "target/render_mode.h"

namespace joignable::target {

std::string_view to_string(RenderMode mode) {
  switch (mode) {
    case RenderMode::never: return "never";
    case RenderMode::automatic: return "auto";
    case RenderMode::always: return "always";
  }
  return "auto";
}

std::optional<RenderMode> parse_render_mode(std::string_view text) {
  for (const RenderMode mode : {RenderMode::never, RenderMode::automatic, RenderMode::always}) {
    if (text == to_string(mode)) return mode;
  }
  return std::nullopt;
}

}  // namespace joignable::target
