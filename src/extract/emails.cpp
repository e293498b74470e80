#include "extract/emails.h"

#include <algorithm>

#include "extract/text_fold.h"

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
    while (end > at + 1 && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
    const std::string address = ascii_lower(text.substr(begin, end - begin));
    if (is_plausible(address)) add_unique(addresses, address);
  }
}

}  // namespace

std::vector<std::string> find_emails(std::string_view visible_text,
                                     const std::vector<ContactLink>& mailto_links) {
  std::vector<std::string> addresses;
  for (const ContactLink& link : mailto_links) add_mailto(link.value, addresses);
  add_from_text(visible_text, addresses);
  return addresses;
}

}  // namespace joignable::extract
