#include "extract/forms.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/html_document.h"

namespace extract = joignable::extract;
using extract::FormInfo;
using extract::FormKind;

namespace {

const std::string kPage = "http://127.0.0.1:8080/contact";

std::vector<FormInfo> forms_of(const std::string& html) {
  const extract::HtmlDocument document(html);
  return extract::find_forms(document, kPage, kPage);
}

FormInfo only_form(const std::string& html) {
  const std::vector<FormInfo> forms = forms_of(html);
  REQUIRE(forms.size() == 1);
  return forms[0];
}

FormKind kind_of(const std::string& html) { return only_form(html).kind; }

}  // namespace

TEST_CASE("forms are classified by a documented rule", "[extract]") {
  SECTION("search") {
    CHECK(kind_of("<form role='search'><input name='terme'></form>") == FormKind::search);
    CHECK(kind_of("<div role='search'><form><input name='x'></form></div>") == FormKind::search);
    CHECK(kind_of("<search><form><input name='x'></form></search>") == FormKind::search);
    CHECK(kind_of("<form><input type='search' name='x'></form>") == FormKind::search);
    CHECK(kind_of("<form><input name='q'><button>OK</button></form>") == FormKind::search);
    CHECK(kind_of("<form><input type='text' name='s'></form>") == FormKind::search);
    CHECK(kind_of("<form><input name='recherche'></form>") == FormKind::search);
  }
  SECTION("login") {
    CHECK(kind_of("<form><input type='email' name='email'><input type='password' name='pw'>"
                  "</form>") == FormKind::login);
  }
  SECTION("newsletter") {
    CHECK(kind_of("<form class='newsletter'><input type='email' name='e'></form>") ==
          FormKind::newsletter);
    CHECK(kind_of("<form><input name='EMAIL'><input type='submit' value=\"S'inscrire\"></form>") ==
          FormKind::newsletter);
    CHECK(kind_of("<form><p>Abonnez-vous</p><input type='text' name='prenom'>"
                  "<input type='email' name='mail'></form>") == FormKind::newsletter);
    CHECK(kind_of("<form action='/subscribe'><input type='email' name='e'></form>") ==
          FormKind::newsletter);
  }
  SECTION("contact") {
    CHECK(kind_of("<form><textarea name='x'></textarea></form>") == FormKind::contact);
    CHECK(kind_of("<form><input name='nom'><input type='email' name='e'></form>") ==
          FormKind::contact);
    CHECK(kind_of("<form class='newsletter'><input type='email' name='e'>"
                  "<textarea name='m'></textarea></form>") == FormKind::contact);
  }
  SECTION("other") {
    CHECK(kind_of("<form><select name='langue'><option>fr</option></select></form>") ==
          FormKind::other);
    CHECK(kind_of("<form><input name='nom'></form>") == FormKind::other);
    CHECK(kind_of("<form><input type='email' name='e'></form>") == FormKind::other);
    CHECK(kind_of("<form></form>") == FormKind::other);
  }
}

TEST_CASE("buttons and hidden inputs are no fields", "[extract]") {
  const FormInfo form = only_form(
      "<form><input type='hidden' name='t'><input type='submit'><input type='button'>"
      "<input type='reset'><input type='image' src='x.png'><button>OK</button>"
      "<input name='nom' title='Nom'><input type='checkbox' name='c' aria-label='Accord'>"
      "<select name='s' title='Sujet'></select><textarea name='m' title='Message'></textarea>"
      "</form>");
  CHECK(form.fields == 4);
  CHECK(form.has_textarea);
  CHECK(form.unlabelled_fields == 0);
}

TEST_CASE("honeypot fields are not counted", "[extract]") {
  const FormInfo form = only_form(
      "<form><input name='nom' title='Nom'>"
      "<div style='display:none'><input name='a'></div>"
      "<p style='position: absolute; left: -9999px'><input name='b'></p>"
      "<div aria-hidden='true'><input name='website'></div>"
      "<div hidden><input name='url'></div>"
      "<input name='c' style='visibility:hidden'>"
      "<input name='d' tabindex='-1' autocomplete='off'>"
      "<input name='e' tabindex='-1' title='Visible'>"
      "</form>");
  CHECK(form.fields == 2);
  CHECK(form.unlabelled_fields == 0);
}

