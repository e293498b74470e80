#include "report/labels.h"

#include <algorithm>
#include <array>
#include <cassert>

namespace joignable::report {
namespace {

// Sorted by key: label() searches it by bisection and tests check the order.
constexpr std::array kLabels = {
    Label{"action_status", "Réponse de l'adresse d'envoi", "Form target response"},
    Label{"address", "Adresse", "Address"},
    Label{"addresses", "Adresses postales", "Postal addresses"},
    Label{"and_more", "et {count} autre(s) occurrence(s)", "and {count} more occurrence(s)"},
    Label{"audit_date", "Date de l'audit", "Audit date"},
    Label{"broken_links", "Liens cassés", "Broken links"},
    Label{"broken_links_intro", "Liens qui mènent à une erreur ou qui ne répondent pas.",
          "Links that lead to an error or do not answer."},
    Label{"callback_offers", "Proposition de rappel", "Call-back offer"},
    Label{"captcha", "CAPTCHA", "CAPTCHA"},
    Label{"category", "Catégorie", "Category"},
    Label{"category_scores", "Scores par catégorie", "Scores by category"},
    Label{"channels", "Autres canaux", "Other channels"},
    Label{"chat_widgets", "Chat en ligne", "Live chat"},
    Label{"checks", "Vérifications effectuées", "Checks performed"},
    Label{"colon", " : ", ": "},
    Label{"contact_page", "Page de contact", "Contact page"},
    Label{"contact_points", "Moyens de contact trouvés", "Contact points found"},
    Label{"contents", "Sommaire", "Contents"},
    Label{"coverage", "Couverture de l'exploration", "Crawl coverage"},
    Label{"crawl", "Exploration du site", "Site crawl"},
    Label{"crawl_traps", "Exploration écourtée (pièges à robots)", "Crawl cut short (crawler traps)"},
    Label{"crawl_traps_intro",
          "Ces adresses se multiplient sans fin (calendriers, filtres, identifiants de session) : "
          "l'exploration a cessé de les suivre après une limite, et les pages au-delà n'ont pas été "
          "auditées.",
          "These URLs multiply without end (calendars, filters, session ids): the crawl stopped "
          "following them after a bound, and the pages beyond were not audited."},
    Label{"depth", "Profondeur (clics depuis l'accueil)", "Depth (clicks from the home page)"},
    Label{"depth_unknown", "non reliée à l'accueil", "not linked from the home page"},
    Label{"disallowed_by_robots", "non demandée (interdite par robots.txt)",
          "not requested (disallowed by robots.txt)"},
    Label{"emails", "Adresses e-mail", "E-mail addresses"},
    Label{"evidence", "Constat", "Evidence"},
    Label{"example", "Exemple", "Example"},
    Label{"faxes", "Numéros de télécopie", "Fax numbers"},
    Label{"fields", "Champs", "Fields"},
    Label{"final_url", "Page finale", "Final page"},
    Label{"findings", "Constats détaillés", "Detailed findings"},
    Label{"findings_total", "Constats", "Findings"},
    Label{"finished_at", "Fin", "Finished"},
    Label{"fix", "Comment corriger", "How to fix"},
    Label{"form_kind_contact", "Contact", "Contact"},
    Label{"form_kind_login", "Connexion", "Login"},
    Label{"form_kind_newsletter", "Lettre d'information", "Newsletter"},
    Label{"form_kind_other", "Autre", "Other"},
    Label{"form_kind_search", "Recherche", "Search"},
    Label{"forms", "Formulaires", "Forms"},
    Label{"found_on", "Présent sur", "Found on"},
    Label{"free_text", "Texte libre", "Free text"},
    Label{"generated_by", "Rapport produit par joignable", "Report produced by joignable"},
    Label{"grade", "Note", "Grade"},
    Label{"hours", "Horaires", "Opening hours"},
    Label{"hours_origin_listing", "Fiche", "Listing"},
    Label{"hours_origin_structured_data", "Données structurées", "Structured data"},
    Label{"hours_origin_text", "Texte de la page", "Page text"},
    Label{"hours_unparsed", "Textes ressemblant à des horaires, non interprétés",
          "Hours-like texts, not interpreted"},
    Label{"kind", "Type", "Kind"},
    Label{"link", "Lien", "Link"},
    Label{"links_not_followed", "Liens non suivis", "Links not followed"},
    Label{"listings", "Fiches d'établissement", "Business listings"},
    Label{"missing_anchor", "ancre absente de la page", "anchor missing from the page"},
    Label{"name", "Nom", "Name"},
    Label{"no", "non", "no"},
    Label{"no_answer", "pas de réponse", "no answer"},
    Label{"no_broken_links", "Aucun lien cassé.", "No broken link."},
    Label{"no_contact_page", "Aucune page de contact trouvée.", "No contact page found."},
    Label{"no_findings", "Aucun problème relevé.", "No problem found."},
    Label{"no_html_page", "pas de page HTML", "no HTML page"},
    Label{"none_found", "Aucun trouvé.", "None found."},
    Label{"not_found_intro",
          "Adresses qui ne peuvent pas exister, demandées après l'exploration pour voir comment le "
          "site répond à un lien mort.",
          "Addresses that cannot exist, requested after the crawl to see how the site answers a "
          "dead link."},
    Label{"not_found_probe", "Page d'erreur 404", "404 error page"},
    Label{"not_scored", "non noté", "not scored"},
    Label{"number", "Numéro", "Number"},
    Label{"offer_contact_form", "formulaire de contact", "contact form"},
    Label{"offer_contact_link", "lien vers le contact", "contact link"},
    Label{"offer_email", "e-mail", "e-mail"},
    Label{"offer_home", "lien vers l'accueil", "link to the home page"},
    Label{"offer_phone", "téléphone", "phone"},
    Label{"offer_search_form", "recherche", "search box"},
    Label{"offers", "La page offre", "The page offers"},
    Label{"offers_nothing", "ni lien vers l'accueil, ni moyen de contact",
          "no link home, no way to get in touch"},
    Label{"out_of", "sur 100", "out of 100"},
    Label{"overall_score", "Score global", "Overall score"},
    Label{"page", "Page", "Page"},
    Label{"pages", "Pages", "Pages"},
    Label{"pages_crawled", "Pages explorées", "Pages crawled"},
    Label{"pages_listed", "Pages du site listées", "Pages of the site listed"},
    Label{"phone_type_fixed_line", "Fixe", "Landline"},
    Label{"phone_type_fixed_line_or_mobile", "Fixe ou mobile", "Landline or mobile"},
    Label{"phone_type_mobile", "Mobile", "Mobile"},
    Label{"phone_type_pager", "Bipeur", "Pager"},
    Label{"phone_type_personal", "Numéro personnel", "Personal number"},
    Label{"phone_type_premium_rate", "Surtaxé", "Premium rate"},
    Label{"phone_type_shared_cost", "Coût partagé (surtaxé)", "Shared cost"},
    Label{"phone_type_toll_free", "Gratuit", "Toll-free"},
    Label{"phone_type_uan", "Numéro d'accès universel", "Universal access number"},
    Label{"phone_type_unknown", "Inconnu", "Unknown"},
    Label{"phone_type_voicemail", "Messagerie vocale", "Voicemail"},
    Label{"phone_type_voip", "VoIP", "VoIP"},
    Label{"phones", "Numéros de téléphone", "Phone numbers"},
    Label{"reason", "Raison", "Reason"},
    Label{"report_title", "Audit de joignabilité", "Reachability audit"},
    Label{"result", "Résultat", "Result"},
    Label{"rule", "Vérification", "Check"},
    Label{"score", "Score", "Score"},
    Label{"severity_error", "Critique", "Critical"},
    Label{"severity_info", "Information", "Information"},
    Label{"severity_warning", "Important", "Important"},
    Label{"site", "Site", "Site"},
    Label{"sitemap", "Sitemap", "Sitemap"},
    Label{"sitemaps", "Plans de site (sitemaps)", "Sitemaps"},
    Label{"sitemaps_intro",
          "Fichiers sitemap lus : les pages du site qu'ils listent et qu'aucun lien ne relie ont été "
          "explorées aussi, sans profondeur de clic.",
          "Sitemap files read: the pages of the site they list that no link reaches were crawled "
          "too, with no click depth."},
    Label{"sitemaps_listed", "sitemaps listés", "sitemaps listed"},
    Label{"skip_to_content", "Aller au contenu", "Skip to content"},
    Label{"social_links", "Réseaux sociaux et messageries", "Social and messaging networks"},
    Label{"soft_404", "soft 404 : la page prétend exister", "soft 404: the page claims to exist"},
    Label{"started_at", "Début", "Started"},
    Label{"status", "Réponse", "Response"},
    Label{"status_error", "Non évaluée (erreur)", "Not evaluated (error)"},
    Label{"status_fail", "À corriger", "To fix"},
    Label{"status_not_applicable", "Sans objet", "Not applicable"},
    Label{"status_pass", "Conforme", "Passed"},
    Label{"summary", "Synthèse", "Summary"},
    Label{"tel_link", "Lien « tel: »", "tel: link"},
    Label{"top_fixes", "Les cinq points à corriger en priorité", "The five things to fix first"},
    Label{"top_fixes_none", "Aucun point à corriger : bravo.", "Nothing to fix: well done."},
    Label{"trap_path_too_deep", "chemin trop profond", "path too deep"},
    Label{"trap_repeated_segment", "segment de chemin répété", "repeated path segment"},
    Label{"trap_too_many_queries", "trop de combinaisons de paramètres", "too many query combinations"},
    Label{"unlabelled", "Champs sans étiquette", "Unlabelled fields"},
    Label{"url_pattern", "Motif d'adresse", "URL pattern"},
    Label{"why", "Pourquoi c'est important", "Why it matters"},
    Label{"yes", "oui", "yes"},
};

}  // namespace

std::span<const Label> all_labels() { return kLabels; }

std::string_view label(std::string_view key, std::string_view lang) {
  const auto found = std::lower_bound(kLabels.begin(), kLabels.end(), key,
                                      [](const Label& l, std::string_view k) { return l.key < k; });
  if (found == kLabels.end() || found->key != key) {
    assert(false && "unknown report label");
    return key;
  }
  return lang == "en" ? found->en : found->fr;
}

}  // namespace joignable::report
