#include "extract/form_controls.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/forms.h"
#include "extract/html_document.h"

namespace extract = joignable::extract;

namespace {

const std::string kPage = "http://127.0.0.1:8080/contact";

extract::FillableForm only_form(const std::string& html) {
  const extract::HtmlDocument document(html);
  auto forms = extract::find_fillable_forms(document, kPage, kPage);
  REQUIRE(forms.size() == 1);
  return forms[0];
}

const extract::FormControl& control(const extract::FillableForm& form, const std::string& name) {
  for (const auto& c : form.controls) {
    if (c.name == name) return c;
  }
  FAIL("no control named " << name);
  return form.controls.front();
}

}  // namespace

TEST_CASE("a form's named controls keep what filling them needs", "[extract]") {
  const auto form = only_form(
      "<label for='n'>Votre nom</label>"
      "<form method='POST' action='/envoi' enctype='multipart/form-data'>"
      "<input type='hidden' name='csrf' value='abc123'>"
      "<input id='n' name='nom' required>"
      "<label>E-mail <input type='email' name='courriel' aria-required='true'></label>"
      "<select name='motif'><option value=''>-- Choisissez --</option>"
      "<option value='x' disabled>X</option><option value='devis'>Devis</option>"
      "<option>Autre</option></select>"
      "<textarea name='message' placeholder='Votre demande'>Bonjour</textarea>"
      "<input type='checkbox' name='rgpd' required>"
      "<input type='checkbox' name='copie' checked>"
      "<input name='unnamed-is-skipped' disabled>"
      "<input>"
      "<button name='go' value='1'>Envoyer</button></form>");
  CHECK(form.info.kind == extract::FormKind::contact);
  CHECK(form.info.method == "post");
  CHECK(form.info.enctype == "multipart/form-data");
  CHECK(form.info.action == "http://127.0.0.1:8080/envoi");
  REQUIRE(form.controls.size() == 8);
  CHECK(control(form, "csrf").type == "hidden");
  CHECK(control(form, "csrf").value == "abc123");
  CHECK_FALSE(control(form, "csrf").honeypot);
  CHECK(control(form, "nom").label == "Votre nom");
  CHECK(control(form, "nom").required);
  CHECK(control(form, "nom").purpose == extract::FieldPurpose::name);
  CHECK(control(form, "courriel").label == "E-mail");
  CHECK(control(form, "courriel").required);
  CHECK(control(form, "courriel").purpose == extract::FieldPurpose::email);
  CHECK(control(form, "motif").options == std::vector<std::string>{"devis", "Autre"});
  CHECK(control(form, "motif").value == "devis");
  CHECK(control(form, "message").value == "Bonjour");
  CHECK(control(form, "message").label == "Votre demande");
  CHECK(control(form, "message").free_text);
  CHECK(control(form, "rgpd").required);
  CHECK_FALSE(control(form, "rgpd").checked);
  CHECK(control(form, "copie").checked);
  CHECK(control(form, "go").type == "submit");
  CHECK(control(form, "go").value == "1");
}

TEST_CASE("honeypots are told from the fields a person fills in", "[extract]") {
  const auto form = only_form(
      "<form method='post'><textarea name='message'></textarea>"
      "<div style='position:absolute;left:-5000px'><input name='site_web'></div>"
      "<input name='hp_email'>"
      "<label>Ne pas remplir <input name='x'></label>"
      "<input name='url' tabindex='-1' autocomplete='off'>"
      "<input type='hidden' name='token' value='t'>"
      "<input name='ville'></form>");
  CHECK(control(form, "site_web").honeypot);
  CHECK(control(form, "hp_email").honeypot);
  CHECK(control(form, "x").honeypot);
  CHECK(control(form, "url").honeypot);
  CHECK_FALSE(control(form, "token").honeypot);
  CHECK_FALSE(control(form, "ville").honeypot);
  CHECK_FALSE(control(form, "message").honeypot);
}

TEST_CASE("friendly captcha and a sum to work out count as captchas", "[extract]") {
  CHECK(only_form("<form method='post'><textarea name='m'></textarea>"
                  "<div class='frc-captcha' data-sitekey='k'></div></form>")
            .info.captcha_kind == "friendly-captcha");
  CHECK(only_form("<form method='post'><textarea name='m'></textarea>"
                  "<label for='q'>Combien font 3 + 4 ?</label><input id='q' name='q'></form>")
            .info.captcha_kind == "question");
  CHECK(only_form("<form method='post'><textarea name='m'></textarea>"
                  "<input name='antispam' placeholder='What is 2 x 5?'></form>")
            .info.captcha_kind == "question");
  const auto plain = only_form(
      "<form method='post'><textarea name='m'></textarea>"
      "<label for='c'>Code postal</label><input id='c' name='cp' value='75008'>"
      "<label for='q'>Quantité : 3 + options</label><input id='q' name='q'></form>");
  CHECK_FALSE(plain.info.captcha);
}
