#include "cli/demo_probes.h"

#include "util/time.h"

namespace joignable::cli {

std::vector<probe::ProbeRecord> demo_probes(const std::string& site, std::time_t now) {
  const std::time_t sent = now - 72 * 3600;
  probe::ProbeRecord contact;
  contact.site = site;
  contact.page = site + "contact.html";
  contact.action = site + "contact/envoyer";
  contact.token = "jgdemo000001";
  contact.sent_at = util::to_iso8601(sent);
  contact.outcome = probe::ProbeOutcome::sent;
  contact.http_status = 200;
  contact.final_url = site + "contact.html";
  contact.confirmation = "Merci, votre message a bien été envoyé.";
  contact.acknowledged_at = util::to_iso8601(sent + 2 * 60);
  contact.answered_at = util::to_iso8601(sent + 31 * 3600);

  probe::ProbeRecord quote = contact;
  quote.page = site + "devis.html";
  quote.action = site + "devis.html";
  quote.token = "jgdemo000002";
  quote.final_url = site + "devis.html";
  quote.confirmation = "Votre demande de devis a bien été reçue.";
  quote.acknowledged_at.clear();
  quote.answered_at.clear();
  return {contact, quote};
}

}  // namespace joignable::cli
