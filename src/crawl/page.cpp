#include "crawl/page.h"

namespace joignable::crawl {

std::string_view to_string(LinkKind kind) {
  switch (kind) {
    case LinkKind::anchor: return "anchor";
    case LinkKind::area: return "area";
    case LinkKind::iframe: return "iframe";
    case LinkKind::form_action: return "form_action";
    case LinkKind::canonical: return "canonical";
    case LinkKind::alternate: return "alternate";
  }
  return "anchor";
}

}  // namespace joignable::crawl
