#include "probe/reply.h"

#include <catch2/catch.hpp>

#include "probe/answer_page.h"
#include "util/time.h"

namespace joignable::probe {

TEST_CASE("mail dates are read with their zone", "[probe]") {
  const auto utc = util::parse_iso8601("2026-12-07T13:00:00Z");
  CHECK(parse_mail_date("Mon, 7 Dec 2026 14:00:00 +0100") == utc);
  CHECK(parse_mail_date("7 Dec 2026 08:00:00 -0500") == utc);
  CHECK(parse_mail_date("Mon, 07 Dec 2026 13:00 GMT") == utc);
  CHECK(parse_mail_date("Mon, 7 Dec 2026 08:00:00 EST") == utc);
  CHECK_FALSE(parse_mail_date("yesterday"));
  CHECK_FALSE(parse_mail_date("Mon, 7 Foo 2026 14:00:00 +0100"));
}

TEST_CASE("automatic acknowledgements are told from human answers", "[probe]") {
  const std::string date = "Date: Mon, 7 Dec 2026 14:00:00 +0100\r\n";
  auto automatic = [&](const std::string& headers) {
    const auto reply = read_reply(date + headers + "\r\n");
    REQUIRE(reply);
    return reply->automatic;
  };
  CHECK(automatic("Auto-Submitted: auto-replied\r\nSubject: Re: Test\r\n"));
  CHECK_FALSE(automatic("Auto-Submitted: no\r\nSubject: Re: Test\r\n"));
  CHECK(automatic("X-Autoreply: yes\r\n"));
  CHECK(automatic("X-Autorespond: 1\r\n"));
  CHECK(automatic("Precedence: bulk\r\n"));
  CHECK(automatic("Precedence: auto_reply\r\n"));
  CHECK(automatic("From: Cabinet <no-reply@cabinet.fr>\r\n"));
  CHECK(automatic("Subject: =?UTF-8?Q?Accus=C3=A9_de_r=C3=A9ception?=\r\n"));
  CHECK(automatic("Subject: =?utf-8?B?UsOpcG9uc2UgYXV0b21hdGlxdWU=?=\r\n"));
  CHECK(automatic("Subject: Automatic reply: Reachability check\r\n"));
  CHECK(automatic("Subject: Out of Office\r\n"));
  CHECK(automatic("Subject: Nous avons bien\r\n reçu votre message\r\n"));
  CHECK_FALSE(automatic("From: Marie <marie@cabinet.fr>\r\nSubject: Re: Test de joignabilité\r\n"));
  CHECK_FALSE(automatic("Subject: RE: accusé de réception de votre demande\r\n"));
}

TEST_CASE("a header block without a readable date is not a reply", "[probe]") {
  CHECK_FALSE(read_reply("Subject: hello\r\n\r\n"));
  CHECK_FALSE(read_reply("Date: someday\r\n\r\n"));
  const auto reply = read_reply("date: Tue, 8 Dec 2026 09:30:00 +0000\r\nsubject: =?UTF-8?Q?Re=3A_Caf=C3=A9?=\r\n\r\n");
  REQUIRE(reply);
  CHECK(reply->subject == "Re: Café");
  CHECK(reply->date == util::parse_iso8601("2026-12-08T09:30:00Z"));
}

TEST_CASE("the answer page's confirmation or error is kept as one short line", "[probe]") {
  CHECK(confirmation_text("<body><nav>Accueil</nav><div class='alert alert-success'>"
                          "Merci, <b>message</b> envoyé.</div></body>") ==
        "Merci, message envoyé.");
  CHECK(confirmation_text("<body><h1>Contact</h1><p>Bienvenue</p><p>Erreur : le champ e-mail "
                          "est obligatoire</p></body>") ==
        "Erreur : le champ e-mail est obligatoire");
  CHECK(confirmation_text("<body><h1>Bonjour</h1><p>Texte</p></body>") == "Bonjour");
  CHECK(confirmation_text("") == "");
  const std::string shouted(400, 'A');
  CHECK(confirmation_text("<p role='status'>" + shouted + "</p>").size() <= 203);
  CHECK(confirmation_text("<p role='alert'>&lt;script&gt;x</p>") == "<script>x");
}

}  // namespace joignable::probe
