// Forms on whole fixture pages (tests/fixtures/pages/forms/): contact forms from the usual site
// builders and hand-written ones in six languages, and the other forms of a site (search,
// login, newsletter, comments, carts, filters), each described field by field. One row per
// form; the page's form count is checked too, so no form goes unaccounted for.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/page_analysis.h"
#include "support/fixtures.h"

namespace extract = joignable::extract;
using extract::FormKind;

namespace {

constexpr auto kContact = FormKind::contact;
constexpr auto kSearch = FormKind::search;
constexpr auto kLogin = FormKind::login;
constexpr auto kNews = FormKind::newsletter;
constexpr auto kOther = FormKind::other;
const std::optional<bool> N;  // no such field
const std::optional<bool> T = true;
const std::optional<bool> F = false;
const std::string kUrlencoded = "application/x-www-form-urlencoded";
const std::string kMultipart = "multipart/form-data";

struct FormCase {
  int index;
  FormKind kind;
  std::string method, enctype, action;
  int fields;
  bool textarea, free_text;
  int unlabelled;
  std::string captcha;  // captcha_kind
  int required;
  std::optional<bool> name, email, tel;  // autocomplete
};

struct FormPage {
  std::string file, url;
  std::vector<FormCase> forms;
};

const std::string kSite = "https://www.exemple.fr";

const std::vector<FormPage> kPages = {
    {"contact_variants.html", kSite + "/contact",
     {
         {0, kContact, "post", kUrlencoded, kSite + "/wp-json/contact-form-7/v1/contact-forms/12/feedback", 4, true, true, 0, "recaptcha", 3, T, T, N},
         {1, kContact, "post", kMultipart, "https://forms.exemple.fr/devis", 5, true, true, 0, "hcaptcha", 1, T, F, F},
         {2, kContact, "post", kUrlencoded, kSite + "/contact.php", 4, true, true, 4, "recaptcha", 0, F, F, F},
         {3, kContact, "post", kUrlencoded, kSite + "/api/contact", 4, true, true, 0, "turnstile", 0, T, T, N},
         {4, kContact, "post", kUrlencoded, kSite + "/rappel", 4, false, false, 0, "recaptcha", 2, F, N, T},
         {5, kContact, "get", kUrlencoded, kSite + "/faq/poser", 2, false, true, 0, "", 0, N, F, N},
         {6, kContact, "post", kUrlencoded, kSite + "/kontakt/senden", 4, true, true, 0, "recaptcha", 2, T, T, N},
         {7, kContact, "post", kUrlencoded, kSite + "/contacto/enviar", 3, false, true, 1, "recaptcha", 0, F, F, N},
         {8, kContact, "post", kUrlencoded, kSite + "/contatti/invia", 4, true, true, 0, "recaptcha", 0, T, T, T},
         {9, kContact, "post", kUrlencoded, kSite + "/contact/verstuur", 3, true, true, 0, "recaptcha", 0, N, F, N},
     }},
    {"site_forms.html", kSite + "/boutique/produits",
     {
         {0, kSearch, "get", kUrlencoded, kSite + "/recherche", 1, false, false, 0, "", 0, N, N, N},
         {1, kSearch, "get", kUrlencoded, kSite + "/search", 1, false, false, 0, "", 0, N, N, N},
         {2, kSearch, "get", kUrlencoded, kSite + "/boutique/produits", 1, false, false, 0, "", 0, N, N, N},
         {3, kSearch, "get", kUrlencoded, kSite + "/suche", 1, false, false, 0, "", 0, N, N, N},
         {4, kSearch, "get", kUrlencoded, kSite + "/boutique/buscar", 1, false, false, 0, "", 0, N, N, N},
         {5, kLogin, "post", kUrlencoded, kSite + "/compte/connexion", 2, false, false, 0, "", 0, N, F, N},
         {6, kLogin, "post", kUrlencoded, kSite + "/login", 2, false, false, 2, "", 0, N, N, N},
         {7, kOther, "post", kUrlencoded, kSite + "/wp-comments-post.php", 3, true, true, 0, "", 0, F, F, N},
         {8, kOther, "post", kUrlencoded, kSite + "/boutique/panier/ajouter", 1, false, false, 0, "", 0, N, N, N},
         {9, kOther, "get", kUrlencoded, kSite + "/langue", 1, false, false, 0, "", 0, N, N, N},
         {10, kOther, "get", kUrlencoded, kSite + "/catalogue", 2, false, false, 0, "", 0, N, N, N},
         {11, kNews, "post", kUrlencoded, "https://lists.exemple.net/subscribe", 1, false, false, 0, "", 0, N, T, N},
         {12, kNews, "post", kUrlencoded, kSite + "/newsletter", 2, false, false, 0, "", 0, F, F, N},
         {13, kNews, "post", kUrlencoded, kSite + "/nieuwsbrief", 1, false, false, 1, "", 0, N, F, N},
         {14, kNews, "post", kUrlencoded, kSite + "/iscrizione", 1, false, false, 0, "", 0, N, F, N},
         {15, kNews, "post", kUrlencoded, kSite + "/boletin", 1, false, false, 0, "", 0, N, F, N},
     }},
    {"http_forms.html", "http://www.exemple.fr/contact/ecrire",
     {
         {0, kContact, "post", kUrlencoded, "http://mail.exemple.fr/cgi-bin/formmail.pl", 2, true, true, 0, "", 0, F, N, N},
         {1, kContact, "post", kUrlencoded, "http://www.exemple.fr/contact/ecrire", 2, true, true, 0, "", 0, N, F, N},
         {2, kContact, "post", "text/plain", "mailto:contact@exemple.fr", 2, true, true, 0, "", 0, F, N, N},
         {3, kContact, "get", kUrlencoded, "http://www.exemple.fr/envoyer.php", 2, false, false, 0, "", 0, F, N, F},
         {4, kOther, "post", kUrlencoded, "http://www.exemple.fr/deconnexion", 0, false, false, 0, "", 0, N, N, N},
     }},
    {"builders.html", kSite + "/contact",
     {
         {0, kContact, "post", kMultipart, kSite + "/contact/#gf_1", 4, true, true, 0, "", 3, T, T, T},
         {1, kContact, "post", kUrlencoded, kSite + "/contact/", 3, true, true, 0, "", 2, F, F, N},
         {2, kContact, "post", kUrlencoded, kSite + "/contact", 3, true, true, 0, "", 1, F, F, N},
         {3, kContact, "post", kUrlencoded, "https://formspree.io/f/xyzabcd", 2, true, true, 0, "", 0, N, T, N},
         {4, kContact, "post", kUrlencoded, kSite + "/contact", 3, true, true, 0, "", 0, T, T, N},
         {5, kContact, "post", kUrlencoded, kSite + "/enquiries", 3, false, true, 0, "", 0, T, N, T},
         {6, kContact, "post", kUrlencoded, kSite + "/callback", 3, false, false, 0, "", 1, F, N, F},
         {7, kContact, "post", kMultipart, kSite + "/carrieres/postuler", 4, true, true, 0, "", 0, F, F, N},
         {8, kOther, "get", kUrlencoded, kSite + "/magasins", 1, false, false, 0, "", 0, N, N, N},
     }},
};

std::string read_page(const std::string& name) {
  return joignable::testing::fixture_page("forms/" + name);
}

}  // namespace

