#include "support/form_site.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <mutex>

#include <httplib.h>

#include "serve/http_server.h"

namespace joignable::testing {
namespace {

std::string page(const std::string& title, const std::string& body) {
  return "<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>" + title +
         "</title></head><body><h1>" + title + "</h1>" + body +
         "<footer>Cabinet Exemple, 01 42 68 53 00</footer></body></html>";
}

const char* kHome =
    "<ul><li><a href='/contact'>Contact</a></li><li><a href='/devis'>Devis</a></li>"
    "<li><a href='/sav'>Service après-vente</a></li><li><a href='/rappel'>Être rappelé</a></li>"
    "<li><a href='/securise'>Espace client</a></li></ul>";

const char* kContact =
    "<form method='post' action='/contact/envoyer'>"
    "<label for='nom'>Nom</label><input id='nom' name='nom' required>"
    "<label for='email'>E-mail</label><input id='email' type='email' name='email' required>"
    "<label for='tel'>Téléphone</label><input id='tel' type='tel' name='telephone'>"
    "<label for='motif'>Motif</label><select id='motif' name='motif'>"
    "<option value=''>-- Choisissez --</option><option value='info'>Information</option>"
    "<option value='devis'>Devis</option></select>"
    "<label for='msg'>Message</label><textarea id='msg' name='message' required></textarea>"
    "<label><input type='checkbox' name='rgpd' value='oui' required> J'accepte la politique de "
    "confidentialité</label><button type='submit'>Envoyer</button></form>";

const char* kDevis =
    "<form method='post' action='/devis/envoyer' enctype='multipart/form-data'>"
    "<label for='societe'>Société</label><input id='societe' name='societe'>"
    "<label for='courriel'>Courriel</label><input id='courriel' type='email' name='courriel'>"
    "<label for='objet'>Objet</label><input id='objet' name='objet'>"
    "<label for='demande'>Votre demande</label><textarea id='demande' name='demande'></textarea>"
    "<input type='submit' name='envoyer' value='Demander un devis'></form>";

const char* kSav =
    "<form method='get' action='/sav/envoyer'>"
    "<label for='n'>Votre nom</label><input id='n' name='n'>"
    "<label for='m'>Adresse e-mail</label><input id='m' type='email' name='m'>"
    "<label for='q'>Votre question</label><textarea id='q' name='q'></textarea>"
    "<button>Envoyer</button></form>";

const char* kRappel =
    "<script src='https://www.google.com/recaptcha/api.js' async defer></script>"
    "<form method='post' action='/rappel/envoyer'>"
    "<label for='n'>Nom</label><input id='n' name='nom'>"
    "<label for='t'>Téléphone</label><input id='t' type='tel' name='tel'>"
    "<label for='m'>Message</label><textarea id='m' name='message'></textarea>"
    "<div class='g-recaptcha' data-sitekey='6Lc-test'></div><button>Être rappelé</button></form>";

std::map<std::string, std::string> fields_of(const httplib::Request& request) {
  std::map<std::string, std::string> fields;
  for (const auto& [name, value] : request.params) fields[name] = value;
  for (const auto& [name, file] : request.files) fields[name] = file.content;
  return fields;
}

std::string cookie_value(const httplib::Request& request, const std::string& name) {
  const std::string cookies = request.get_header_value("Cookie");
  const std::string key = name + "=";
  const std::size_t at = cookies.find(key);
  if (at == std::string::npos) return {};
  const std::size_t end = cookies.find(';', at);
  return cookies.substr(at + key.size(), end == std::string::npos ? end : end - at - key.size());
}

}  // namespace

struct FormSite::State {
  std::function<void(const FormSubmission&)> on_submit;
  mutable std::mutex mutex;
  std::vector<FormSubmission> submissions;
  std::map<std::string, std::string> csrf_by_session;
  int refused = 0;
  int sessions = 0;
  std::unique_ptr<serve::HttpServer> server;

  void accept(const std::string& form, const httplib::Request& request) {
    FormSubmission submission{form, fields_of(request), request.get_header_value("Content-Type")};
    {
      const std::lock_guard lock(mutex);
      submissions.push_back(submission);
    }
    if (on_submit) on_submit(submission);
  }

