// `joignable demo`: serves the bundled demo site (targets/demo/site) on 127.0.0.1 from an
// in-process server, audits it like `audit` would, and prints where the report is.
#pragma once

#include <string>

namespace joignable::cli {

struct DemoArgs {
  std::string out = "joignable-demo";
  std::string lang;
  std::string db;  // default: OUT/joignable.db (never the user's own store)
  bool quiet = false;
};

int run_demo_command(const DemoArgs& args);

}  // namespace joignable::cli