TEST_CASE("forms on whole pages are classified and described field by field", "[extract]") {
  int cases = 0;
  for (const FormPage& fixture : kPages) {
    INFO(fixture.file);
    const auto page = extract::analyse_page(read_page(fixture.file), fixture.url, "FR");
    CHECK(page.contacts.forms.size() == fixture.forms.size());
    for (const FormCase& want : fixture.forms) {
      INFO("form " << want.index);
      ++cases;
      REQUIRE(static_cast<std::size_t>(want.index) < page.contacts.forms.size());
      const extract::FormInfo& form = page.contacts.forms[static_cast<std::size_t>(want.index)];
      CHECK(extract::to_string(form.kind) == extract::to_string(want.kind));
      CHECK(form.method == want.method);
      CHECK(form.enctype == want.enctype);
      CHECK(form.action == want.action);
      CHECK(form.fields == want.fields);
      CHECK(form.has_textarea == want.textarea);
      CHECK(form.has_free_text == want.free_text);
      CHECK(form.unlabelled_fields == want.unlabelled);
      CHECK(form.captcha_kind == want.captcha);
      CHECK(form.captcha == !want.captcha.empty());
      CHECK(form.required_fields == want.required);
      CHECK(form.autocomplete_name == want.name);
      CHECK(form.autocomplete_email == want.email);
      CHECK(form.autocomplete_tel == want.tel);
    }
  }
  CHECK(cases >= 40);
}
