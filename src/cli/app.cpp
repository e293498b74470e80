#include "cli/app.h"

#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/exit_code.h"
#include "util/build_info.h"

namespace joignable::cli {

int run(int argc, char** argv) {
  CLI::App app{"joignable: audits how easily customers can reach a company"};
  app.set_version_flag("--version", std::string("joignable ") + build_info::kVersion);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? to_int(ExitCode::ok) : to_int(ExitCode::usage);
  }
  return to_int(ExitCode::ok);
}

}  // namespace joignable::cli
