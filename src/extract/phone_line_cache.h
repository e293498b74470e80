// PhoneLineCache: what PhoneNumberMatcher found on a line of visible text, remembered for the
// whole process. A site repeats its header and footer on every page, and the matcher costs
// 1.4-1.9 ms on a page of 14 KB of text, so each distinct line is matched once per region and
// later pages read the answer from here.
//
// Bounded: lines longer than kMaxLineBytes are not kept, and a shard that reaches kMaxShardBytes
// is emptied (the next pages refill it); the whole cache stays under 2 MB.
// Thread-safe: pages are analysed on several threads at once; the keys are spread over shards,
// each behind its own mutex, so threads rarely wait for each other.
#pragma once

#include <array>
#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/contact_points.h"

namespace joignable::extract {

// One number PhoneNumberMatcher found on a line: where, and what it is.
struct LineMatch {
  std::size_t start = 0;   // byte offset in the line
  std::size_t length = 0;  // bytes
  std::string e164;
  PhoneType type = PhoneType::unknown;
  // Whether the digits are grouped as the region writes them (PhoneNumberMatcher's
  // STRICT_GROUPING): "0431 5362267" is, "05.10.2021" read as a German number is not.
  bool strict = false;
};

class PhoneLineCache {
 public:
  static constexpr std::size_t kMaxLineBytes = 4096;
  static constexpr std::size_t kShards = 16;
  // What a shard may hold, counting each entry's key, matches and bookkeeping.
  static constexpr std::size_t kMaxShardBytes = 128 * 1024;

  // The matches remembered for `line` read in `region`; nullopt when the line was not seen.
  std::optional<std::vector<LineMatch>> find(std::string_view region, std::string_view line);
  // Remembers the matches of `line` (ignored when the line is too long to keep).
  void store(std::string_view region, std::string_view line, std::vector<LineMatch> matches);
  // Number of lines remembered, for tests.
  std::size_t size();

 private:
  struct Shard {
    std::mutex mutex;
    std::unordered_map<std::string, std::vector<LineMatch>> lines;
    std::size_t bytes = 0;
  };
  Shard& shard_of(const std::string& key);

  std::array<Shard, kShards> shards_;
};

// The process-wide cache find_phones() uses.
PhoneLineCache& phone_line_cache();

}  // namespace joignable::extract
