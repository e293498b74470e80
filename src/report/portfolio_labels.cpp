#include "report/portfolio_labels.h"

#include <algorithm>
#include <array>
#include <cassert>

namespace joignable::report {
namespace {

// Sorted by key: portfolio_label() searches it by bisection and a test checks the order.
constexpr std::array kLabels = {
    Label{"attention", "à revoir", "need attention"},
    Label{"audited_now", "audité maintenant", "audited now"},
    Label{"category", "Catégorie", "Category"},
    Label{"chart_caption", "Score global et scores par catégorie, sur 100",
          "Overall and category scores, out of 100"},
    Label{"company", "Entreprise", "Company"},
    Label{"compare_intro",
          "Chaque entreprise auditée avec les mêmes règles. Et s'il s'agit de l'un de vos "
          "concurrents…",
          "Each company audited with the same rules. And if it is one of your competitors…"},
    Label{"compare_title", "Joignabilité comparée", "Reachability side by side"},
    Label{"costliest", "Les trois constats qui coûtent le plus", "The three costliest findings"},
    Label{"delta", "Évolution", "Change"},
    Label{"findings", "Constats", "Findings"},
    Label{"generated", "Généré le", "Generated"},
    Label{"grade", "Note", "Grade"},
    Label{"has_contact_within_3", "Page de contact à 3 clics au plus",
          "Contact page within 3 clicks"},
    Label{"has_email", "Une adresse e-mail", "An e-mail address"},
    Label{"has_free_form", "Un formulaire de contact avec texte libre",
          "A contact form with free text"},
    Label{"has_hours", "Horaires sur le site", "Opening hours on the site"},
    Label{"has_listings_agree", "Fiches d'annuaire en accord avec le site",
          "Listings that agree with the site"},
    Label{"has_ordinary_number", "Un numéro gratuit ou non surtaxé", "A free or ordinary number"},
    Label{"has_phone_home", "Téléphone sur la page d'accueil", "Phone on the home page"},
    Label{"has_structured_data", "Données structurées (schema.org)",
          "Structured data (schema.org)"},
    Label{"index_intro",
          "Chaque site audité avec les mêmes règles ; les plus faibles en premier.",
          "Every site audited with the same rules; the weakest first."},
    Label{"index_title", "Portefeuille", "Portfolio"},
    Label{"matrix", "Qui offre quoi", "Who offers what"},
    Label{"mean_score", "Score moyen", "Mean score"},
    Label{"new_findings", "Nouveaux", "New"},
    Label{"no", "Non", "No"},
    Label{"none_found", "Aucun constat", "No findings"},
    Label{"not_applicable", "Sans objet", "Not applicable"},
    Label{"overall", "Score global", "Overall score"},
    Label{"report", "Rapport", "Report"},
    Label{"reused_run", "audit du {date}", "audit of {date}"},
    Label{"scores", "Scores", "Scores"},
    Label{"severity_error", "erreur", "error"},
    Label{"severity_info", "info", "info"},
    Label{"severity_warning", "avertissement", "warning"},
    Label{"site", "Site", "Site"},
    Label{"status", "État", "Status"},
    Label{"status_audited", "audité", "audited"},
    Label{"status_failed", "échec de l'audit", "audit failed"},
    Label{"status_unreachable", "site injoignable", "site unreachable"},
    Label{"targets", "Sites", "Sites"},
    Label{"what", "Critère", "Criterion"},
    Label{"yes", "Oui", "Yes"},
};

}  // namespace

std::span<const Label> portfolio_label_table() { return kLabels; }

std::string_view portfolio_label(std::string_view key, std::string_view lang) {
  const auto found = std::lower_bound(kLabels.begin(), kLabels.end(), key,
                                      [](const Label& l, std::string_view k) { return l.key < k; });
  if (found == kLabels.end() || found->key != key) {
    assert(false && "unknown portfolio label");
    return key;
  }
  return lang == "en" ? found->en : found->fr;
}

std::string signed_delta(const std::optional<int>& delta) {
  if (!delta) return "—";
  if (*delta > 0) return "+" + std::to_string(*delta);
  if (*delta < 0) return "\u2212" + std::to_string(-*delta);
  return "0";
}

}  // namespace joignable::report
