#include "portfolio/shard.h"

#include <charconv>

namespace joignable::portfolio {
namespace {

std::optional<int> whole_number(std::string_view text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

}  // namespace

Result<Shard> parse_shard(const std::string& text,
                          const std::optional<std::string>& completion_index) {
  const auto slash = text.find('/');
  if (slash == std::string::npos) {
    return make_error(Error::Code::usage, "expected K/N (for example 2/3), got '" + text + "'", {},
                      0, "--shard");
  }
  const auto count = whole_number(std::string_view(text).substr(slash + 1));
  if (!count || *count < 1) {
    return make_error(Error::Code::usage, "the number of shards must be 1 or more, got '" + text +
                                              "'", {}, 0, "--shard");
  }
  std::optional<int> index;
  if (slash == 0) {
    if (!completion_index) {
      return make_error(Error::Code::usage,
                        "'/N' takes K from JOB_COMPLETION_INDEX, which is not set", {}, 0,
                        "--shard");
    }
    const auto zero_based = whole_number(*completion_index);
    if (!zero_based) {
      return make_error(Error::Code::usage,
                        "JOB_COMPLETION_INDEX is not a number: '" + *completion_index + "'", {}, 0,
                        "--shard");
    }
    index = *zero_based + 1;
  } else {
    index = whole_number(std::string_view(text).substr(0, slash));
  }
  if (!index || *index < 1 || *index > *count) {
    return make_error(Error::Code::usage,
                      "shard K must be between 1 and " + std::to_string(*count) + ", got '" +
                          (slash == 0 ? *completion_index + " (JOB_COMPLETION_INDEX)" : text) + "'",
                      {}, 0, "--shard");
  }
  return Shard{*index, *count};
}

bool in_shard(const PortfolioTarget& target, const Shard& shard) {
  return stable_hash(target.identity) % static_cast<std::uint64_t>(shard.count) ==
         static_cast<std::uint64_t>(shard.index - 1);
}

std::vector<PortfolioTarget> select_shard(const std::vector<PortfolioTarget>& targets,
                                          const Shard& shard) {
  std::vector<PortfolioTarget> mine;
  for (const auto& target : targets) {
    if (in_shard(target, shard)) mine.push_back(target);
  }
  return mine;
}

}  // namespace joignable::portfolio
