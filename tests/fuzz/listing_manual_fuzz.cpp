// The manual listing reader: its phone, address and hours, one per line, as a target writes them.
#include "fuzz/fuzz_input.h"
#include "listings/read_listings.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using joignable::fuzz::first_line_and_rest;
  joignable::target::ListingSpec spec;
  spec.name = "fuzz";
  spec.kind = "manual";
  const auto [phone, rest] = first_line_and_rest(joignable::fuzz::text_of(data, size));
  const auto [address, hours] = first_line_and_rest(rest);
  spec.phone = phone;
  spec.address = address;
  spec.hours = hours;
  (void)joignable::listings::read_listing(spec, "FR", {});
  return 0;
}
