#include "cli/history_command.h"

#include <iostream>

#include "cli/exit_code.h"
#include "cli/summary.h"
#include "report/history_writer.h"
#include "store/run_store.h"
#include "store/store_location.h"
#include "target/target_loader.h"

namespace joignable::cli {

int run_history_command(const HistoryArgs& args) {
  auto target = target::load_target(args.target);
  if (!target) return report_error(target.error(), ExitCode::usage);
  auto db_file = args.db.empty() ? store::default_store_file()
                                 : Result<std::filesystem::path>(args.db);
  if (!db_file) return report_error(db_file.error(), ExitCode::usage);
  // Reading must not create an empty store where the user mistyped a path.
  if (!std::filesystem::exists(*db_file)) {
    return report_error(Error{Error::Code::usage, "no such store", db_file->string(), 0, {}},
                        ExitCode::usage);
  }
  auto store = store::RunStore::open(*db_file);
  if (!store) return report_error(store.error(), ExitCode::usage);
  auto runs = store->finished_runs(store::target_key(*target));
  if (!runs) return report_error(runs.error(), ExitCode::usage);
  if (args.format == "json") {
    std::cout << report::render_history_json(target->name, target->site, *runs);
  } else if (args.format == "csv") {
    std::cout << report::render_history_csv(*runs);
  } else if (runs->empty()) {
    std::cerr << "joignable: no finished run of " << target->site << " in "
              << db_file->string() << "\n";
  } else {
    std::cout << report::render_history_table(*runs);
  }
  return to_int(ExitCode::ok);
}

}  // namespace joignable::cli
