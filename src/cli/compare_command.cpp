#include "cli/compare_command.h"

#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/audit_pipeline.h"
#include "cli/compare_facts.h"
#include "cli/exit_code.h"
#include "cli/summary.h"
#include "portfolio/target_list.h"
#include "report/compare_writer.h"
#include "report/history_writer.h"
#include "store/run_store.h"
#include "store/store_location.h"
#include "store/target_key.h"
#include "target/target_loader.h"
#include "util/atomic_file.h"
#include "util/data_dir.h"
#include "util/folder.h"
#include "util/time.h"

namespace joignable::cli {
namespace {

namespace fs = std::filesystem;

constexpr long long kReuseSeconds = 7 * 24 * 3600;  // a stored run younger than this is reused

struct Loaded {
  portfolio::PortfolioTarget ref;
  target::Target target;
};

Result<std::vector<Loaded>> load_targets(const CompareArgs& args,
                                         const rules::Catalogue& catalogue) {
  auto refs = portfolio::expand_targets(args.targets);
  if (!refs) return tl::unexpected(refs.error());
  if (refs->size() < 2) {
    return make_error(Error::Code::usage, "compare needs two targets or more", {}, 0, "TARGET");
  }
  std::vector<std::string> rule_ids;
  for (const auto& rule : catalogue.rules) rule_ids.push_back(rule.id);
  std::vector<Loaded> loaded;
  for (auto& ref : *refs) {
    auto target = target::load_target(ref.argument, rule_ids);
    if (!target) return tl::unexpected(target.error());
    if (!args.lang.empty()) target->lang = args.lang;
    if (args.no_screenshots) target->report.screenshots = false;
    loaded.push_back({std::move(ref), std::move(*target)});
  }
  return loaded;
}

// The run to show for `item`: a recent stored one, or a new audit into OUT/<slug>/.
Result<report::ComparedCompany> company_for(const Loaded& item, const CompareArgs& args,
                                            const fs::path& db, const rules::Catalogue& catalogue,
                                            const std::string& lang) {
  auto store = store::RunStore::open(db);
  if (!store) return tl::unexpected(store.error());
  std::optional<long long> run;
  if (!args.fresh) {
    auto recent = store->latest_finished_run(store::target_key(item.target), kReuseSeconds);
    if (!recent) return tl::unexpected(recent.error());
    if (*recent) run = (*recent)->id;
  }
  const bool reused = run.has_value();
  if (!reused) {
    if (!args.quiet) std::cerr << "auditing " << item.target.site << "\n";
    AuditOptions options;
    options.out_dir = fs::path(args.out) / item.ref.slug;
    options.db_file = db;
    options.quiet = true;
    auto audited = run_audit(item.target, options);
    if (!audited) return tl::unexpected(audited.error());
    run = audited->run;
  }
  auto stored = store->load_run(*run);
  if (!stored) return tl::unexpected(stored.error());
  report::ComparedCompany company = compared_company(*stored, catalogue, lang);
  company.reused = reused;
  if (!reused) company.report = item.ref.slug + "/report.html";
  return company;
}

Result<std::vector<fs::path>> write_comparison(const report::Comparison& comparison,
                                               const fs::path& out) {
  auto html = report::render_compare_html(comparison, util::data_dir() / "reports");
  if (!html) return tl::unexpected(html.error());
  const std::vector<std::pair<fs::path, std::string>> files = {
      {out / "compare.html", *html},
      {out / "compare.json", report::render_compare_json(comparison)},
      {out / "compare.md", report::render_compare_markdown(comparison)}};
  std::vector<fs::path> written;
  for (const auto& [path, text] : files) {
    // text is captured by name: clang 14 cannot capture a structured binding.
    auto ok = util::write_file_atomically(path, [&text = text](std::ostream& stream) -> Result<void> {
      stream << text;
      return {};
    });
    if (!ok) return tl::unexpected(ok.error());
    written.push_back(path);
  }
  return written;
}

}  // namespace

int run_compare_command(const CompareArgs& args) {
  auto catalogue = rules::load_catalogue(util::data_dir() / "rules");
  if (!catalogue) return report_error(catalogue.error(), ExitCode::usage);
  auto targets = load_targets(args, *catalogue);
  if (!targets) return report_error(targets.error(), ExitCode::usage);
  const fs::path out = args.out;
  if (auto made = util::make_folder(out); !made) return report_error(made.error(), ExitCode::usage);
  auto db = args.db.empty() ? store::default_store_file() : Result<fs::path>(args.db);
  if (!db) return report_error(db.error(), ExitCode::usage);

  report::Comparison comparison;
  comparison.lang = args.lang.empty() ? targets->front().target.lang : args.lang;
  comparison.categories = category_headings(*catalogue, comparison.lang);
  for (const auto& item : *targets) {
    auto company = company_for(item, args, *db, *catalogue, comparison.lang);
    if (!company) return report_error(company.error(), ExitCode::usage);
    comparison.companies.push_back(std::move(*company));
  }
  comparison.generated_at = util::now_iso8601();
  auto written = write_comparison(comparison, out);
  if (!written) return report_error(written.error(), ExitCode::usage);
  for (const auto& path : *written) std::cout << path.string() << "\n";
  return to_int(ExitCode::ok);
}

}  // namespace joignable::cli