  std::string secure_form(httplib::Response& response) {
    const std::lock_guard lock(mutex);
    const std::string session = "s" + std::to_string(++sessions);
    const std::string token = "csrf-" + std::to_string(1000 + sessions * 7);
    csrf_by_session[session] = token;
    response.set_header("Set-Cookie", "session=" + session + "; Path=/; HttpOnly");
    return "<form method='post' action='/securise/envoyer'>"
           "<input type='hidden' name='_csrf' value='" + token + "'>"
           "<div style='display:none'><label>Site web <input name='website'></label></div>"
           "<label for='e'>Email</label><input id='e' type='email' name='email'>"
           "<label for='m'>Message</label><textarea id='m' name='message'></textarea>"
           "<button>Envoyer</button></form>";
  }

  bool secure_submission_ok(const httplib::Request& request) {
    const std::lock_guard lock(mutex);
    const auto expected = csrf_by_session.find(cookie_value(request, "session"));
    const bool ok = expected != csrf_by_session.end() &&
                    request.get_param_value("_csrf") == expected->second &&
                    request.get_param_value("website").empty();
    if (!ok) ++refused;
    return ok;
  }

  void add_routes(httplib::Server& http) {
    auto html = [](httplib::Response& response, const std::string& text) {
      response.set_content(text, "text/html; charset=utf-8");
    };
    http.Get("/", [=](const auto&, auto& response) { html(response, page("Cabinet Exemple", kHome)); });
    http.Get("/contact", [=](const auto&, auto& response) { html(response, page("Contact", kContact)); });
    http.Get("/devis", [=](const auto&, auto& response) { html(response, page("Devis", kDevis)); });
    http.Get("/sav", [=](const auto&, auto& response) { html(response, page("SAV", kSav)); });
    http.Get("/rappel", [=](const auto&, auto& response) { html(response, page("Rappel", kRappel)); });
    http.Get("/securise", [this, html](const auto&, auto& response) {
      html(response, page("Espace client", secure_form(response)));
    });
    http.Post("/contact/envoyer", [this](const auto& request, auto& response) {
      accept("contact", request);
      response.status = 303;
      response.set_header("Location", "/merci");
    });
    http.Get("/merci", [=](const auto&, auto& response) {
      html(response, page("Merci", "<p>Merci, votre message a bien été envoyé.</p>"));
    });
    http.Post("/devis/envoyer", [this, html](const auto& request, auto& response) {
      accept("devis", request);
      html(response, page("Devis", "<div class='alert alert-success'>Demande reçue, nous "
                                   "revenons vers vous sous 48 h.</div>"));
    });
    http.Get("/sav/envoyer", [this, html](const auto& request, auto& response) {
      // A crawler checking the action sends no fields: that is no submission.
      if (request.params.empty()) return html(response, page("SAV", kSav));
      accept("sav", request);
      html(response, page("SAV", "<p role='status'>Votre question a été transmise.</p>"));
    });
    http.Post("/rappel/envoyer", [this, html](const auto& request, auto& response) {
      accept("rappel", request);
      html(response, page("Rappel", "<p>Nous vous rappelons.</p>"));
    });
    http.Post("/securise/envoyer", [this, html](const auto& request, auto& response) {
      if (!secure_submission_ok(request)) {
        response.status = 403;
        html(response, page("Erreur", "<p class='error'>Erreur : jeton de sécurité invalide.</p>"));
        return;
      }
      accept("securise", request);
      response.status = 302;
      response.set_header("Location", "/securise/merci");
    });
    http.Get("/securise/merci", [=](const auto&, auto& response) {
      html(response, page("Espace client", "<div class='notice'>Message envoyé.</div>"));
    });
  }
};

FormSite::FormSite(std::function<void(const FormSubmission&)> on_submit)
    : state_(std::make_unique<State>()) {
  state_->on_submit = std::move(on_submit);
  auto server = serve::HttpServer::start([this](httplib::Server& http) { state_->add_routes(http); });
  if (!server) {
    std::fprintf(stderr, "FormSite: %s\n", server.error().to_string().c_str());
    std::abort();
  }
  state_->server = std::move(*server);
}

FormSite::~FormSite() { state_->server.reset(); }

std::string FormSite::url(const std::string& path) const {
  return "http://127.0.0.1:" + std::to_string(state_->server->port()) + path;
}

std::vector<FormSubmission> FormSite::submissions() const {
  const std::lock_guard lock(state_->mutex);
  return state_->submissions;
}

int FormSite::refused() const {
  const std::lock_guard lock(state_->mutex);
  return state_->refused;
}

}  // namespace joignable::testing
