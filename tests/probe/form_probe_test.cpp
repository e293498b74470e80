#include "probe/form_probe.h"

#include <catch2/catch.hpp>

#include "support/form_site.h"
#include "util/time.h"

namespace joignable::probe {
namespace {

using testing::FormSite;

target::Target target_for(const FormSite& site) {
  target::Target target;
  target.site = site.url("/");
  target.probe.enabled = true;
  target.probe.name = "Cabinet Martin";
  target.probe.email = "audit@cabinet.example";
  target.probe.consent = true;
  return target;
}

std::vector<std::string> pages_of(const FormSite& site) {
  return {site.url("/contact"), site.url("/devis"), site.url("/sav"), site.url("/rappel"),
          site.url("/securise")};
}

std::vector<FormOutcome> run(const FormSite& site, const target::Target& target,
                             const ProbePolicy& policy) {
  HttpSession session(target.crawl);
  std::vector<FormOutcome> outcomes;
  probe_forms(session, pages_of(site), target, policy,
              [&](const FormOutcome& outcome) { outcomes.push_back(outcome); });
  return outcomes;
}

const std::time_t kNow = *util::parse_iso8601("2026-12-01T09:00:00Z");

}  // namespace

TEST_CASE("without --yes the probe lists every form and sends nothing", "[probe]") {
  FormSite site;
  const auto outcomes = run(site, target_for(site), {false, {}, kNow});
  REQUIRE(outcomes.size() == 5);
  CHECK(site.submissions().empty());
  CHECK(outcomes[0].step == FormStep::listed);
  CHECK(outcomes[3].step == FormStep::captcha);
  CHECK_FALSE(outcomes[3].record);
  for (const auto& outcome : outcomes) CHECK_FALSE(outcome.token.empty());
}

TEST_CASE("the probe submits each form as a browser would and records the answer", "[probe]") {
  FormSite site;
  const auto outcomes = run(site, target_for(site), {true, {}, kNow});
  REQUIRE(outcomes.size() == 5);
  const auto submissions = site.submissions();
  REQUIRE(submissions.size() == 4);
  CHECK(site.refused() == 0);

  CHECK(submissions[0].form == "contact");
  CHECK(submissions[0].content_type.starts_with("application/x-www-form-urlencoded"));
  CHECK(submissions[0].fields.at("email") == "audit+" + outcomes[0].token + "@cabinet.example");
  CHECK(submissions[0].fields.at("motif") == "info");
  CHECK(submissions[0].fields.at("rgpd") == "oui");
  CHECK(submissions[0].fields.at("message").find(outcomes[0].token) != std::string::npos);
  REQUIRE(outcomes[0].record);
  CHECK(outcomes[0].record->http_status == 200);
  CHECK(outcomes[0].record->final_url == site.url("/merci"));
  CHECK(outcomes[0].record->confirmation == "Merci, votre message a bien été envoyé.");
  CHECK(outcomes[0].record->sent_at == "2026-12-01T09:00:00Z");

  CHECK(submissions[1].form == "devis");
  CHECK(submissions[1].content_type.starts_with("multipart/form-data"));
  CHECK(submissions[1].fields.at("demande").find(outcomes[1].token) != std::string::npos);
  CHECK(submissions[1].fields.at("envoyer") == "Demander un devis");
  CHECK(outcomes[1].record->confirmation.starts_with("Demande reçue"));

  CHECK(submissions[2].form == "sav");
  CHECK(submissions[2].fields.at("q").find(outcomes[2].token) != std::string::npos);

  CHECK(outcomes[3].step == FormStep::captcha);
  REQUIRE(outcomes[3].record);
  CHECK(outcomes[3].record->outcome == ProbeOutcome::captcha);
  CHECK(outcomes[3].record->reason == "captcha: recaptcha");

  // The CSRF token came from a fresh GET in the same cookie session; the honeypot stayed empty.
  CHECK(submissions[3].form == "securise");
  CHECK(submissions[3].fields.at("website").empty());
  CHECK(outcomes[4].step == FormStep::sent);
  CHECK(outcomes[4].record->http_status == 200);
  CHECK(outcomes[4].record->confirmation == "Message envoyé.");
}

TEST_CASE("a form sent within min_days_between is skipped", "[probe]") {
  FormSite site;
  const target::Target target = target_for(site);
  std::vector<ProbeRecord> earlier;
  for (const auto& outcome : run(site, target, {true, {}, kNow})) {
    if (outcome.record) earlier.push_back(*outcome.record);
  }
  REQUIRE(site.submissions().size() == 4);
  const auto again = run(site, target, {true, earlier, kNow + 29 * 24 * 3600});
  CHECK(site.submissions().size() == 4);
  CHECK(again[0].step == FormStep::skipped);
  CHECK(again[0].note.find("2026-12-31T09:00:00Z") != std::string::npos);
  const auto month_later = run(site, target, {true, earlier, kNow + 30 * 24 * 3600});
  CHECK(site.submissions().size() == 8);
  CHECK(month_later[0].step == FormStep::sent);
}

TEST_CASE("a consent box blocks a form without [probe] consent; a forged CSRF token is refused",
          "[probe]") {
  FormSite site;
  target::Target target = target_for(site);
  target.probe.consent = false;  // the contact form's consent box stops it; the others go
  const auto outcomes = run(site, target, {true, {}, kNow});
  CHECK(outcomes[0].step == FormStep::blocked);
  CHECK_FALSE(outcomes[0].record);
  CHECK(outcomes[0].note.find("consent") != std::string::npos);
  HttpSession session(target.crawl);
  FilledForm forged;
  forged.page = site.url("/securise");
  forged.action = site.url("/securise/envoyer");
  forged.method = "post";
  forged.enctype = "application/x-www-form-urlencoded";
  forged.fields = {{"_csrf", "stolen", "hidden", ""}, {"message", "x", "textarea", ""}};
  const HttpAnswer answer = session.submit(forged);
  CHECK(answer.status == 403);
  CHECK(site.refused() == 1);
}

}  // namespace joignable::probe
