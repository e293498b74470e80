// ImapClient: the probe's adapter to libcurl's IMAP, reading the mailbox replies to probes come
// to. One connection (one easy handle, logged in once) for every request. The password comes
// from the environment or ~/.netrc and is handed to libcurl only: it never appears in a message
// this class returns. Not thread-safe.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "util/result.h"

namespace joignable::probe {

// Where the credentials come from: JOIGNABLE_IMAP_USER and JOIGNABLE_IMAP_PASSWORD when both are
// set, otherwise the mailbox host's entry in ~/.netrc (libcurl reads it).
struct ImapLogin {
  std::string user;      // "" to use ~/.netrc
  std::string password;  // never printed, never stored
};

// The login from JOIGNABLE_IMAP_USER / JOIGNABLE_IMAP_PASSWORD, or an empty one for ~/.netrc.
ImapLogin login_from_environment();

class ImapClient {
 public:
  // `mailbox` is an imaps:// or imap:// URL naming the mailbox ("imaps://host/INBOX"). Nothing
  // is sent before the first request.
  ImapClient(std::string mailbox, ImapLogin login, long timeout_ms = 30000);
  ~ImapClient();
  ImapClient(const ImapClient&) = delete;
  ImapClient& operator=(const ImapClient&) = delete;

  // Logs in and opens the mailbox: whether the settings and credentials work. Errors as search.
  [[nodiscard]] Result<void> check();
  // The UIDs of the mailbox's messages whose headers or body contain `word` (UID SEARCH TEXT).
  // Errors: Error::Code::usage when the server refuses the login (wrong user or password),
  // Error::Code::io when it cannot be reached or answers nonsense. Messages name the mailbox,
  // never the credentials.
  [[nodiscard]] Result<std::vector<long long>> search(const std::string& word);
  // The header block of message `uid`, as the server sends it.
  [[nodiscard]] Result<std::string> headers(long long uid);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace joignable::probe
