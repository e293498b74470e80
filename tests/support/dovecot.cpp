#include "support/dovecot.h"

#include <arpa/inet.h>
#include <grp.h>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <thread>

namespace joignable::testing {
namespace {

constexpr const char* kDovecot = "/usr/sbin/dovecot";

[[noreturn]] void give_up(const std::string& why) {
  std::fprintf(stderr, "DovecotServer: %s\n", why.c_str());
  std::abort();
}

// A port nobody listens on now: bound to 0, read back, released for dovecot to take.
int free_port() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  if (fd < 0 || bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
    give_up("no free port");
  }
  const int port = ntohs(address.sin_port);
  close(fd);
  return port;
}

bool accepts_connections(int port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const bool ok = connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  close(fd);
  return ok;
}

void chown_tree(const std::filesystem::path& root, uid_t uid, gid_t gid) {
  if (chown(root.c_str(), uid, gid) != 0) give_up("cannot chown " + root.string());
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (lchown(entry.path().c_str(), uid, gid) != 0) give_up("cannot chown " + entry.path().string());
  }
}

}  // namespace

DovecotServer::DovecotServer(std::string user, std::string password)
    : user_(std::move(user)), password_(std::move(password)), uid_(geteuid()), gid_(getegid()) {
  if (access(kDovecot, X_OK) != 0) give_up("dovecot-imapd is not installed (.ci/install-deps)");
  if (uid_ == 0) {
    const passwd* nobody = getpwnam("nobody");
    const group* nogroup = getgrnam("nogroup");
    if (nobody == nullptr || nogroup == nullptr) give_up("no nobody:nogroup to run as");
    uid_ = nobody->pw_uid;
    gid_ = nogroup->gr_gid;
  }
  for (const char* folder : {"run", "state", "home", "Maildir/new", "Maildir/cur", "Maildir/tmp"}) {
    std::filesystem::create_directories(dir_ / folder);
  }
  port_ = free_port();
  write_config();
  if (geteuid() == 0) chown_tree(dir_.path(), uid_, gid_);
  start();
}

DovecotServer::~DovecotServer() { stop(); }

std::string DovecotServer::mailbox_url() const {
  return "imap://127.0.0.1:" + std::to_string(port_) + "/INBOX";
}

void DovecotServer::write_config() const {
  const std::string root = dir_.path().string();
  const std::string user = getpwuid(uid_)->pw_name;
  const std::string group = getgrgid(gid_)->gr_name;
  std::ofstream(dir_ / "passwd") << user_ << ":{PLAIN}" << password_ << "::::::\n";
  std::ofstream(dir_ / "dovecot.conf")
      << "base_dir = " << root << "/run\n"
      << "state_dir = " << root << "/state\n"
      << "log_path = " << root << "/dovecot.log\n"
      << "protocols = imap\nlisten = 127.0.0.1\nssl = no\n"
      << "disable_plaintext_auth = no\nauth_mechanisms = plain login\n"
      << "auth_failure_delay = 0\n"
      << "default_internal_user = " << user << "\ndefault_internal_group = " << group << "\n"
      << "default_login_user = " << user << "\n"
      << "mail_location = maildir:" << root << "/Maildir\n"
      << "passdb {\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u " << root
      << "/passwd\n}\n"
      << "userdb {\n  driver = static\n  args = uid=" << user << " gid=" << group
      << " home=" << root << "/home\n}\n"
      << "service imap-login {\n  chroot =\n  inet_listener imap {\n    address = 127.0.0.1\n"
      << "    port = " << port_ << "\n  }\n  inet_listener imaps {\n    port = 0\n  }\n}\n"
      << "service anvil {\n  chroot =\n}\n";
}

// dovecot runs in the foreground as our child, so stop() can wait for it by its pid. Readiness is
// its port accepting connections (it opens it at start), polled, not a guessed delay.
void DovecotServer::start() {
  const std::string config = (dir_ / "dovecot.conf").string();
  pid_ = fork();
  if (pid_ < 0) give_up("fork failed");
  if (pid_ == 0) {
    if (geteuid() == 0 && (setgroups(0, nullptr) != 0 || setgid(gid_) != 0 || setuid(uid_) != 0)) {
      _exit(126);
    }
    execl(kDovecot, kDovecot, "-F", "-c", config.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (!accepts_connections(port_)) {
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      give_up("dovecot exited at start; see " + (dir_ / "dovecot.log").string());
    }
    if (std::chrono::steady_clock::now() > deadline) give_up("dovecot did not open its port");
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

// Waits for the server to be gone, so that its port is closed when stop() returns.
void DovecotServer::stop() {
  if (pid_ <= 0) return;
  kill(pid_, SIGTERM);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
}

void DovecotServer::deliver(const std::string& message) {
  const std::string name = std::to_string(getpid()) + "." + std::to_string(++delivered_) + ".test";
  const auto staged = dir_ / "Maildir" / "tmp" / name;
  std::string crlf;
  for (char c : message) {
    if (c == '\n' && (crlf.empty() || crlf.back() != '\r')) crlf += '\r';
    crlf += c;
  }
  std::ofstream(staged, std::ios::binary) << crlf;
  if (geteuid() == 0 && chown(staged.c_str(), uid_, gid_) != 0) give_up("cannot chown a message");
  std::filesystem::rename(staged, dir_ / "Maildir" / "new" / name);
}

}  // namespace joignable::testing
