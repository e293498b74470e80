// End to end: `probe`, `replies` and `audit` on a fixture company site with five contact forms,
// against a real IMAP server (dovecot). Time is moved with JOIGNABLE_NOW and the replies' Date
// headers, never by waiting.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <regex>

#include "support/dovecot.h"
#include "support/form_site.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace joignable::testing {
namespace {

const std::string kUser = "imap-user-q7k2";
const std::string kPassword = "pw-Zr81-never-stored";
const std::string kT0 = "2026-12-01T09:00:00Z";

std::string token_in(const FormSubmission& submission) {
  std::smatch match;
  for (const auto& [name, value] : submission.fields) {
    if (std::regex_search(value, match, std::regex("jg[a-z0-9]{10}"))) return match.str();
  }
  return {};
}

std::string reply(const std::string& token, const std::string& subject, const std::string& date,
                  const std::string& extra = {}) {
  return "From: Cabinet Exemple <contact@exemple.fr>\nTo: audit+" + token +
         "@cabinet.example\nSubject: " + subject + "\nDate: " + date + "\n" + extra +
         "Message-ID: <" + token + std::to_string(subject.size()) + "@exemple.fr>\n\n"
         "Bonjour,\nréférence " + token + ".\n";
}

// The company's side: the contact form acknowledges at once (a person answers later, see the
// test), the after-sales form only auto-replies, the secure form is answered by a person the
// next day, the quote form never answers.
struct Company {
  DovecotServer& imap;
  std::mutex mutex;
  std::map<std::string, std::string> tokens;  // by form

  void on_submit(const FormSubmission& submission) {
    const std::string token = token_in(submission);
    {
      const std::lock_guard lock(mutex);
      tokens[submission.form] = token;
    }
    if (submission.form == "contact") {
      imap.deliver(reply(token, "=?UTF-8?Q?Accus=C3=A9_de_r=C3=A9ception?=",
                         "Tue, 1 Dec 2026 10:01:00 +0100", "Auto-Submitted: auto-replied\n"));
    } else if (submission.form == "sav") {
      imap.deliver(reply(token, "Automatic reply", "Tue, 1 Dec 2026 09:00:30 +0000",
                         "X-Autoreply: yes\n"));
    } else if (submission.form == "securise") {
      imap.deliver(reply(token, "Re: Test de joignabilité", "Wed, 2 Dec 2026 16:00:00 +0100"));
    }
  }
  std::string token(const std::string& form) {
    const std::lock_guard lock(mutex);
    return tokens[form];
  }
};

CommandResult joignable_at(const std::string& now, const std::vector<std::string>& args,
                           const std::string& dir, const std::string& password = kPassword) {
  std::vector<std::string> full = {"JOIGNABLE_NOW=" + now, "JOIGNABLE_IMAP_USER=" + kUser,
                                   "JOIGNABLE_IMAP_PASSWORD=" + password, JOIGNABLE_BINARY};
  full.insert(full.end(), args.begin(), args.end());
  return run_command("env", full, dir);
}

nlohmann::json probe_of(const nlohmann::json& report, const std::string& path) {
  for (const auto& probe : report.at("probes")) {
    if (probe.at("page").get<std::string>().ends_with(path)) return probe;
  }
  FAIL("no probe for " << path);
  return {};
}

bool fires(const nlohmann::json& report, const std::string& rule) {
  for (const auto& finding : report.at("findings")) {
    if (finding.at("rule") == rule) return true;
  }
  return false;
}

std::string table_dump(const std::filesystem::path& db) {
  return run_command("sqlite3", {db.string(), "SELECT * FROM probes ORDER BY id"}).out;
}

}  // namespace

