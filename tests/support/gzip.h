// Gzip bytes made in a test, with zlib, for readers of gzip content (util/gunzip, crawl/sitemap).
// A part can be repeated without being held whole in memory, so a test can build a gzip bomb
// (a gigabyte of one byte) from a few kilobytes of memory. Thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace joignable::testing {

struct GzipPart {
  std::string_view text;
  std::size_t times = 1;  // the part is the text repeated this many times
};

// One gzip member holding the parts one after the other.
std::string gzip(const std::vector<GzipPart>& parts);
inline std::string gzip(std::string_view text) { return gzip({GzipPart{text, 1}}); }

}  // namespace joignable::testing
