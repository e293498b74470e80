// The command line: parses argv with CLI11 and dispatches to one command. Returns the process
// exit code (cli/exit_code.h).
#pragma once

namespace joignable::cli {

int run(int argc, char** argv);

}  // namespace joignable::cli
