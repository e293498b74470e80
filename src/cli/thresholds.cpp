#include "cli/thresholds.h"

#include <algorithm>
#include <charconv>
#include <sstream>

#include "util/edit_distance.h"

namespace joignable::cli {
namespace {

Error category_error(std::string message) {
  return Error{Error::Code::usage, std::move(message), {}, 0, "--fail-under-category"};
}

// Up to three examples, then how many more: the line stays one line.
template <class Items, class Describe>
std::string examples(const Items& items, Describe describe) {
  std::string text;
  std::size_t shown = 0;
  for (const auto& item : items) {
    if (shown == 3) {
      text += ", +" + std::to_string(items.size() - shown) + " more";
      break;
    }
    text += (shown++ == 0 ? "" : ", ") + describe(item);
  }
  return text;
}

}  // namespace

Result<std::vector<std::pair<std::string, int>>> parse_category_thresholds(
    const std::string& text, const std::vector<std::string>& categories) {
  std::vector<std::pair<std::string, int>> thresholds;
  std::stringstream stream(text);
  for (std::string pair; std::getline(stream, pair, ',');) {
    if (pair.empty()) continue;
    const auto equals = pair.find('=');
    if (equals == std::string::npos) {
      return tl::unexpected(category_error("expected CATEGORY=SCORE, got '" + pair + "'"));
    }
    const std::string category = pair.substr(0, equals);
    const std::string number = pair.substr(equals + 1);
    if (std::find(categories.begin(), categories.end(), category) == categories.end()) {
      return tl::unexpected(category_error(
          util::with_suggestion("unknown category '" + category + "'", category, categories)));
    }
    int minimum = -1;
    const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), minimum);
    if (ec != std::errc() || end != number.data() + number.size() || minimum < 0 ||
        minimum > 100) {
      return tl::unexpected(category_error("expected a score from 0 to 100 for " + category +
                                           ", got '" + number + "'"));
    }
    thresholds.emplace_back(category, minimum);
  }
  return thresholds;
}

std::vector<std::string> tripped_thresholds(const report::Report& report,
                                            const Thresholds& thresholds) {
  std::vector<std::string> lines;
  if (thresholds.fail_under && report.overall_score.value_or(0) < *thresholds.fail_under) {
    const std::string score =
        report.overall_score ? std::to_string(*report.overall_score) : std::string("none");
    lines.push_back("--fail-under " + std::to_string(*thresholds.fail_under) +
                    ": the overall score is " + score + ", under " +
                    std::to_string(*thresholds.fail_under));
  }
  for (const auto& [id, minimum] : thresholds.fail_under_category) {
    // id is captured by name: clang 14 (the fuzz build) cannot capture a structured binding.
    const auto category = std::find_if(report.categories.begin(), report.categories.end(),
                                       [&id = id](const auto& c) { return c.id == id; });
    if (category == report.categories.end() || !category->score || *category->score >= minimum) {
      continue;
    }
    lines.push_back("--fail-under-category " + id + "=" + std::to_string(minimum) + ": the " + id +
                    " score is " + std::to_string(*category->score) + ", under " +
                    std::to_string(minimum));
  }
  const auto& added = report.changes.new_findings;
  if (thresholds.fail_on_new && !added.empty()) {
    const std::string since = !report.changes.baseline.empty()
                                  ? "the baseline " + report.changes.baseline
                                  : "run " + std::to_string(report.changes.previous->run);
    lines.push_back("--fail-on new: " + std::to_string(added.size()) + " new finding" +
                    (added.size() == 1 ? "" : "s") + " since " + since + ": " +
                    examples(added, [](const report::FindingRef& ref) {
                      return ref.key.empty() ? ref.rule : ref.rule + " " + ref.key;
                    }));
  }
  if (thresholds.strict) {
    std::vector<const report::ReportFinding*> errors;
    for (const auto& finding : report.findings) {
      if (finding.severity == rules::Severity::error) errors.push_back(&finding);
    }
    if (!errors.empty()) {
      lines.push_back("--strict: " + std::to_string(errors.size()) + " finding" +
                      (errors.size() == 1 ? "" : "s") + " of severity error: " +
                      examples(errors, [](const report::ReportFinding* f) {
                        return f->key.empty() ? f->rule : f->rule + " " + f->key;
                      }));
    }
  }
  return lines;
}

}  // namespace joignable::cli
