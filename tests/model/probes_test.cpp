#include "model/probes.h"

#include <catch2/catch.hpp>

#include "support/model_builder.h"
#include "util/time.h"

namespace joignable::model {
namespace {

using testing::ModelBuilder;

const std::string kContact = "https://www.example.fr/contact";
const std::string kQuote = "https://www.example.fr/devis";
const std::string kRdv = "https://www.example.fr/rdv";

probe::ProbeRecord record(const std::string& page, const std::string& sent_at,
                          const std::string& answered_at = {}) {
  probe::ProbeRecord r;
  r.id = 1;
  r.page = page;
  r.action = page + "/send";
  r.token = "jg" + sent_at.substr(8, 2) + "0000000000";
  r.sent_at = sent_at;
  r.outcome = probe::ProbeOutcome::sent;
  r.answered_at = answered_at;
  return r;
}

}  // namespace

TEST_CASE("each contact form shows its latest probe, or why it has none", "[model]") {
  extract::FormInfo captcha = testing::contact_form(kQuote + "/send");
  captcha.captcha = true;
  captcha.captcha_kind = "turnstile";
  auto site = ModelBuilder()
                  .add_form(kContact, testing::contact_form(kContact + "/send"))
                  .add_form(kQuote, captcha)
                  .add_form(kRdv, testing::contact_form(kRdv + "/send"))
                  .build();
  const auto now = *util::parse_iso8601("2026-12-10T00:00:00Z");
  add_probes(site,
             {record(kContact, "2026-11-01T09:00:00Z", "2026-11-01T10:00:00Z"),
              record(kContact, "2026-12-09T09:00:00Z"),
              record("https://www.example.fr/old", "2026-12-01T09:00:00Z")},
             target::ProbeOptions{}, now);
  REQUIRE(site.probes.forms.size() == 4);
  CHECK(site.probes.forms[0].record.sent_at == "2026-12-09T09:00:00Z");
  CHECK(site.probes.forms[0].assessment.state == probe::ProbeState::waiting);
  CHECK(site.probes.forms[1].assessment.state == probe::ProbeState::captcha);
  CHECK(site.probes.forms[1].assessment.reason == "captcha: turnstile");
  CHECK(site.probes.forms[2].assessment.state == probe::ProbeState::not_probed);
  CHECK(site.probes.forms[3].page == "https://www.example.fr/old");
  CHECK(site.probes.forms[3].assessment.state == probe::ProbeState::unanswered);
}

TEST_CASE("a target never probed has no probes", "[model]") {
  auto site = ModelBuilder().add_form(kContact, testing::contact_form(kContact + "/send")).build();
  add_probes(site, {}, target::ProbeOptions{}, 0);
  CHECK(site.probes.forms.empty());
}

}  // namespace joignable::model
