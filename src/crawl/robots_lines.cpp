#include "crawl/robots_lines.h"

#include <algorithm>
#include <optional>
#include <utility>

namespace joignable::crawl {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kBlank = " \t\v\f";

// Google reads a key by its first letters and forgives the misspellings it meets most.
constexpr std::pair<std::string_view, RobotsKey> kKeyStarts[] = {
    {"user-agent", RobotsKey::user_agent}, {"useragent", RobotsKey::user_agent},
    {"user agent", RobotsKey::user_agent}, {"allow", RobotsKey::allow},
    {"disallow", RobotsKey::disallow},     {"dissallow", RobotsKey::disallow},
    {"dissalow", RobotsKey::disallow},     {"disalow", RobotsKey::disallow},
    {"diasllow", RobotsKey::disallow},     {"disallaw", RobotsKey::disallow},
    {"crawl-delay", RobotsKey::crawl_delay}, {"sitemap", RobotsKey::sitemap},
    {"site-map", RobotsKey::sitemap},
};

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() &&
         std::equal(prefix.begin(), prefix.end(), text.begin(),
                    [](char p, char t) { return p == lower(t); });
}

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(kBlank);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(kBlank) - first + 1);
}

RobotsKey key_of(std::string_view key) {
  for (const auto& [start, known] : kKeyStarts) {
    if (starts_with_ignoring_case(key, start)) return known;
  }
  return RobotsKey::unknown;
}

// Key and value of one line, as Google's GetKeyAndValueFrom splits them.
std::optional<RobotsLine> split(std::string_view line) {
  line = trim(line.substr(0, line.find('#')));
  auto separator = line.find(':');
  if (separator == std::string_view::npos) {
    // A forgotten colon: white space stands for it between exactly two words.
    separator = line.find_first_of(" \t");
    if (separator == std::string_view::npos) return std::nullopt;
    const auto value_start = line.find_first_not_of(" \t", separator);
    if (line.find_first_of(" \t", value_start) != std::string_view::npos) return std::nullopt;
  }
  const std::string_view key = trim(line.substr(0, separator));
  if (key.empty()) return std::nullopt;
  return RobotsLine{key_of(key), trim(line.substr(separator + 1))};
}

}  // namespace

std::vector<RobotsLine> read_robots_lines(std::string_view text) {
  // Whatever prefix of a byte-order mark the file starts with is skipped, up to the first octet
  // that differs from it.
  std::size_t bom_octets = 0;
  while (bom_octets < kBom.size() && bom_octets < text.size() && text[bom_octets] == kBom[bom_octets]) {
    ++bom_octets;
  }
  text.remove_prefix(bom_octets);
  std::vector<RobotsLine> lines;
  while (!text.empty()) {
    const auto end = std::min(text.find_first_of("\r\n"), text.size());
    const std::string_view line = text.substr(0, std::min(end, kRobotsMaxLineBytes));
    const bool crlf = end + 1 < text.size() && text[end] == '\r' && text[end + 1] == '\n';
    text.remove_prefix(std::min(end + (crlf ? 2 : 1), text.size()));
    if (auto parsed = split(line)) lines.push_back(*parsed);
  }
  return lines;
}

}  // namespace joignable::crawl
