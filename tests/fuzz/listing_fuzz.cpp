// One listing reader on any bytes, read as `audit` reads a [[listings]] file of kind
// JOIGNABLE_FUZZ_KIND ("google-places", "google-business-profile", "osm", "schema-org-page").
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "fuzz/fuzz_input.h"
#include "listings/read_listings.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::filesystem::path file =
      std::filesystem::temp_directory_path() /
      ("joignable-fuzz-listing-" + std::to_string(getpid()) + ".txt");
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  joignable::target::ListingSpec spec;
  spec.name = "fuzz";
  spec.kind = JOIGNABLE_FUZZ_KIND;
  spec.file = file.string();
  (void)joignable::listings::read_listing(spec, "FR", {});
  return 0;
}
