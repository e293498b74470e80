#include "store/target_key.h"

#include <algorithm>
#include <cctype>

namespace joignable::store {

TargetKey target_key(const target::Target& target) {
  TargetKey key{target.site, std::nullopt};
  if (!target.source_file.empty()) key.name = target.name;
  return key;
}

std::string site_key(std::string_view site) {
  std::string key(site);
  std::transform(key.begin(), key.end(), key.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (const auto www = key.find("://www."); www != std::string::npos) key.erase(www + 3, 4);
  return key;
}

}  // namespace joignable::store
