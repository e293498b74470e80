// How the store recognises the runs of one target over time: by its site and, when a target file
// names it, by its name. Two spellings of one home page ("https://www.Example.fr/" and
// "https://example.fr/") are one site. Plain values and pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "target/target.h"

namespace joignable::store {

struct TargetKey {
  std::string site;                 // the home page, as site_key() compares it
  std::optional<std::string> name;  // nullopt: runs of any name (a bare URL names nothing)
};

// The key of `target`: its site, and its name when it comes from a target file.
TargetKey target_key(const target::Target& target);

// `site` in lower case without a "www." after the scheme, as runs.site_key stores it (schema step
// 6 spells the same in SQL for older runs).
std::string site_key(std::string_view site);

}  // namespace joignable::store
