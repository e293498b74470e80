#include "portfolio/target_list.h"

#include <glob.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

namespace joignable::portfolio {
namespace {

bool is_url(const std::string& text) {
  return text.starts_with("http://") || text.starts_with("https://");
}

bool is_glob(const std::string& text) {
  return text.find_first_of("*?[") != std::string::npos;
}

std::string trimmed(const std::string& line) {
  const auto first = line.find_first_not_of(" \t\r");
  if (first == std::string::npos) return {};
  const auto last = line.find_last_not_of(" \t\r");
  return line.substr(first, last - first + 1);
}

Result<std::vector<std::string>> glob_files(const std::string& pattern) {
  glob_t found{};
  const int status = ::glob(pattern.c_str(), 0, nullptr, &found);
  std::vector<std::string> files;
  for (std::size_t i = 0; status == 0 && i < found.gl_pathc; ++i) {
    files.emplace_back(found.gl_pathv[i]);  // sorted by glob(3)
  }
  ::globfree(&found);
  if (files.empty()) {
    return make_error(Error::Code::usage, "no file matches '" + pattern + "'", {}, 0, "TARGET");
  }
  return files;
}

// The URLs of a list file, one per line.
Result<std::vector<std::string>> read_url_list(const std::string& file) {
  std::ifstream in(file);
  if (!in) return make_error(Error::Code::input, "cannot read the list of targets", file);
  std::vector<std::string> urls;
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    const std::string url = trimmed(line);
    if (url.empty() || url.starts_with('#')) continue;
    if (!is_url(url)) {
      return make_error(Error::Code::input,
                        "expected an http(s) URL or a target file, got '" + url + "'", file,
                        number);
    }
    urls.push_back(url);
  }
  return urls;
}

// Target files and URLs, in the order the arguments name them.
Result<std::vector<std::string>> flatten(const std::vector<std::string>& arguments) {
  std::vector<std::string> flat;
  for (const auto& argument : arguments) {
    if (is_url(argument)) {
      flat.push_back(argument);
      continue;
    }
    std::vector<std::string> files = {argument};
    if (is_glob(argument) && !std::filesystem::exists(argument)) {
      auto matched = glob_files(argument);
      if (!matched) return tl::unexpected(matched.error());
      files = std::move(*matched);
    }
    for (const auto& file : files) {
      if (!std::filesystem::is_regular_file(file)) {
        return make_error(Error::Code::usage, "no such target file or URL list", file, 0,
                          "TARGET");
      }
      if (std::filesystem::path(file).extension() == ".toml") {
        flat.push_back(file);
        continue;
      }
      auto urls = read_url_list(file);
      if (!urls) return tl::unexpected(urls.error());
      flat.insert(flat.end(), urls->begin(), urls->end());
    }
  }
  return flat;
}

}  // namespace

std::uint64_t stable_hash(const std::string& text) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (const unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  return hash;
}

std::string readable_slug(const std::string& identity) {
  std::string source = identity;
  if (is_url(source)) {
    source = source.substr(source.find("://") + 3);
  } else {
    source = std::filesystem::path(source).stem().string();
  }
  std::string slug;
  for (const char c : source) {
    const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    const bool keep = (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9');
    if (keep) {
      slug += lower;
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug.empty() ? "target" : slug;
}

Result<std::vector<PortfolioTarget>> expand_targets(const std::vector<std::string>& arguments) {
  auto flat = flatten(arguments);
  if (!flat) return tl::unexpected(flat.error());
  std::vector<PortfolioTarget> targets;
  std::set<std::string> identities;
  for (const auto& argument : *flat) {
    const std::string identity =
        is_url(argument) ? argument : std::filesystem::path(argument).filename().string();
    if (!identities.insert(identity).second) continue;
    targets.push_back({argument, identity, readable_slug(identity)});
  }
  // Two targets that read alike both get a short hash of their identity, so that a slug depends
  // only on the whole list, never on which shard or in which order it is seen.
  std::map<std::string, int> uses;
  for (const auto& target : targets) ++uses[target.slug];
  for (auto& target : targets) {
    if (uses[target.slug] < 2) continue;
    char suffix[8];
    std::snprintf(suffix, sizeof suffix, "-%06llx",
                  static_cast<unsigned long long>(stable_hash(target.identity) & 0xffffff));
    target.slug += suffix;
  }
  return targets;
}

}  // namespace joignable::portfolio
