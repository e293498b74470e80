// schema.org opening hours: a JSON-LD block (openingHours, openingHoursSpecification,
// hoursAvailable, special hours) read into structured data, then into weekly hours.
#include "extract/hours_schema_org.h"
#include "extract/structured_data.h"
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  joignable::extract::StructuredData structured;
  if (!joignable::extract::read_json_ld(joignable::fuzz::text_of(data, size), structured)) return 0;
  (void)joignable::extract::hours_from_structured_data(structured);
  return 0;
}
