// The call-log reader: a consultant's CSV, on the company's clocks (daylight saving included).
#include "calls/read_call_log.h"
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  (void)joignable::calls::parse_call_log(joignable::fuzz::text_of(data, size), "calls.csv",
                                         "Europe/Paris", "FR");
  return 0;
}
