// DovecotServer: a real IMAP server for tests, Debian's dovecot-imapd started as an unprivileged
// instance of its own: its configuration, runtime folders and Maildir in a TempDir, one user from
// a passwd-file, listening on 127.0.0.1 on a free port without TLS. When the test runs as root,
// dovecot runs as nobody:nogroup (dovecot refuses to run its login processes as root). Stopped
// by its process id when destroyed (or by stop(), to test a server that is down). Aborts the
// test when dovecot cannot be started. Not copyable; not thread-safe.
#pragma once

#include <string>
#include <sys/types.h>

#include "support/temp_dir.h"

namespace joignable::testing {

class DovecotServer {
 public:
  DovecotServer(std::string user, std::string password);
  ~DovecotServer();
  DovecotServer(const DovecotServer&) = delete;
  DovecotServer& operator=(const DovecotServer&) = delete;

  int port() const { return port_; }
  // "imap://127.0.0.1:PORT/INBOX"
  std::string mailbox_url() const;
  // Drops `message` (headers, a blank line, a body; "\n" line ends are fine) into the user's
  // Maildir as a new message, the way a delivery agent does (tmp/ then rename into new/).
  void deliver(const std::string& message);
  // Stops the server now; the destructor then has nothing left to do.
  void stop();

 private:
  void write_config() const;
  void start();

  TempDir dir_;
  std::string user_, password_;
  int port_ = 0;
  pid_t pid_ = -1;
  uid_t uid_ = 0;
  gid_t gid_ = 0;
  int delivered_ = 0;
};

}  // namespace joignable::testing
