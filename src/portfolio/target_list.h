// The targets of a portfolio command (batch, compare), as the user names them: target files,
// globs of target files ("clients/*.toml", expanded here too so a quoted glob works in CI), files
// listing URLs one per line, and bare URLs. Each becomes one PortfolioTarget with a stable
// identity, the folder name it is reported under, and its share for --shard. Thread-compatible.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "util/result.h"

namespace joignable::portfolio {

struct PortfolioTarget {
  std::string argument;  // what `joignable audit` is given: a target file's path or a URL
  std::string identity;  // the URL, or the target file's name: the same on every machine
  std::string slug;      // DIR/<slug>/ holds its reports; unique within the list
};

// Expands `arguments` in order, dropping repeats of a target. A list file holds one URL per line;
// blank lines and lines starting with '#' are skipped. Errors (exit 2): a glob that matches
// nothing, a missing file, a list line that is not an http(s) URL (naming file and line).
[[nodiscard]] Result<std::vector<PortfolioTarget>> expand_targets(
    const std::vector<std::string>& arguments);

// A readable folder name for `identity`: the host and path of a URL or the stem of a target
// file, lower case, runs of anything but [a-z0-9] as one '-' ("https://www.Acme.fr/shop" ->
// "www-acme-fr-shop", "clients/Boulangerie Martin.toml" -> "boulangerie-martin"); "target" when
// nothing is left.
std::string readable_slug(const std::string& identity);

// 64-bit FNV-1a of `text`: stable across machines, builds and runs (unlike std::hash).
std::uint64_t stable_hash(const std::string& text);

}  // namespace joignable::portfolio
