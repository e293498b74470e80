#include "crawl/url_family.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace joignable::crawl {
namespace {

// A path this many segments deep or more is grouped by its first two segments.
constexpr std::size_t kGrowingFrom = 4;
// A segment this long, of letters and digits mixed, is a random token rather than a word.
constexpr std::size_t kTokenLength = 16;
// Segment names that announce a session id in the next segment ("/sid/abc123/").
constexpr std::array<std::string_view, 7> kSessionNames = {
    "sid", "sess", "session", "sessionid", "jsessionid", "phpsessid", "token"};

// Segment names after which every segment is a filter ("/shoes/filter/red/size-42").
constexpr std::array<std::string_view, 6> kFilterNames = {"filter",  "filters", "filtre",
                                                          "filtres", "facet",   "facets"};
// Characters that join a filter's name and value ("color=red", "color:red") or several values
// ("red+blue", "red,blue", "red|blue"), as they come or percent-encoded.
constexpr std::array<std::string_view, 10> kFilterMarks = {"=",   ":",   "+",   ",",   "|",
                                                           "%3d", "%3a", "%2b", "%2c", "%7c"};

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_token(std::string_view segment) {
  const auto is_alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  const auto is_digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  const auto is_alpha = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  return segment.size() >= kTokenLength && std::all_of(segment.begin(), segment.end(), is_alnum) &&
         std::any_of(segment.begin(), segment.end(), is_digit) &&
         std::any_of(segment.begin(), segment.end(), is_alpha);
}

bool is_number(std::string_view segment) {
  return !segment.empty() &&
         std::all_of(segment.begin(), segment.end(), [](char c) {
           return std::isdigit(static_cast<unsigned char>(c)) != 0 || c == '-';
         }) &&
         std::isdigit(static_cast<unsigned char>(segment.front())) != 0;
}

// A faceted-search filter: a mark between a letter or digit and another ("color=red", but not
// "c++" nor "note:").
bool is_filter(std::string_view segment) {
  const std::string text = lower(segment);
  const auto is_alnum = [&](std::size_t at) {
    return at < text.size() && std::isalnum(static_cast<unsigned char>(text[at])) != 0;
  };
  return std::any_of(kFilterMarks.begin(), kFilterMarks.end(), [&](std::string_view mark) {
    for (auto at = text.find(mark, 1); at != std::string::npos; at = text.find(mark, at + 1)) {
      if (is_alnum(at - 1) && is_alnum(at + mark.size())) return true;
    }
    return false;
  });
}

// Where the filters of a faceted-search path start, or nullopt: the first filter segment, or
// the segment after a "filter" folder.
std::optional<std::size_t> first_filter(const std::vector<std::string_view>& parts) {
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (is_filter(parts[i])) return i;
    const std::string name = lower(parts[i]);
    if (i + 1 < parts.size() &&
        std::find(kFilterNames.begin(), kFilterNames.end(), name) != kFilterNames.end()) {
      return i + 1;
    }
  }
  return std::nullopt;
}

// The segment with its session id replaced by '*', or nullopt when it holds none. `previous` is
// the segment before it.
std::optional<std::string> without_session(std::string_view segment, std::string_view previous) {
  const auto semicolon = segment.find(';');
  if (semicolon != std::string_view::npos) {  // "shop;jsessionid=ABC"
    const auto equals = segment.find('=', semicolon);
    const auto kept = equals == std::string_view::npos ? semicolon + 1 : equals + 1;
    return std::string(segment.substr(0, kept)) + "*";
  }
  const auto open = segment.find('(');
  if (open != std::string_view::npos && segment.back() == ')') {  // "s(xyz)", "(S(xyz))"
    return std::string(segment.substr(0, open + 1)) + "*)";
  }
  const std::string name = lower(previous);
  if (std::find(kSessionNames.begin(), kSessionNames.end(), name) != kSessionNames.end() ||
      is_token(segment)) {
    return "*";
  }
  return std::nullopt;
}

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& part : parts) out += "/" + part;
  return out;
}

}  // namespace

std::vector<std::string_view> path_segments(std::string_view path) {
  std::vector<std::string_view> parts;
  while (!path.empty()) {
    const auto slash = path.find('/');
    if (slash != 0) parts.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return parts;
}

std::optional<UrlFamily> url_family(std::string_view path) {
  const auto parts = path_segments(path);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (auto replaced = without_session(parts[i], i == 0 ? "" : parts[i - 1])) {
      std::vector<std::string> shape(parts.begin(), parts.begin() + static_cast<long>(i));
      shape.push_back(*replaced);
      if (i + 1 < parts.size()) shape.emplace_back("*");
      return UrlFamily{joined(shape), "session_id"};
    }
  }
  // Every combination of filters under one listing is one family, whatever their order.
  if (const auto filters = first_filter(parts)) {
    std::vector<std::string> shape(parts.begin(), parts.begin() + static_cast<long>(*filters));
    shape.emplace_back("*");
    return UrlFamily{joined(shape), "faceted_search"};
  }
  if (parts.size() >= kGrowingFrom) {
    return UrlFamily{"/" + std::string(parts[0]) + "/" + std::string(parts[1]) + "/…",
                     "growing_path"};
  }
  if (std::any_of(parts.begin(), parts.end(), is_number)) {
    std::vector<std::string> shape;
    for (const auto part : parts) shape.push_back(is_number(part) ? "*" : std::string(part));
    return UrlFamily{joined(shape), "numbered_path"};
  }
  return std::nullopt;
}

}  // namespace joignable::crawl
