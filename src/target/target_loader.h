// Reads a TARGET argument, a target file (TOML, format in CONTRACT.md and targets/example.toml)
// or a bare URL, into a Target with every default filled in. Thread-compatible.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "target/target.h"
#include "util/result.h"

namespace joignable::target {

// `known_rule_ids` lets the loader reject a misspelt id in [rules] with a suggestion; pass an empty
// list to accept any id. Errors name the file, the line and the key (Error::Code::input).
[[nodiscard]] Result<Target> load_target(std::string_view argument,
                                         const std::vector<std::string>& known_rule_ids = {});

[[nodiscard]] Result<Target> load_target_file(const std::filesystem::path& file,
                                              const std::vector<std::string>& known_rule_ids = {});

// A target with every default and the given home page; the name is the URL's host.
[[nodiscard]] Result<Target> target_from_url(std::string_view url);

}  // namespace joignable::target
