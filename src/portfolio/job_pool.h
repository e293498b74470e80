// Runs child processes a few at a time: how `batch` audits many targets. Each audit is its own
// `joignable audit` process, so one that fails, runs out of memory or crashes takes nothing else
// down, and what it prints goes to its own log file. Not thread-safe: call from one thread, in a
// process that starts no other children while run_jobs() waits (it reaps any child).
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace joignable::portfolio {

struct Job {
  std::vector<std::string> argv;  // argv[0] is the program's path
  std::filesystem::path log;      // its stdout and stderr, truncated first
};

struct JobEnd {
  std::size_t job = 0;  // index in the list given to run_jobs()
  int exit_code = 0;    // the exit status; 128 + N when killed by signal N; 127 when it could
                        // not be started
};

// Runs every job, at most `parallel` (>= 1) at once, in order of the list, and calls `on_end` as
// each one ends (in the order they end). Returns when all have ended.
void run_jobs(const std::vector<Job>& jobs, int parallel,
              const std::function<void(const JobEnd&)>& on_end);

// The path of the running executable (/proc/self/exe), to start joignable again.
std::filesystem::path self_executable();

}  // namespace joignable::portfolio
