#include "probe/imap_client.h"

#include <catch2/catch.hpp>

#include "probe/replies.h"
#include "support/dovecot.h"

namespace joignable::probe {
namespace {

using testing::DovecotServer;

std::string message(const std::string& subject, const std::string& date,
                    const std::string& extra_headers, const std::string& body) {
  return "From: Cabinet <contact@cabinet.example>\nTo: audit@example.fr\nSubject: " + subject +
         "\nDate: " + date + "\n" + extra_headers + "Message-ID: <" + subject.substr(0, 3) +
         date.substr(5, 2) + "@cabinet.example>\n\n" + body + "\n";
}

ProbeRecord sent_probe(long long id, const std::string& token) {
  ProbeRecord record;
  record.id = id;
  record.token = token;
  record.sent_at = "2026-12-07T09:00:00Z";
  record.outcome = ProbeOutcome::sent;
  return record;
}

}  // namespace

TEST_CASE("the mailbox is searched for a token in headers and body", "[probe][imap]") {
  DovecotServer imap("audit", "s3cret-pw");
  imap.deliver(message("Re: Test jgaaaa000001", "Mon, 7 Dec 2026 11:00:00 +0100", "",
                       "Bonjour, nous vous répondons."));
  imap.deliver(message("Votre demande", "Mon, 7 Dec 2026 10:05:00 +0100",
                       "Auto-Submitted: auto-replied\n", "Référence jgaaaa000001, merci."));
  imap.deliver(message("Autre", "Mon, 7 Dec 2026 10:06:00 +0100", "", "jgbbbb000002"));
  ImapClient client(imap.mailbox_url(), {"audit", "s3cret-pw"});
  auto uids = client.search("jgaaaa000001");
  REQUIRE(uids);
  CHECK(uids->size() == 2);
  auto none = client.search("jgzzzz999999");
  REQUIRE(none);
  CHECK(none->empty());
  auto headers = client.headers(uids->front());
  REQUIRE(headers);
  CHECK(headers->find("Subject: Re: Test jgaaaa000001") != std::string::npos);
  CHECK(headers->find("Bonjour") == std::string::npos);

  auto replies = find_replies(client, {sent_probe(1, "jgaaaa000001"), sent_probe(2, "jgbbbb000002"),
                                       sent_probe(3, "jgcccc000003")});
  REQUIRE(replies);
  REQUIRE(replies->size() == 3);
  CHECK((*replies)[0].acknowledged_at == "2026-12-07T09:05:00Z");
  CHECK((*replies)[0].answered_at == "2026-12-07T10:00:00Z");
  CHECK((*replies)[0].messages == 2);
  CHECK((*replies)[1].acknowledged_at.empty());
  CHECK((*replies)[1].answered_at == "2026-12-07T09:06:00Z");
  CHECK((*replies)[2].messages == 0);
}

TEST_CASE("a refused login and a server that is down are told apart", "[probe][imap]") {
  DovecotServer imap("audit", "s3cret-pw");
  ImapClient wrong(imap.mailbox_url(), {"audit", "not-the-password"});
  auto refused = wrong.search("jgaaaa000001");
  REQUIRE_FALSE(refused);
  CHECK(refused.error().code == Error::Code::usage);
  CHECK(refused.error().message.find("refused the login") != std::string::npos);
  CHECK(refused.error().message.find("not-the-password") == std::string::npos);
  imap.stop();
  ImapClient down(imap.mailbox_url(), {"audit", "s3cret-pw"});
  auto unreachable = down.search("jgaaaa000001");
  REQUIRE_FALSE(unreachable);
  CHECK(unreachable.error().code == Error::Code::io);
  CHECK(unreachable.error().message.starts_with(imap.mailbox_url()));
}

}  // namespace joignable::probe