TEST_CASE("probe, replies and audit measure how a company answers its forms", "[e2e][probe]") {
  DovecotServer imap(kUser, kPassword);
  Company company{imap, {}, {}};
  FormSite site([&](const FormSubmission& s) { company.on_submit(s); });
  TempDir dir;
  const auto db = dir / "probes.db";
  std::ofstream(dir / "cabinet.toml")
      << "[target]\nname = \"Cabinet Exemple\"\nsite = \"" << site.url("/") << "\"\n\n"
      << "[probe]\nenabled = true\nmailbox = \"" << imap.mailbox_url() << "\"\n"
      << "name = \"Audit Martin\"\nemail = \"audit@cabinet.example\"\nconsent = true\n"
      << "deadline_hours = 48\nmax_reply_hours = 24.5\n";
  const std::string target = (dir / "cabinet.toml").string();

  // Without --yes: every form and field is shown, nothing is sent.
  auto dry = joignable_at(kT0, {"probe", target, "--db", db.string()}, dir.path());
  CHECK(dry.exit_code == 0);
  CHECK(site.submissions().empty());
  CHECK(dry.out.find("dry run (--yes was not given)") != std::string::npos);
  CHECK(dry.out.find("POST " + site.url("/devis/envoyer") + " (multipart/form-data)") !=
        std::string::npos);
  CHECK(dry.out.find("website = \"\"  [text, honeypot, left empty]") != std::string::npos);

  auto sent = joignable_at(kT0, {"probe", target, "--db", db.string(), "--yes"}, dir.path());
  INFO(sent.out << sent.err);
  REQUIRE(sent.exit_code == 0);
  CHECK(site.submissions().size() == 4);
  CHECK(site.refused() == 0);
  CHECK(sent.out.find("captcha: cannot be probed automatically (captcha: recaptcha)") !=
        std::string::npos);

  // A second run inside the month sends nothing and says so.
  auto again = joignable_at("2026-12-05T09:00:00Z", {"probe", target, "--db", db.string(), "--yes"},
                            dir.path());
  CHECK(again.exit_code == 0);
  CHECK(site.submissions().size() == 4);
  CHECK(again.out.find("skipped: sent on 2026-12-01T09:00:00Z") != std::string::npos);

  // A wrong password changes nothing.
  const std::string before = table_dump(db);
  auto refused = joignable_at(kT0, {"replies", target, "--db", db.string()}, dir.path(), "wrong");
  CHECK(refused.exit_code == 2);
  CHECK(refused.err.find("refused the login") != std::string::npos);
  CHECK(table_dump(db) == before);

  auto first = joignable_at("2026-12-01T10:00:00Z", {"replies", target, "--db", db.string()},
                            dir.path());
  INFO(first.out << first.err);
  REQUIRE(first.exit_code == 0);
  CHECK(first.out.find(company.token("contact") + "  acknowledged") != std::string::npos);

  // Later, a person answers the contact form three hours after it was sent.
  imap.deliver(reply(company.token("contact"), "RE: Test de joignabilité",
                     "Tue, 1 Dec 2026 13:00:00 +0100"));
  auto second = joignable_at("2026-12-01T13:00:00Z", {"replies", target, "--db", db.string()},
                             dir.path());
  REQUIRE(second.exit_code == 0);
  CHECK(second.out.find(company.token("contact") + "  answered") != std::string::npos);

  // One hour after sending: the quote form is still waiting, the after-sales one acknowledged.
  auto early = joignable_at("2026-12-01T10:00:00Z",
                            {"audit", target, "--db", db.string(), "--out",
                             (dir / "early").string(), "--quiet"},
                            dir.path());
  INFO(early.err);
  REQUIRE(std::filesystem::exists(dir / "early" / "report.json"));
  const auto report = nlohmann::json::parse(read_text((dir / "early" / "report.json").string()));
  REQUIRE(report.at("probes").size() == 5);
  const auto contact = probe_of(report, "/contact");
  CHECK(contact.at("state") == "answered");
  CHECK(contact.at("acknowledged_after_s") == 60);
  CHECK(contact.at("answered_after_s") == 3 * 3600);
  CHECK(contact.at("http_status") == 200);
  CHECK(contact.at("confirmation") == "Merci, votre message a bien été envoyé.");
  CHECK(contact.at("token") == company.token("contact"));
  CHECK(probe_of(report, "/devis").at("state") == "waiting");
  CHECK(probe_of(report, "/sav").at("state") == "acknowledged");
  CHECK(probe_of(report, "/sav").at("acknowledged_after_s") == 30);
  CHECK(probe_of(report, "/rappel").at("state") == "captcha");
  CHECK(probe_of(report, "/rappel").at("sent_at").is_null());
  CHECK(probe_of(report, "/securise").at("state") == "answered");
  CHECK(probe_of(report, "/securise").at("answered_after_s") == 30 * 3600);
  CHECK(fires(report, "form.slow_reply"));
  CHECK_FALSE(fires(report, "form.unanswered"));

  // After the deadline the silent forms are unanswered, the acknowledgement alone included.
  auto late = joignable_at("2026-12-03T09:00:01Z",
                           {"audit", target, "--db", db.string(), "--out",
                            (dir / "late").string(), "--quiet"},
                           dir.path());
  const auto after = nlohmann::json::parse(read_text((dir / "late" / "report.json").string()));
  CHECK(probe_of(after, "/devis").at("state") == "unanswered");
  CHECK(probe_of(after, "/sav").at("state") == "unanswered");
  CHECK(probe_of(after, "/contact").at("state") == "answered");
  CHECK(fires(after, "form.unanswered"));
  const std::string html = read_text((dir / "late" / "report.html").string());
  CHECK(html.find(company.token("devis")) != std::string::npos);

  // A server that is down: a clear error, the pending probes kept.
  imap.stop();
  const std::string kept = table_dump(db);
  auto down = joignable_at("2026-12-04T09:00:00Z", {"replies", target, "--db", db.string()},
                           dir.path());
  CHECK(down.exit_code == 3);
  CHECK(down.err.find(imap.mailbox_url()) != std::string::npos);
  CHECK(table_dump(db) == kept);

  // No credential in anything the runs wrote or printed.
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir.path())) {
    if (!entry.is_regular_file() || entry.path().filename() == "cabinet.toml") continue;
    const std::string text = read_text(entry.path().string());
    INFO(entry.path());
    CHECK(text.find(kPassword) == std::string::npos);
    CHECK(text.find(kUser) == std::string::npos);
  }
  for (const auto* run : {&dry, &sent, &again, &refused, &first, &second, &early, &late, &down}) {
    CHECK(run->out.find(kPassword) == std::string::npos);
    CHECK(run->err.find(kPassword) == std::string::npos);
    CHECK(run->err.find(kUser) == std::string::npos);
  }
}

TEST_CASE("replies reads the credentials from ~/.netrc when the variables are unset",
          "[e2e][probe]") {
  DovecotServer imap(kUser, kPassword);
  TempDir home;
  std::ofstream(home / ".netrc") << "machine 127.0.0.1 login " << kUser << " password "
                                 << kPassword << "\n";
  std::filesystem::permissions(home / ".netrc", std::filesystem::perms::owner_read |
                                                    std::filesystem::perms::owner_write);
  TempDir dir;
  std::ofstream(dir / "t.toml") << "[target]\nsite = \"http://127.0.0.1:9/\"\n\n[probe]\n"
                                << "mailbox = \"" << imap.mailbox_url() << "\"\n";
  auto run = run_command("env", {"-u", "JOIGNABLE_IMAP_USER", "-u", "JOIGNABLE_IMAP_PASSWORD",
                                 "HOME=" + home.path().string(), JOIGNABLE_BINARY, "replies",
                                 (dir / "t.toml").string(), "--db", (dir / "j.db").string()},
                         dir.path());
  INFO(run.err);
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("0 probe(s) looked for") != std::string::npos);
}

}  // namespace joignable::testing
