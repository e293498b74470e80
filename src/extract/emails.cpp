#include "extract/emails.h"

#include <algorithm>

#include "extract/text_fold.h"
#include "extract/visible_text.h"

namespace joignable::extract {
namespace {

constexpr std::size_t kMaxLocalPart = 64;
constexpr std::size_t kMaxDomain = 253;

bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool is_local_char(char c) {
  return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

bool is_domain_char(char c) { return is_alnum(c) || c == '.' || c == '-'; }

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

struct Obfuscation {
  std::string_view token;  // lower case
  char replacement;
};
constexpr Obfuscation kObfuscations[] = {
    {"[at]", '@'},     {"(at)", '@'},     {"{at}", '@'},      {"[@]", '@'},
    {"(@)", '@'},      {"[arobase]", '@'}, {"(arobase)", '@'}, {"{arobase}", '@'},
    {"[dot]", '.'},    {"(dot)", '.'},    {"{dot}", '.'},     {"[point]", '.'},
    {"(point)", '.'},  {"{point}", '.'},  {"[.]", '.'},       {"(.)", '.'},
    {"<at>", '@'},     {"<dot>", '.'},
};

// What opens an obfuscation. Tested byte by byte (a lambda the compiler inlines):
// find_first_of("[({<") would call memchr for every byte of a page's text.
constexpr auto is_bracket = [](char c) { return c == '[' || c == '(' || c == '{' || c == '<'; };

bool starts_with_folded(std::string_view text, std::size_t pos, std::string_view token) {
  if (text.size() - pos < token.size()) return false;
  for (std::size_t i = 0; i < token.size(); ++i) {
    char c = text[pos + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != token[i]) return false;
  }
  return true;
}

// Whether `text` contains `token` (lower case), ignoring ASCII case.
bool contains_folded(std::string_view text, std::string_view token) {
  const auto same = [](char c, char t) {
    return (c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) == t;
  };
  return std::search(text.begin(), text.end(), token.begin(), token.end(), same) != text.end();
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool is_plausible_domain(std::string_view domain) {
  if (domain.empty() || domain.size() > kMaxDomain || domain.find("..") != std::string_view::npos ||
      domain.front() == '.' || domain.front() == '-') {
    return false;
  }
  const std::size_t dot = domain.rfind('.');
  if (dot == std::string_view::npos) return false;
  const std::string top = ascii_lower(domain.substr(dot + 1));
  const auto is_letter = [](char c) { return c >= 'a' && c <= 'z'; };
  if (top.size() < 2 || !std::all_of(top.begin(), top.end(), is_letter)) return false;
  for (std::string_view image : {"png", "jpg", "jpeg", "gif", "webp", "svg", "avif"}) {
    if (top == image) return false;
  }
  return true;
}

bool is_plausible(std::string_view address) {
  const std::size_t at = address.find('@');
  if (at == std::string_view::npos || address.find('@', at + 1) != std::string_view::npos) {
    return false;
  }
  const std::string_view local = address.substr(0, at);
  if (local.empty() || local.size() > kMaxLocalPart || local.front() == '.' ||
      local.back() == '.' || local.find("..") != std::string_view::npos ||
      !std::all_of(local.begin(), local.end(), is_local_char)) {
    return false;
  }
  const std::string_view domain = address.substr(at + 1);
  return std::all_of(domain.begin(), domain.end(), is_domain_char) && is_plausible_domain(domain);
}

void add_unique(std::vector<std::string>& addresses, std::string address) {
  if (std::find(addresses.begin(), addresses.end(), address) == addresses.end()) {
    addresses.push_back(std::move(address));
  }
}

void add_mailto(std::string_view value, std::vector<std::string>& addresses) {
  value = value.substr(0, value.find('?'));
  while (!value.empty()) {
    const std::size_t comma = std::min(value.find(','), value.size());
    const std::string address = ascii_lower(collapse_spaces(value.substr(0, comma)));
    if (is_plausible(address)) add_unique(addresses, address);
    value.remove_prefix(std::min(comma + 1, value.size()));
  }
}

void add_from_text(std::string_view text, std::vector<std::string>& addresses) {
  for (std::size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    std::size_t begin = at;
    while (begin > 0 && is_local_char(text[begin - 1])) --begin;
    std::size_t end = at + 1;
    while (end < text.size() && is_domain_char(text[end])) ++end;
    while (begin < at && text[begin] == '.') ++begin;
    // "@exemple@mastodon.social" is a fediverse handle, not an address.
    if (begin > 0 && text[begin - 1] == '@') continue;
    while (end > at + 1 && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
    const std::string address = ascii_lower(text.substr(begin, end - begin));
    if (is_plausible(address)) add_unique(addresses, address);
  }
}

bool word_is(std::string_view word, std::initializer_list<std::string_view> any) {
  return std::any_of(any.begin(), any.end(), [&](std::string_view spelled) {
    return word.size() == spelled.size() && starts_with_folded(word, 0, spelled);
  });
}

// Addresses spelled out with words: "contact at exemple dot fr", "contact arobase exemple point
// fr". Only the whole shape counts (a local part, "at", labels joined by "dot" and a top-level
// domain), so prose that says "at" or "point" gives nothing.
void add_spelled_out(std::string_view text, std::vector<std::string>& addresses) {
  std::vector<std::string_view> words;
  for (std::size_t i = 0; i < text.size();) {
    while (i < text.size() && !is_local_char(text[i])) ++i;
    const std::size_t start = i;
    while (i < text.size() && is_local_char(text[i])) ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
  for (std::size_t at = 1; at + 3 < words.size(); ++at) {
    if (!word_is(words[at], {"at", "arobase"})) continue;
    std::string address = std::string(words[at - 1]) + "@" + std::string(words[at + 1]);
    std::size_t next = at + 2;
    while (next + 1 < words.size() && word_is(words[next], {"dot", "point"})) {
      address += "." + std::string(words[next + 1]);
      next += 2;
    }
    address = ascii_lower(address);
    if (next > at + 2 && is_plausible(address)) add_unique(addresses, address);
  }
}

}  // namespace

std::vector<std::string> find_emails(std::string_view visible_text,
                                     const std::vector<ContactLink>& mailto_links,
                                     const std::vector<std::string>& protected_addresses) {
  std::vector<std::string> addresses;
  for (const ContactLink& link : mailto_links) add_mailto(link.value, addresses);
  for (const std::string& address : protected_addresses) add_mailto(address, addresses);
  // Obfuscations need a bracket; most text has none and is scanned as it is.
  if (std::any_of(visible_text.begin(), visible_text.end(), is_bracket)) {
    add_from_text(undo_obfuscation(visible_text), addresses);
  } else {
    add_from_text(visible_text, addresses);
  }
  if (contains_folded(visible_text, " dot ") || contains_folded(visible_text, " point ")) {
    add_spelled_out(visible_text, addresses);
  }
  return addresses;
}

std::string decode_cfemail(std::string_view hex) {
  if (hex.size() < 4 || hex.size() % 2 != 0) return {};
  std::string out;
  int key = -1;
  for (std::size_t i = 0; i < hex.size(); i += 2) {
    const int high = hex_digit(hex[i]);
    const int low = hex_digit(hex[i + 1]);
    if (high < 0 || low < 0) return {};
    const int byte = high * 16 + low;
    if (key < 0) {
      key = byte;
    } else {
      out += static_cast<char>(byte ^ key);
    }
  }
  return out;
}

std::vector<std::string> cloudflare_emails(const HtmlDocument& document) {
  static constexpr std::string_view kProtectionPath = "/cdn-cgi/l/email-protection#";
  std::vector<std::string> addresses;
  walk(document.root(), [&](HtmlNode node) {
    if (!node.is_element() || is_hidden(node)) return false;
    if (const auto encoded = node.attribute("data-cfemail")) {
      if (std::string address = decode_cfemail(*encoded); !address.empty()) {
        addresses.push_back(std::move(address));
      }
    }
    if (const auto href = node.attribute("href"); href && node.tag() == "a") {
      if (const std::size_t pos = href->find(kProtectionPath); pos != std::string_view::npos) {
        std::string address = decode_cfemail(href->substr(pos + kProtectionPath.size()));
        if (!address.empty()) addresses.push_back(std::move(address));
      }
    }
    return true;
  });
  return addresses;
}

std::string undo_obfuscation(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const Obfuscation* found = nullptr;
    if (is_bracket(text[i])) {
      for (const Obfuscation& obfuscation : kObfuscations) {
        if (starts_with_folded(text, i, obfuscation.token)) found = &obfuscation;
      }
    }
    if (found == nullptr) {
      // Up to the next bracket in one copy: this runs over a whole page's text.
      const std::size_t next = static_cast<std::size_t>(
          std::find_if(text.begin() + static_cast<std::ptrdiff_t>(i) + 1, text.end(), is_bracket) -
          text.begin());
      out.append(text, i, next - i);
      i = next;
      continue;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    out += found->replacement;
    i += found->token.size();
    while (i < text.size() && text[i] == ' ') ++i;
  }
  return out;
}

}  // namespace joignable::extract
