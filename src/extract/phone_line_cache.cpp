#include "extract/phone_line_cache.h"

#include <functional>

namespace joignable::extract {
namespace {

std::string key_of(std::string_view region, std::string_view line) {
  std::string key;
  key.reserve(region.size() + 1 + line.size());
  key.append(region).append(1, '\n').append(line);
  return key;
}

}  // namespace

PhoneLineCache::Shard& PhoneLineCache::shard_of(const std::string& key) {
  return shards_[std::hash<std::string>{}(key) % kShards];
}

std::optional<std::vector<LineMatch>> PhoneLineCache::find(std::string_view region,
                                                           std::string_view line) {
  if (line.size() > kMaxLineBytes) return std::nullopt;
  const std::string key = key_of(region, line);
  Shard& shard = shard_of(key);
  const std::lock_guard lock(shard.mutex);
  const auto it = shard.lines.find(key);
  if (it == shard.lines.end()) return std::nullopt;
  return it->second;
}

void PhoneLineCache::store(std::string_view region, std::string_view line,
                           std::vector<LineMatch> matches) {
  if (line.size() > kMaxLineBytes) return;
  std::string key = key_of(region, line);
  Shard& shard = shard_of(key);
  const std::lock_guard lock(shard.mutex);
  // Emptying a full shard is cruder than LRU but costs nothing per hit, and the lines that
  // matter (headers and footers) come back on the very next page.
  // An entry costs its key, its matches and about 64 bytes of hash node and vector.
  std::size_t bytes = key.size() + 64;
  for (const LineMatch& match : matches) bytes += sizeof(LineMatch) + match.e164.size();
  if (shard.bytes + bytes > kMaxShardBytes) {
    shard.lines.clear();
    shard.bytes = 0;
  }
  if (shard.lines.insert_or_assign(std::move(key), std::move(matches)).second) {
    shard.bytes += bytes;
  }
}

std::size_t PhoneLineCache::size() {
  std::size_t total = 0;
  for (Shard& shard : shards_) {
    const std::lock_guard lock(shard.mutex);
    total += shard.lines.size();
  }
  return total;
}

PhoneLineCache& phone_line_cache() {
  static PhoneLineCache cache;
  return cache;
}

}  // namespace joignable::extract
