// Opening hours written for people, as a page's visible text and as one passage.
#include "extract/hours_text.h"
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto text = joignable::fuzz::text_of(data, size);
  (void)joignable::extract::find_hours_in_text(text);
  (void)joignable::extract::parse_hours_text(text);
  return 0;
}