TEST_CASE("a form inside a hidden modal still counts its fields", "[extract]") {
  const FormInfo form =
      only_form("<div class='modal' style='display:none'><form method='post'>"
                "<label>Nom <input name='nom'></label><textarea name='message'></textarea>"
                "</form></div>");
  CHECK(form.kind == FormKind::contact);
  CHECK(form.fields == 2);
  CHECK(form.unlabelled_fields == 1);
}

TEST_CASE("a field is labelled by label, aria-label, aria-labelledby or title", "[extract]") {
  const FormInfo form = only_form(
      "<form><label for='a'>Nom</label><input id='a' name='a'>"
      "<label>Prénom <input name='b'></label>"
      "<input name='c' aria-label='Ville'>"
      "<span id='lbl'>Code postal</span><input name='d' aria-labelledby='lbl'>"
      "<input name='e' title='Pays'>"
      "<input name='f' placeholder='Votre e-mail'>"
      "<label for='autre'>Autre</label><input id='g' name='g'>"
      "<input name='h' aria-label='  '>"
      "</form>");
  CHECK(form.fields == 8);
  CHECK(form.unlabelled_fields == 3);
}

TEST_CASE("free text is a textarea or a text field that takes a message", "[extract]") {
  CHECK(only_form("<form><textarea name='x'></textarea></form>").has_free_text);
  CHECK(only_form("<form><input name='nom'><input name='message'></form>").has_free_text);
  CHECK(only_form("<form><input name='a'><label for='m'>Votre demande</label>"
                  "<input id='m' name='champ2'></form>")
            .has_free_text);
  CHECK(only_form("<form><input name='name'><input name='Nachricht'></form>").has_free_text);
  CHECK(only_form("<form><input name='nom'><input type='text' aria-label='Commentaire'></form>")
            .has_free_text);
  const FormInfo no_free_text = only_form(
      "<form><input name='nom'><input type='email' name='email'>"
      "<select name='demande'><option>Devis</option></select>"
      "<input type='checkbox' name='question' title='Question'></form>");
  CHECK(no_free_text.kind == FormKind::contact);
  CHECK_FALSE(no_free_text.has_free_text);
  CHECK_FALSE(no_free_text.has_textarea);
}

TEST_CASE("captchas are recognised by class, site key or script", "[extract]") {
  CHECK(only_form("<form><div class='g-recaptcha'></div></form>").captcha);
  CHECK(only_form("<form><div class='h-captcha' data-sitekey='k'></div></form>").captcha);
  CHECK(only_form("<form><div class='cf-turnstile'></div></form>").captcha);
  CHECK(only_form("<form><script src='https://js.hcaptcha.com/1/api.js'></script></form>")
            .captcha);
  CHECK_FALSE(only_form("<form><input name='q'></form>").captcha);
  const std::vector<FormInfo> forms = forms_of(
      "<script src='https://www.google.com/recaptcha/api.js?render=k'></script>"
      "<form method='post'><textarea></textarea></form><form><input name='q'></form>");
  REQUIRE(forms.size() == 2);
  CHECK(forms[0].captcha);
  CHECK_FALSE(forms[1].captcha);
}

TEST_CASE("action and method are normalised", "[extract]") {
  const extract::HtmlDocument document(
      "<form></form><form action=''></form><form action='envoyer' method='POST'></form>"
      "<form action='https://forms.example.net/f/1' method='put'></form>"
      "<form action='mailto:devis@acme.fr' method='post'></form>");
  const std::vector<FormInfo> forms =
      extract::find_forms(document, kPage, "http://127.0.0.1:8080/fr/");
  REQUIRE(forms.size() == 5);
  CHECK(forms[0].action == kPage);
  CHECK(forms[0].method == "get");
  CHECK(forms[1].action == kPage);
  CHECK(forms[2].action == "http://127.0.0.1:8080/fr/envoyer");
  CHECK(forms[2].method == "post");
  CHECK(forms[3].action == "https://forms.example.net/f/1");
  CHECK(forms[3].method == "get");
  CHECK(forms[4].action == "mailto:devis@acme.fr");
}

TEST_CASE("forms inside a template are inert and left out", "[extract]") {
  CHECK(forms_of("<template><form><textarea></textarea></form></template>").empty());
}
