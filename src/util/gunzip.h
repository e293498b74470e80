// Gzip inflation over zlib, with a cap on the output so that a gzip bomb (a few kilobytes that
// inflate to gigabytes) costs at most the cap in memory and time. zlib is included only by
// gunzip.cpp. Free functions on values; thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace joignable::util {

// Whether `bytes` starts with the gzip magic number (1f 8b, RFC 1952 2.3.1).
bool is_gzip(std::string_view bytes);

struct Gunzipped {
  enum class Status {
    complete,   // every member inflated to its end
    capped,     // the output reached the cap and more would have followed
    corrupt,    // bad or cut data: `bytes` holds what inflated before it
  };
  Status status = Status::complete;
  std::string bytes;  // at most the cap
};

// The inflated content of the gzip data `compressed` (several concatenated members are one
// stream, as gzip(1) reads them), cut at `max_output` bytes. Trailing bytes that are not a
// gzip member make it corrupt, as does an end before the last member's trailer.
Gunzipped gunzip(std::string_view compressed, std::size_t max_output);

}  // namespace joignable::util
