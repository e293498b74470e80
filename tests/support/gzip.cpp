#include "support/gzip.h"

#include <cassert>

#include <zlib.h>

namespace joignable::testing {
namespace {

// 16 + MAX_WBITS asks zlib for the gzip wrapper rather than its own.
constexpr int kGzipWindowBits = 16 + MAX_WBITS;
constexpr int kMemoryLevel = 8;

void deflate_piece(z_stream& stream, std::string_view piece, int flush, std::string& out) {
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(piece.data()));
  stream.avail_in = static_cast<uInt>(piece.size());
  unsigned char buffer[16 * 1024];
  do {
    stream.next_out = buffer;
    stream.avail_out = sizeof buffer;
    [[maybe_unused]] const int code = deflate(&stream, flush);
    assert(code != Z_STREAM_ERROR);
    out.append(reinterpret_cast<const char*>(buffer), sizeof buffer - stream.avail_out);
  } while (stream.avail_out == 0 || stream.avail_in != 0);
}

}  // namespace

std::string gzip(const std::vector<GzipPart>& parts) {
  z_stream stream{};
  [[maybe_unused]] const int init = deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED,
                                                 kGzipWindowBits, kMemoryLevel, Z_DEFAULT_STRATEGY);
  assert(init == Z_OK);
  std::string out;
  for (const GzipPart& part : parts) {
    for (std::size_t i = 0; i < part.times; ++i) deflate_piece(stream, part.text, Z_NO_FLUSH, out);
  }
  deflate_piece(stream, {}, Z_FINISH, out);
  deflateEnd(&stream);
  return out;
}

}  // namespace joignable::testing
