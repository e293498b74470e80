// The OSM opening_hours parser (also used for schema.org openingHours strings and listings).
#include "extract/hours_osm.h"
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  (void)joignable::extract::parse_osm_hours(joignable::fuzz::text_of(data, size));
  return 0;
}
