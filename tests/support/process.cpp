#include "support/process.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace joignable::testing {
namespace {

std::string shell_quote(const std::string& word) {
  std::string quoted = "'";
  for (char c : word) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

}  // namespace

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

CommandResult run_joignable(const std::vector<std::string>& args, const std::string& working_dir) {
  return run_command(JOIGNABLE_BINARY, args, working_dir);
}

CommandResult run_command(const std::string& program, const std::vector<std::string>& args,
                          const std::string& working_dir) {
  static std::atomic<int> runs{0};
  const auto err_file = std::filesystem::temp_directory_path() /
                        ("joignable-stderr-" + std::to_string(::getpid()) + "-" +
                         std::to_string(runs++));
  std::string command = "cd " + shell_quote(working_dir) + " && " + shell_quote(program);
  for (const auto& arg : args) command += " " + shell_quote(arg);
  command += " 2>" + shell_quote(err_file.string());

  CommandResult result;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) {
    result.out.append(buffer, n);
  }
  const int status = ::pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.err = read_text(err_file.string());
  std::filesystem::remove(err_file);
  return result;
}

int spawn_joignable(const std::vector<std::string>& args, const std::string& working_dir) {
  std::vector<std::string> words = {JOIGNABLE_BINARY};
  words.insert(words.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& word : words) argv.push_back(word.data());
  argv.push_back(nullptr);
  const pid_t pid = ::fork();
  if (pid != 0) return pid;
  // The child of a threaded process: only async-signal-safe calls until exec (no allocation).
  const int null = ::open("/dev/null", O_WRONLY);
  ::dup2(null, 1);
  ::dup2(null, 2);
  if (::chdir(working_dir.c_str()) != 0) ::_exit(127);
  ::execv(argv[0], argv.data());
  ::_exit(127);
}

void kill_hard(int pid) {
  ::kill(pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
}

}  // namespace joignable::testing
