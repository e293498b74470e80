// robots.txt: the first line is a path to ask about, the rest is the file.
#include <cstdio>
#include <cstdlib>

#include "crawl/robots.h"
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using joignable::crawl::RobotsRules;
  const auto [path, file] = joignable::fuzz::first_line_and_rest(joignable::fuzz::text_of(data, size));
  const RobotsRules rules = RobotsRules::parse(file);
  (void)rules.allows(path);
  (void)rules.crawl_delay_seconds();
  // RFC 9309 2.2.2: the file itself is always allowed.
  if (!rules.allows("/robots.txt")) {
    std::fprintf(stderr, "robots.txt disallowed by its own rules\n");
    std::abort();
  }
  (void)joignable::crawl::polite_delay(std::chrono::milliseconds(0), rules);
  (void)joignable::crawl::robots_path_of(path);
  return 0;
}
