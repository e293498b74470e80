#include "support/script_site.h"

#include <cstdio>
#include <cstdlib>
#include <mutex>

#include <httplib.h>

#include "serve/http_server.h"

namespace joignable::testing {
namespace {

const char* kShell =
    "<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>Boulangerie Appli</title>"
    "<script defer src='/static/app.js'></script></head><body><div id='root'></div>"
    "<noscript>Vous devez activer JavaScript pour utiliser ce site.</noscript></body></html>";

const char* kApp = R"js(
fetch('/api/contact.json').then(r => r.json()).then(d => {
  document.getElementById('root').innerHTML =
    '<header><nav><a href="/">Accueil</a> <a href="/contact">Contact</a></nav></header>' +
    '<main><h1>Boulangerie Appli</h1><p>Appelez-nous : <a href="tel:' + d.tel + '">' +
    d.display + '</a></p><h2>Horaires</h2><p>' + d.hours + '</p>' +
    '<form method="post" action="/api/message"><label for="n">Nom</label>' +
    '<input id="n" name="nom"><label for="e">E-mail</label>' +
    '<input id="e" type="email" name="email"><label for="m">Message</label>' +
    '<textarea id="m" name="message"></textarea><button>Envoyer</button></form></main>';
});
)js";

const char* kContactJson =
    R"({"tel": "+33142685300", "display": "01 42 68 53 00",
        "hours": "Du lundi au vendredi de 8h à 12h et de 14h à 18h, le samedi de 9h à 12h."})";

std::string contact_page(const std::string& widget_origin) {
  return "<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>Contact</title>"
         "</head><body><nav><a href='/'>Accueil</a> <a href='/contact'>Contact</a></nav>"
         "<h1>Contactez-nous</h1><p>Une question sur nos pains, nos viennoiseries ou une "
         "commande pour un événement ? Notre équipe vous répond avec plaisir. Écrivez-nous "
         "avec le formulaire ci-dessous ou discutez avec nous en direct.</p>"
         "<div id='widget'></div><script src='" +
         widget_origin + "/widget.js'></script></body></html>";
}

const char* kWidget = R"js(
(function () {
  var chat = document.createElement('script');
  chat.textContent = 'window.$crisp = []; window.CRISP_WEBSITE_ID = "test";';
  document.head.appendChild(chat);
  document.getElementById('widget').innerHTML =
    '<button class="chat-open">Discuter avec nous</button>' +
    '<form method="post" action="/api/widget-message" class="contact-form">' +
    '<label for="w-name">Nom</label><input id="w-name" name="name">' +
    '<label for="w-mail">E-mail</label><input id="w-mail" type="email" name="email">' +
    '<label for="w-msg">Votre message</label><textarea id="w-msg" name="message"></textarea>' +
    '<button>Envoyer</button></form>';
})();
)js";

std::string page_with_script(const std::string& title, const std::string& script) {
  return "<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>" + title +
         "</title></head><body><div id='root'></div><noscript>Activez JavaScript.</noscript>"
         "<script>" + script + "</script></body></html>";
}

const char* kShowPhone =
    "document.getElementById('root').innerHTML = '<p>Tél. <a href=\"tel:+33142685300\">01 42 68 "
    "53 00</a></p>';";

}  // namespace

struct ScriptSite::State {
  std::string decoy_url;
  mutable std::mutex mutex;
  std::vector<std::string> requests;
  std::unique_ptr<serve::HttpServer> widget;
  std::unique_ptr<serve::HttpServer> site;

  void log(const std::string& path) {
    const std::lock_guard lock(mutex);
    requests.push_back(path);
  }

  std::string widget_origin() const {
    return "http://127.0.0.1:" + std::to_string(widget->port());
  }

  void add_widget_routes(httplib::Server& http) {
    http.Get("/widget.js", [this](const auto&, auto& response) {
      log("widget:/widget.js");
      response.set_content(kWidget, "text/javascript");
    });
  }

  void add_site_routes(httplib::Server& http) {
    auto html = [this](const httplib::Request& request, httplib::Response& response,
                       const std::string& text) {
      log(request.path);
      response.set_content(text, "text/html; charset=utf-8");
    };
    http.Get("/", [=](const auto& request, auto& response) { html(request, response, kShell); });
    http.Get("/static/app.js", [this](const auto& request, auto& response) {
      log(request.path);
      response.set_content(kApp, "text/javascript");
    });
    http.Get("/api/contact.json", [this](const auto& request, auto& response) {
      log(request.path);
      response.set_content(kContactJson, "application/json");
    });
    http.Get("/api/ping", [this](const auto& request, auto& response) {
      log(request.path);
      response.set_content("{}", "application/json");
    });
    // The forms post here; a GET (the crawl's check of a form action) is told it must post.
    for (const char* action : {"/api/message", "/api/widget-message"}) {
      http.Post(action, [this](const auto& request, auto& response) {
        log(request.path);
        response.set_content("ok", "text/plain");
      });
      http.Get(action, [](const auto&, auto& response) { response.status = 405; });
    }
    http.Get("/contact", [this, html](const auto& request, auto& response) {
      html(request, response, contact_page(widget_origin()));
    });
    http.Get("/restless", [=](const auto& request, auto& response) {
      html(request, response,
           page_with_script("Sans fin", std::string(kShowPhone) +
                                            "setInterval(() => fetch('/api/ping'), 100);"));
    });
    http.Get("/popups", [=](const auto& request, auto& response) {
      html(request, response,
           page_with_script("Fenêtres",
                            "for (let i = 0; i < 100; i++) window.open('/popups?w=' + i);"
                            "for (let i = 0; i < 20; i++) alert('Bienvenue ' + i);" +
                                std::string(kShowPhone)));
    });
    http.Get("/hostile", [=](const auto& request, auto& response) {
      html(request, response,
           "<!doctype html><html><head><title>Pages hostiles</title></head><body>"
           "<a href='/restless'>Sans fin</a> <a href='/popups'>Fenêtres</a> "
           "<a href='/decoy'>Leurre</a></body></html>");
    });
    http.Get("/decoy", [this, html](const auto& request, auto& response) {
      html(request, response,
           page_with_script("Leurre", "fetch('" + decoy_url + "').catch(() => {});"
                                      "const i = new Image(); i.src = '" + decoy_url +
                                      ".png'; document.body.appendChild(i);" + kShowPhone));
    });
  }
};

ScriptSite::ScriptSite(std::string decoy_url) : state_(std::make_unique<State>()) {
  state_->decoy_url = std::move(decoy_url);
  auto widget = serve::HttpServer::start([this](httplib::Server& http) {
    state_->add_widget_routes(http);
  });
  if (!widget) {
    std::fprintf(stderr, "script site: %s\n", widget.error().message.c_str());
    std::abort();
  }
  state_->widget = std::move(*widget);
  auto site = serve::HttpServer::start([this](httplib::Server& http) {
    state_->add_site_routes(http);
  });
  if (!site) {
    std::fprintf(stderr, "script site: %s\n", site.error().message.c_str());
    std::abort();
  }
  state_->site = std::move(*site);
}

ScriptSite::~ScriptSite() = default;

std::string ScriptSite::url(const std::string& path) const {
  return "http://127.0.0.1:" + std::to_string(state_->site->port()) + path;
}

std::string ScriptSite::widget_origin() const { return state_->widget_origin(); }

std::vector<std::string> ScriptSite::requests() const {
  const std::lock_guard lock(state_->mutex);
  return state_->requests;
}

}  // namespace joignable::testing
