// The target-file reader: any bytes as a target file (TOML), read from disk as `audit` does.
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "fuzz/fuzz_input.h"
#include "target/target_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::filesystem::path file =
      std::filesystem::temp_directory_path() /
      ("joignable-fuzz-target-" + std::to_string(getpid()) + ".toml");
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  (void)joignable::target::load_target_file(file, {"contact.deep", "link.broken_external"});
  return 0;
}
