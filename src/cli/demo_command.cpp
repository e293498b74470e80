#include "cli/demo_command.h"

#include <iostream>

#include "cli/audit_pipeline.h"
#include "cli/clock.h"
#include "cli/demo_probes.h"
#include "cli/summary.h"
#include "serve/static_server.h"
#include "store/probe_store.h"
#include "store/target_key.h"
#include "target/target_loader.h"
#include "util/data_dir.h"

namespace joignable::cli {
namespace {

// The demo's fixture probes (demo_probes.h), stored as `probe` and `replies` would have.
Result<void> store_demo_probes(const std::filesystem::path& db_file, const std::string& site) {
  auto now = current_time();
  if (!now) return tl::unexpected(now.error());
  std::error_code ignored;
  std::filesystem::create_directories(db_file.parent_path(), ignored);
  auto probes = store::ProbeStore::open(db_file);
  if (!probes) return tl::unexpected(probes.error());
  for (const probe::ProbeRecord& record : demo_probes(site, *now)) {
    if (auto id = probes->add(record); !id) return tl::unexpected(id.error());
  }
  return {};
}

}  // namespace

int run_demo_command(const DemoArgs& args) {
  const auto demo_dir = util::data_dir() / "targets" / "demo";
  auto target = target::load_target_file(demo_dir / "demo.toml");
  if (!target) return report_error(target.error(), ExitCode::usage);
  auto server = serve::StaticServer::start(demo_dir / "site");
  if (!server) return report_error(server.error(), ExitCode::internal);
  // The demo target names no port: the site lives wherever the server found a free one. Its runs
  // are filed under the target file's placeholder URL, so two demos compare with each other.
  const store::TargetKey key = store::target_key(*target);
  target->site = (*server)->url();
  if (!args.lang.empty()) target->lang = args.lang;

  AuditOptions options;
  options.out_dir = args.out;
  options.quiet = args.quiet;
  options.formats = {"html", "json", "md", "junit", "csv"};
  options.filed_as = key;
  // The demo keeps its runs beside its reports, away from the user's own store, unless told.
  options.db_file = args.db.empty() ? std::filesystem::path(args.out) / "joignable.db"
                                    : std::filesystem::path(args.db);
  if (auto ok = store_demo_probes(options.db_file, target->site); !ok) {
    return report_error(ok.error(), ExitCode::usage);
  }
  auto summary = run_audit(*target, options);
  if (!summary) return report_error(summary.error(), ExitCode::usage);
  print_summary(std::cout, *target, *summary);
  std::cout << "open " << (std::filesystem::path(args.out) / "report.html").string()
            << " in a browser to read the report\n";
  // The demo site has planted faults: findings are its point, not a failure.
  return to_int(summary->exit_code == ExitCode::unreachable ? ExitCode::unreachable
                                                             : ExitCode::ok);
}

}  // namespace joignable::cli
