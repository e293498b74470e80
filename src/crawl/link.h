// Links between pages: as found in a page (DiscoveredLink) and as the crawl records them (Link).
// Plain values.
#pragma once

#include <string>
#include <string_view>

namespace joignable::crawl {

enum class LinkKind { anchor, area, iframe, form_action, canonical, alternate };
std::string_view to_string(LinkKind kind);

// A link as found in a page, resolved against the page's URL (and its <base href>).
struct DiscoveredLink {
  std::string url;  // absolute, fragment kept
  LinkKind kind = LinkKind::anchor;
  std::string text;  // visible text of the link (or its title/alt), trimmed; may be empty
};

// A link between two URLs, after normalisation (fragment removed from `to`).
struct Link {
  std::string from;
  std::string to;
  LinkKind kind = LinkKind::anchor;
  std::string text;
  std::string fragment;  // "" when the link had none
};

}  // namespace joignable::crawl
