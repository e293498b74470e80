#include "extract/app_shell.h"

#include <algorithm>
#include <array>

#include "extract/text_fold.h"

namespace joignable::extract {
namespace {

constexpr std::array<std::string_view, 9> kMountIds = {
    "root", "app", "__next", "__nuxt", "___gatsby", "svelte", "q-app", "main-app", "application"};

bool is_mount_point(HtmlNode element) {
  if (element.tag() == "app-root") return true;
  if (element.has_attribute("data-reactroot") || element.has_attribute("ng-version") ||
      element.has_attribute("ng-app") || element.has_attribute("data-v-app")) {
    return true;
  }
  const auto id = element.attribute("id");
  return id && std::find(kMountIds.begin(), kMountIds.end(), *id) != kMountIds.end();
}

// The text of a <noscript>: Gumbo keeps it as raw text when scripting is assumed on.
std::string text_under(HtmlNode node) {
  std::string text;
  walk(node, [&](HtmlNode child) {
    if (child.is_text()) text += child.text();
    return true;
  });
  return text;
}

bool asks_for_javascript(HtmlNode noscript) {
  const std::string text = fold(text_under(noscript));
  return text.find("javascript") != std::string::npos;
}

}  // namespace

bool looks_like_app_shell(const HtmlDocument& document, std::string_view visible_text) {
  if (visible_text.size() >= kShellMaxText) return false;
  bool scripts = false, mount = false, noscript_asks = false;
  walk(document.root(), [&](HtmlNode node) {
    if (!node.is_element()) return false;
    if (node.tag() == "script") {
      scripts = scripts || node.has_attribute("src") || node.child_count() > 0;
      return false;
    }
    if (node.tag() == "noscript") {
      noscript_asks = noscript_asks || asks_for_javascript(node);
      return false;
    }
    mount = mount || is_mount_point(node);
    return true;
  });
  return scripts && (mount || noscript_asks);
}

bool has_no_contact_point(const PageContacts& contacts) {
  const bool phone = std::any_of(contacts.phones.begin(), contacts.phones.end(),
                                 [](const PhoneMention& mention) { return !mention.fax; });
  return !phone && contacts.emails.empty() && contacts.forms.empty() &&
         contacts.chat_widgets.empty();
}

}  // namespace joignable::extract
