// Reading a robots.txt into key/value lines the way Google's parser (google/robotstxt) does, so
// that a file written for Googlebot means the same to us: a byte-order mark, even cut short, is
// skipped; lines end at CR, LF or CRLF and are cut at kRobotsMaxLineBytes; a key is known by how
// it starts, frequent misspellings included ("useragent", "dissalow"…); a line without a colon
// still counts when white space separates exactly two words ("disallow /"). Stateless, thread-safe.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace joignable::crawl {

// Google's limit: eight times the 2,083 bytes browsers allow in a URL, less its final NUL. The
// rest of a longer line is ignored.
inline constexpr std::size_t kRobotsMaxLineBytes = 2083 * 8 - 1;

enum class RobotsKey { user_agent, allow, disallow, crawl_delay, sitemap, unknown };

struct RobotsLine {
  RobotsKey key = RobotsKey::unknown;
  std::string_view value;  // trimmed, without comment; points into the text read
};

// The lines of `text` that have a key and a separator, in file order. Lines with an unknown key
// are kept (as RobotsKey::unknown) since a reader may care where they stand.
std::vector<RobotsLine> read_robots_lines(std::string_view text);

}  // namespace joignable::crawl
