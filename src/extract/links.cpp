#include "extract/links.h"

#include <algorithm>
#include <initializer_list>
#include <optional>

#include "extract/text_fold.h"
#include "extract/visible_text.h"
#include "util/url.h"

namespace joignable::extract {
namespace {

// Whether the space-separated token list `tokens` (an HTML rel value) holds `token`, any case.
bool has_token(std::string_view tokens, std::string_view token) {
  const std::string folded = fold(tokens);
  std::size_t pos = 0;
  while (pos < folded.size()) {
    const std::size_t end = std::min(folded.find_first_of(" \t\n\r\f", pos), folded.size());
    if (std::string_view(folded).substr(pos, end - pos) == token) return true;
    pos = end + 1;
  }
  return false;
}

std::string first_non_empty(std::initializer_list<std::optional<std::string_view>> candidates) {
  for (const auto& candidate : candidates) {
    if (candidate) {
      std::string text = collapse_spaces(*candidate);
      if (!text.empty()) return text;
    }
  }
  return {};
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The link an element makes, if it makes one: its kind and its raw reference. `has_ref` is false
// for elements that are no link.
struct RawLink {
  bool has_ref = false;
  crawl::LinkKind kind = crawl::LinkKind::anchor;
  std::string_view ref;
  bool to_page_itself = false;  // a form without action
};

RawLink raw_link(HtmlNode element) {
  const std::string_view tag = element.tag();
  const auto href = element.attribute("href");
  if ((tag == "a" || tag == "area") && href) {
    return {true, tag == "a" ? crawl::LinkKind::anchor : crawl::LinkKind::area, *href, false};
  }
  if (tag == "iframe") {
    const auto src = element.attribute("src");
    if (src) return {true, crawl::LinkKind::iframe, *src, false};
  }
  if (tag == "form") {
    const auto action = element.attribute("action");
    const bool missing = !action || collapse_spaces(*action).empty();
    return {true, crawl::LinkKind::form_action, missing ? std::string_view() : *action, missing};
  }
  if (tag == "link" && href) {
    const std::string_view rel = element.attribute("rel").value_or("");
    if (has_token(rel, "canonical")) return {true, crawl::LinkKind::canonical, *href, false};
    if (has_token(rel, "alternate")) return {true, crawl::LinkKind::alternate, *href, false};
  }
  return {};
}

std::string text_of(HtmlNode element, crawl::LinkKind kind) {
  switch (kind) {
    case crawl::LinkKind::anchor: return link_text(element);
    case crawl::LinkKind::area:
      return first_non_empty({element.attribute("alt"), element.attribute("aria-label"),
                              element.attribute("title")});
    default: return first_non_empty({element.attribute("title")});
  }
}

// A link to "page#x" scrolls to the element whose id is "x", or else to the <a name="x">.
void add_anchors(HtmlNode element, std::vector<std::string>& anchors) {
  const auto id = element.attribute("id");
  if (id && !id->empty()) anchors.emplace_back(*id);
  const auto name = element.tag() == "a" ? element.attribute("name") : std::nullopt;
  if (name && !name->empty()) anchors.emplace_back(*name);
}

}  // namespace

std::string base_url(const HtmlDocument& document, const std::string& page_url) {
  std::optional<std::string_view> href;
  walk(document.root(), [&](HtmlNode node) {
    if (href) return false;
    if (node.tag() == "base") href = node.attribute("href");
    return !href;
  });
  if (!href) return page_url;
  return util::resolve(page_url, *href).value_or(page_url);
}

std::vector<crawl::DiscoveredLink> find_links(const HtmlDocument& document,
                                              const std::string& page_url,
                                              const std::string& base,
                                              std::vector<std::string>* anchors) {
  std::vector<crawl::DiscoveredLink> links;
  const util::Resolver resolver(base);
  walk(document.root(), [&](HtmlNode node) {
    if (!node.is_element() || node.tag() == "template") return false;
    if (anchors) add_anchors(node, *anchors);
    const RawLink raw = raw_link(node);
    if (!raw.has_ref) return true;
    std::optional<std::string> url =
        raw.to_page_itself ? util::resolve(page_url, "") : resolver.resolve(raw.ref);
    if (url) links.push_back({std::move(*url), raw.kind, text_of(node, raw.kind)});
    return true;
  });
  return links;
}

std::vector<ContactLink> find_contact_links(const HtmlDocument& document,
                                            std::string_view scheme) {
  return find_contact_links(document.root(), scheme);
}

std::vector<ContactLink> find_contact_links(HtmlNode root, std::string_view scheme,
                                            const std::vector<HtmlNode>& skip) {
  std::vector<ContactLink> links;
  walk(root, [&](HtmlNode node) {
    if (!node.is_element() || is_hidden(node)) return false;
    if (!skip.empty() && std::find(skip.begin(), skip.end(), node) != skip.end()) return false;
    const std::string_view tag = node.tag();
    const auto href = node.attribute("href");
    // No ':', no scheme: most links are relative and skip the clean-up below.
    if ((tag != "a" && tag != "area") || !href || href->find(':') == std::string_view::npos) {
      return true;
    }
    const std::string trimmed = collapse_spaces(*href);
    if (trimmed.size() > scheme.size() && trimmed[scheme.size()] == ':' &&
        fold(std::string_view(trimmed).substr(0, scheme.size())) == scheme) {
      const std::string value = percent_decode(std::string_view(trimmed).substr(scheme.size() + 1));
      links.push_back({collapse_spaces(value), link_text(node)});
    }
    return true;
  });
  return links;
}

std::string link_text(HtmlNode element) {
  std::string text = visible_text_line(element);
  if (!text.empty()) return text;
  std::optional<std::string_view> image_alt;
  walk(element, [&](HtmlNode node) {
    if (image_alt) return false;
    if (node.tag() == "img") {
      const auto alt = node.attribute("alt");
      if (alt && !collapse_spaces(*alt).empty()) image_alt = alt;
    }
    return !image_alt;
  });
  return first_non_empty({element.attribute("aria-label"), image_alt, element.attribute("title")});
}

std::string percent_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 &&
        hex_value(text[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace joignable::extract
