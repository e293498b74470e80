#include "crawl/robots.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "crawl/robots_lines.h"

namespace joignable::crawl {
namespace {

constexpr char kHex[] = "0123456789ABCDEF";

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                            [](char x, char y) { return lower(x) == lower(y); });
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool is_unreserved(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

void append_encoded(std::string& out, unsigned char c) {
  out += '%';
  out += kHex[c >> 4];
  out += kHex[c & 0x0F];
}

// RFC 9309 2.2.2: paths and patterns are compared in one percent-encoded form. Escapes of
// unreserved characters are decoded, other escapes get upper-case digits, and octets that a URI
// cannot hold as they are (non-ASCII, controls, space) are encoded. Reserved characters keep the
// form they were written in, since "%2F" and "/" mean different paths.
std::string normalise(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const bool escape = c == '%' && i + 2 < text.size();
    const int high = escape ? hex_value(text[i + 1]) : -1;
    const int low = escape ? hex_value(text[i + 2]) : -1;
    if (high >= 0 && low >= 0) {
      const auto decoded = static_cast<unsigned char>(high * 16 + low);
      if (is_unreserved(decoded)) {
        out += static_cast<char>(decoded);
      } else {
        append_encoded(out, decoded);
      }
      i += 2;
    } else if (c >= 0x80 || c <= 0x20 || c == 0x7F) {
      append_encoded(out, c);
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

// RFC 9309 2.2.3: a pattern writes the octets '*' and '$' as "%2A" and "%24", its own '*' and
// final '$' being special. In a path they are plain octets, encoded here so the two compare.
std::string normalised_path(std::string_view path) {
  std::string out;
  for (const char c : normalise(path)) {
    if (c == '*' || c == '$') {
      append_encoded(out, static_cast<unsigned char>(c));
    } else {
      out += c;
    }
  }
  return out.empty() ? "/" : out;
}

// A pattern keeps its '*' wildcards and its final '$'; a '$' anywhere else is the octet (as in
// Google's matcher).
std::string with_inner_dollars_encoded(std::string pattern) {
  for (std::size_t at = pattern.find('$'); at != std::string::npos && at + 1 < pattern.size();
       at = pattern.find('$', at)) {
    pattern.replace(at, 1, "%24");
  }
  return pattern;
}

// Whether `pattern` matches a prefix of `path` (all of it with a final '$'). The set of path
// offsets the pattern can have reached is kept sorted, as in Google's robots.txt matcher.
bool matches(std::string_view path, std::string_view pattern) {
  const bool anchored = !pattern.empty() && pattern.back() == '$';
  if (anchored) pattern.remove_suffix(1);
  if (pattern.find('*') == std::string_view::npos) {
    return anchored ? path == pattern : path.substr(0, pattern.size()) == pattern;
  }
  std::vector<std::size_t> reached{0};
  for (const char p : pattern) {
    if (p == '*') {
      const std::size_t from = reached.front();
      reached.clear();
      for (std::size_t offset = from; offset <= path.size(); ++offset) reached.push_back(offset);
      continue;
    }
    std::vector<std::size_t> next;
    for (const std::size_t offset : reached) {
      if (offset < path.size() && path[offset] == p) next.push_back(offset + 1);
    }
    if (next.empty()) return false;
    reached = std::move(next);
  }
  return !anchored || reached.back() == path.size();
}

std::optional<double> parse_seconds(std::string_view value) {
  double seconds = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), seconds);
  if (error != std::errc() || end != value.data() + value.size() || !std::isfinite(seconds) ||
      seconds < 0) {
    return std::nullopt;
  }
  return seconds;
}

// The product token of a user-agent line: its leading letters, '-' and '_' ("joignable/1.0"
// names "joignable").
std::string_view product_token(std::string_view value) {
  std::size_t length = 0;
  while (length < value.size()) {
    const char c = lower(value[length]);
    if (!((c >= 'a' && c <= 'z') || c == '-' || c == '_')) break;
    ++length;
  }
  return value.substr(0, length);
}

struct PatternRule {
  std::string pattern;    // normalised, rooted at '/', inner '$' encoded
  std::size_t priority;   // its length before the '$' were encoded
  bool allow;
};

// Google reads "Allow: /dir/index.html" as allowing "/dir/" too.
std::optional<std::string> index_directory(std::string_view pattern) {
  const auto slash = pattern.rfind('/');
  if (slash == std::string_view::npos || pattern.substr(slash + 1, 9) != "index.htm") {
    return std::nullopt;
  }
  return std::string(pattern.substr(0, slash + 1)) + "$";
}

// The rules of the groups for one agent, merged: the token's own groups and the "*" groups are
// gathered side by side, and the token's win when it has at least one group.
struct Selection {
  struct Side {
    bool found = false;
    std::vector<PatternRule> rules;
    std::optional<double> delay;
  };
  Side own;
  Side star;
  bool in_own = false;   // the current group names the token
  bool in_star = false;  // the current group names "*"
  bool reading_agents = false;
  bool in_group = false;

  void agent_line(std::string_view value, std::string_view agent) {
    if (!reading_agents) in_own = in_star = false;
    reading_agents = in_group = true;
    // "*" alone, or followed by a space and anything (as Google reads it).
    const bool star_line =
        !value.empty() && value.front() == '*' &&
        (value.size() == 1 || value[1] == ' ' || value[1] == '\t');
    if (star_line) {
      in_star = star.found = true;
    } else if (iequals(product_token(value), agent)) {
      in_own = own.found = true;
    }
  }

  void member_line(RobotsKey key, std::string_view value) {
    reading_agents = false;
    if (!in_group) return;  // RFC 9309 2.1: rules before any user-agent line belong to no group
    for (Side* side : {in_own ? &own : nullptr, in_star ? &star : nullptr}) {
      if (side == nullptr) continue;
      if (key == RobotsKey::crawl_delay) {
        if (const auto seconds = parse_seconds(value)) {
          side->delay = std::max(side->delay.value_or(0), *seconds);
        }
      } else if (!value.empty()) {  // an empty Disallow disallows nothing, an empty Allow adds
                                    // nothing
        add_rule(*side, value, key == RobotsKey::allow);
      }
    }
  }

  static void add_rule(Side& side, std::string_view value, bool allow) {
    std::string pattern = normalise(value);
    if (pattern.front() != '/' && pattern.front() != '*') pattern.insert(0, "/");
    if (allow) {
      if (auto directory = index_directory(pattern)) {
        side.rules.push_back({with_inner_dollars_encoded(*directory), directory->size(), true});
      }
    }
    const std::size_t priority = pattern.size();
    side.rules.push_back({with_inner_dollars_encoded(std::move(pattern)), priority, allow});
  }
};

// The text to parse: cut at kRobotsMaxBytes and then at the end of its last whole line, since
// half a rule could mean another rule.
std::string_view parsed_part(std::string_view text) {
  if (text.size() > kRobotsMaxBytes) {
    text = text.substr(0, kRobotsMaxBytes);
    const auto last_end = text.find_last_of("\r\n");
    text = last_end == std::string_view::npos ? std::string_view() : text.substr(0, last_end);
  }
  return text;
}

}  // namespace

RobotsRules RobotsRules::parse(std::string_view text, std::string_view agent) {
  RobotsRules result;
  Selection selection;
  for (const RobotsLine& line : read_robots_lines(parsed_part(text))) {
    switch (line.key) {
      case RobotsKey::user_agent: selection.agent_line(line.value, agent); break;
      case RobotsKey::allow:
      case RobotsKey::disallow:
      case RobotsKey::crawl_delay: selection.member_line(line.key, line.value); break;
      case RobotsKey::sitemap:
        if (!line.value.empty()) result.sitemaps_.emplace_back(line.value);
        break;
      case RobotsKey::unknown: break;
    }
  }
  const Selection::Side& chosen = selection.own.found ? selection.own : selection.star;
  for (const PatternRule& rule : chosen.rules) {
    result.rules_.push_back(Rule{rule.pattern, rule.priority, rule.allow});
  }
  result.crawl_delay_ = chosen.delay;
  return result;
}

RobotsRules RobotsRules::allow_all() { return RobotsRules(); }

RobotsRules RobotsRules::disallow_all() {
  RobotsRules rules;
  rules.disallow_all_ = true;
  return rules;
}

RobotsRules RobotsRules::from_fetch(const FetchStatus& status, std::string_view body) {
  // RFC 9309 2.3.1.2: past the redirects a crawler follows, robots.txt counts as unavailable.
  if (status.error == NetError::too_many_redirects) return allow_all();
  if (status.error != NetError::none) return disallow_all();
  if (status.http_status >= 200 && status.http_status < 300) return parse(body);
  if (status.http_status >= 300 && status.http_status < 500) return allow_all();
  return disallow_all();
}

bool RobotsRules::allows(std::string_view path_and_query) const {
  const std::string path = normalised_path(path_and_query);
  if (path == "/robots.txt") return true;
  if (disallow_all_) return false;
  std::size_t best_length = 0;
  bool allowed = true;
  for (const Rule& rule : rules_) {
    const std::size_t length = rule.priority;
    if (length < best_length || (length == best_length && allowed) ||
        !matches(path, rule.pattern)) {
      continue;
    }
    // Reached with a longer match, or an equal one that turns a Disallow into an Allow.
    best_length = length;
    allowed = rule.allow;
  }
  return allowed;
}

std::chrono::milliseconds polite_delay(std::chrono::milliseconds delay, const RobotsRules& rules) {
  const double seconds = std::min(rules.crawl_delay_seconds().value_or(0), kMaxCrawlDelaySeconds);
  const auto asked = std::chrono::milliseconds(std::llround(seconds * 1000));
  return std::max(delay, asked);
}

std::string robots_path_of(std::string_view url) {
  const auto scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return "/";
  const auto path_start = url.find_first_of("/?#", scheme_end + 3);
  if (path_start == std::string_view::npos) return "/";
  std::string path(url.substr(path_start, url.find('#', path_start) - path_start));
  if (path.empty() || path.front() != '/') path.insert(0, "/");
  return path;
}

}  // namespace joignable::crawl
