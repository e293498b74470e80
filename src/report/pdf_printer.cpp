#include "report/pdf_printer.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <thread>
#include <vector>

#include "render/chromium_path.h"

extern char** environ;

namespace joignable::report {
namespace {

// A slow shared machine prints the demo in about twenty seconds; a browser that hangs is stopped.
constexpr auto kPrintTimeout = std::chrono::seconds(180);

// `path` as a file:// URL, every byte outside the unreserved set and "/" percent-encoded.
std::string file_url(const std::filesystem::path& path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string url = "file://";
  for (const char c : std::filesystem::absolute(path).string()) {
    const auto byte = static_cast<unsigned char>(c);
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                       (c >= '0' && c <= '9') || c == '/' || c == '-' || c == '.' || c == '_' ||
                       c == '~';
    if (plain) {
      url += c;
    } else {
      url += '%';
      url += kHex[byte >> 4];
      url += kHex[byte & 15];
    }
  }
  return url;
}

// Runs `argv` with its output discarded and waits for it, killing it (by its PID) after
// kPrintTimeout. Returns its exit status, or an error.
Result<int> run(const std::vector<std::string>& argv) {
  std::vector<char*> args;
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) return make_error(Error::Code::io, "cannot start " + argv[0]);
  const auto deadline = std::chrono::steady_clock::now() + kPrintTimeout;
  int status = 0;
  while (::waitpid(pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      return make_error(Error::Code::io, "cannot print report.pdf: " + argv[0] +
                                             " did not finish within 180 s");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace

Result<void> print_pdf(const std::filesystem::path& html, const std::filesystem::path& pdf) {
  const std::string chromium = render::find_chromium();
  if (chromium.empty() || !render::is_executable(chromium)) {
    const std::string which = chromium.empty() ? "chromium" : chromium;
    return make_error(Error::Code::io,
                      "cannot print report.pdf: " + which + " is not installed (install the "
                      "chromium package, or leave pdf out of --format)");
  }
  auto made = render::make_browser_profile("pdf");
  if (!made) return tl::unexpected(made.error());
  const std::string profile = *made;
  std::error_code ec;
  std::filesystem::remove(pdf, ec);
  std::vector<std::string> argv = render::headless_args(chromium, profile);
  argv.insert(argv.end(), {"--host-resolver-rules=MAP * ~NOTFOUND", "--no-pdf-header-footer",
                           "--print-to-pdf=" + std::filesystem::absolute(pdf).string(),
                           file_url(html)});
  Result<int> status = run(argv);
  std::filesystem::remove_all(profile, ec);
  if (!status) return tl::unexpected(status.error());
  if (*status != 0 || !std::filesystem::exists(pdf) || std::filesystem::file_size(pdf, ec) == 0) {
    return make_error(Error::Code::io, "cannot print report.pdf: " + chromium + " exited with " +
                                           std::to_string(*status) + " and wrote no file");
  }
  return {};
}

}  // namespace joignable::report
