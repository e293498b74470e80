// `joignable history TARGET`: every finished run of a target in the store, one row each.
#pragma once

#include <string>

namespace joignable::cli {

struct HistoryArgs {
  std::string target;            // a target file or a bare URL, as given to `audit`
  std::string db;                // default: the per-user store (store/store_location.h)
  std::string format = "table";  // table | json | csv
};

int run_history_command(const HistoryArgs& args);

}  // namespace joignable::cli
