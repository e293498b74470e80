#include "util/gunzip.h"

#include <algorithm>
#include <climits>

#include <zlib.h>

namespace joignable::util {
namespace {

// Output is produced in pieces of this size, so the string grows with the real content, not
// with a size announced by the (untrusted) gzip trailer.
constexpr std::size_t kPieceBytes = 64 * 1024;

// 16 + MAX_WBITS asks zlib for the gzip wrapper (and its CRC check) rather than zlib's own.
constexpr int kGzipWindowBits = 16 + MAX_WBITS;

// Inflates with `stream`, whose input is already set, until the input or the cap is used up.
Gunzipped::Status inflate_all(z_stream& stream, std::string& out, std::size_t max_output) {
  unsigned char piece[kPieceBytes];
  while (true) {
    stream.next_out = piece;
    stream.avail_out = sizeof piece;
    const int code = inflate(&stream, Z_NO_FLUSH);
    const std::size_t produced = sizeof piece - stream.avail_out;
    const std::size_t room = max_output - out.size();
    out.append(reinterpret_cast<const char*>(piece), std::min(produced, room));
    if (produced > room) return Gunzipped::Status::capped;
    if (code == Z_STREAM_END) {
      // gzip(1) reads concatenated members as one stream and ignores trailing garbage (servers
      // pad with NULs); only another magic number starts another member.
      const std::string_view rest(reinterpret_cast<const char*>(stream.next_in), stream.avail_in);
      if (!is_gzip(rest)) return Gunzipped::Status::complete;
      if (inflateReset(&stream) != Z_OK) return Gunzipped::Status::corrupt;
      continue;
    }
    // With room left for output, Z_BUF_ERROR means the input ended before the stream did.
    if (code != Z_OK) return Gunzipped::Status::corrupt;
  }
}

}  // namespace

bool is_gzip(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
         static_cast<unsigned char>(bytes[1]) == 0x8b;
}

Gunzipped gunzip(std::string_view compressed, std::size_t max_output) {
  Gunzipped result;
  // zlib counts input in 32-bit units; a body of 4 GiB is beyond any fetch cap of ours.
  if (compressed.size() > UINT_MAX) {
    result.status = Gunzipped::Status::corrupt;
    return result;
  }
  z_stream stream{};
  if (inflateInit2(&stream, kGzipWindowBits) != Z_OK) {
    result.status = Gunzipped::Status::corrupt;
    return result;
  }
  // zlib never writes through next_in; its API just predates const.
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  stream.avail_in = static_cast<uInt>(compressed.size());
  result.status = inflate_all(stream, result.bytes, max_output);
  inflateEnd(&stream);
  return result;
}

}  // namespace joignable::util
