#include "util/base64.h"

#include <catch2/catch.hpp>

namespace joignable::util {
namespace {

TEST_CASE("base64 encodes RFC 4648's examples", "[util]") {
  CHECK(base64_encode("") == "");
  CHECK(base64_encode("f") == "Zg==");
  CHECK(base64_encode("fo") == "Zm8=");
  CHECK(base64_encode("foo") == "Zm9v");
  CHECK(base64_encode("foobar") == "Zm9vYmFy");
}

TEST_CASE("base64 decodes what it encodes, bytes of every value included", "[util]") {
  std::string bytes;
  for (int i = 0; i < 256; ++i) bytes += static_cast<char>(i);
  for (std::size_t cut = 0; cut < 4; ++cut) {
    const std::string part = bytes.substr(cut);
    CHECK(base64_decode(base64_encode(part)) == part);
  }
  CHECK(base64_decode("Zm9vYg==") == "foob");
}

TEST_CASE("base64 refuses text that is not base64", "[util]") {
  CHECK_FALSE(base64_decode("Zm9").has_value());
  CHECK_FALSE(base64_decode("Zm9v!mFy").has_value());
  CHECK_FALSE(base64_decode("Zg==Zm9v").has_value());
  CHECK_FALSE(base64_decode("Z===").has_value());
}

}  // namespace
}  // namespace joignable::util
