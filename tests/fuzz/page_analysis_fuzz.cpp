// HTML extraction: any bytes as the page of a French site (phones, e-mails, addresses, hours,
// forms, links, structured data).
#include "extract/page_analysis.h"
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto html = joignable::fuzz::text_of(data, size);
  (void)joignable::extract::analyse_page(html, "https://www.example.fr/contact/index.html", "FR");
  return 0;
}
