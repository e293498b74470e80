#include "cli/audit_command.h"

#include <iostream>
#include <sstream>

#include "cli/audit_pipeline.h"
#include "cli/exit_code.h"
#include "cli/summary.h"
#include "crawl/address_policy.h"
#include "rules/catalogue.h"
#include "target/render_mode.h"
#include "target/target_loader.h"
#include "util/data_dir.h"
#include "util/edit_distance.h"

namespace joignable::cli {
namespace {

Result<std::vector<std::string>> parse_formats(const std::string& list) {
  std::vector<std::string> formats;
  std::stringstream stream(list);
  for (std::string format; std::getline(stream, format, ',');) {
    if (format.empty()) continue;
    const auto& known = known_formats();
    if (std::find(known.begin(), known.end(), format) == known.end()) {
      return make_error(Error::Code::usage,
                        util::with_suggestion("unknown format '" + format + "'", format, known),
                        {}, 0, "--format");
    }
    formats.push_back(format);
  }
  return formats;
}

// Flags win over the target file, which wins over the defaults (lychee's Config::merge).
Result<void> apply_flags(target::Target& target, const AuditArgs& args) {
  if (!args.lang.empty()) {
    if (args.lang != "fr" && args.lang != "en") {
      return make_error(Error::Code::usage, "expected fr or en, got '" + args.lang + "'", {}, 0,
                        "--lang");
    }
    target.lang = args.lang;
  }
  if (args.max_pages) target.crawl.max_pages = *args.max_pages;
  if (args.concurrency) target.crawl.concurrency = *args.concurrency;
  if (args.allow_private) target.crawl.allow_private = true;
  if (!args.render.empty()) {
    const auto mode = target::parse_render_mode(args.render);
    if (!mode) {
      return make_error(Error::Code::usage,
                        "expected auto, always or never, got '" + args.render + "'", {}, 0,
                        "--render");
    }
    target.crawl.render = *mode;
  }
  if (args.no_screenshots) target.report.screenshots = false;
  if (args.test_public_loopback) target.crawl.loopback_one_is_public = true;
  return {};
}

}  // namespace

int run_audit_command(const AuditArgs& args) {
  // The catalogue's ids let the target loader spot a misspelt rule in [rules], and its
  // categories a misspelt --fail-under-category.
  std::vector<std::string> rule_ids, categories;
  if (auto catalogue = rules::load_catalogue(util::data_dir() / "rules")) {
    for (const auto& rule : catalogue->rules) rule_ids.push_back(rule.id);
    for (const auto& category : catalogue->categories) categories.push_back(category.id);
  }
  auto target = target::load_target(args.target, rule_ids);
  if (!target) return report_error(target.error(), ExitCode::usage);
  if (auto ok = apply_flags(*target, args); !ok) return report_error(ok.error(), ExitCode::usage);
  // Decided once for the crawl, the 404 probe and the listings: may a private home be crawled.
  target->crawl = crawl::with_private_home(target->site, std::move(target->crawl));
  auto formats = parse_formats(args.formats);
  if (!formats) return report_error(formats.error(), ExitCode::usage);
  auto category_thresholds = parse_category_thresholds(args.fail_under_category, categories);
  if (!category_thresholds) return report_error(category_thresholds.error(), ExitCode::usage);

  AuditOptions options;
  options.out_dir = args.out;
  options.formats = *formats;
  options.db_file = args.db;
  options.baseline = args.baseline;
  options.thresholds = {args.fail_under, std::move(*category_thresholds), args.fail_on == "new",
                        args.strict};
  options.quiet = args.quiet;
  options.resume = args.resume;
  auto summary = run_audit(*target, options);
  if (!summary) return report_error(summary.error(), ExitCode::usage);
  print_summary(std::cout, *target, *summary);
  // Even with --quiet: a CI log must say why the job failed.
  for (const std::string& line : summary->tripped) {
    std::cerr << "joignable: threshold " << line << "\n";
  }
  return to_int(summary->exit_code);
}

}  // namespace joignable::cli
