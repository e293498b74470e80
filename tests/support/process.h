// Runs the built joignable binary (or another program) for end-to-end tests and captures what it
// printed.
#pragma once

#include <string>
#include <vector>

namespace joignable::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs `program` with `args` (each quoted for the shell) in `working_dir`.
CommandResult run_command(const std::string& program, const std::vector<std::string>& args,
                          const std::string& working_dir = ".");
// run_command() of JOIGNABLE_BINARY.
CommandResult run_joignable(const std::vector<std::string>& args,
                            const std::string& working_dir = ".");

// Starts JOIGNABLE_BINARY with `args` in `working_dir` without waiting, its output discarded;
// returns its process id.
int spawn_joignable(const std::vector<std::string>& args, const std::string& working_dir = ".");
// Kills the process with SIGKILL, as a crash or an OOM killer would, and reaps it.
void kill_hard(int pid);

// The whole content of a file, or "" when it cannot be read.
std::string read_text(const std::string& path);

}  // namespace joignable::testing
