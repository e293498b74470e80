#include "probe/fill.h"

#include <catch2/catch.hpp>

#include "extract/forms.h"
#include "extract/html_document.h"
#include "probe/message.h"

namespace joignable::probe {
namespace {

const std::string kPage = "http://127.0.0.1:8080/contact";

target::Target cabinet(const std::string& lang = "fr") {
  target::Target target;
  target.site = "http://127.0.0.1:8080/";
  target.lang = lang;
  target.probe.name = "Cabinet Martin";
  target.probe.email = "audit@cabinet.example";
  target.probe.phone = "01 23 45 67 89";
  return target;
}

FilledForm fill(const std::string& html, bool consent = false) {
  const extract::HtmlDocument document(html);
  const auto forms = extract::find_fillable_forms(document, kPage, kPage);
  REQUIRE(forms.size() == 1);
  return fill_form(forms[0], kPage, probe_words(cabinet(), "jgabcdefghjk"), consent);
}

std::string value_of(const FilledForm& form, const std::string& name) {
  for (const auto& field : form.fields) {
    if (field.name == name) return field.value;
  }
  return "<not sent>";
}

}  // namespace

TEST_CASE("the probe's words carry the token and say what the message is", "[probe]") {
  const ProbeWords fr = probe_words(cabinet(), "jgabcdefghjk");
  CHECK(fr.email == "audit+jgabcdefghjk@cabinet.example");
  CHECK(fr.subject == "Test de joignabilité jgabcdefghjk");
  CHECK(fr.message.find("test de joignabilité") != std::string::npos);
  CHECK(fr.message.find("répondre") != std::string::npos);
  CHECK(fr.message.find("jgabcdefghjk") != std::string::npos);
  CHECK(fr.message.find("Cabinet Martin") != std::string::npos);
  const ProbeWords en = probe_words(cabinet("en"), "jgabcdefghjk");
  CHECK(en.subject == "Reachability check jgabcdefghjk");
  CHECK(en.message.find("reply") != std::string::npos);
  target::Target custom = cabinet();
  custom.probe.email = "{token}.audit@cabinet.example";
  custom.probe.subject = "Question {token}";
  const ProbeWords mine = probe_words(custom, "jgabcdefghjk");
  CHECK(mine.email == "jgabcdefghjk.audit@cabinet.example");
  CHECK(mine.subject == "Question jgabcdefghjk");
}

TEST_CASE("a contact form is filled field by field as documented", "[probe]") {
  const FilledForm form = fill(
      "<form method='post' action='/send' enctype='multipart/form-data'>"
      "<input type='hidden' name='_token' value='csrf42'>"
      "<label for='p'>Prénom</label><input id='p' name='prenom'>"
      "<label for='n'>Nom</label><input id='n' name='nom'>"
      "<input type='email' name='mail'><input type='tel' name='tel'>"
      "<label for='s'>Objet</label><input id='s' name='objet'>"
      "<select name='motif'><option value=''>Choisir</option><option value='rdv'>RDV</option>"
      "</select>"
      "<input type='radio' name='civ' value='mme' required><input type='radio' name='civ' "
      "value='m'>"
      "<input type='checkbox' name='copie' value='1' checked>"
      "<input type='checkbox' name='pub' value='1'>"
      "<div style='display:none'><input name='website'></div>"
      "<textarea name='message'></textarea>"
      "<button name='action' value='send'>Envoyer</button><button name='other'>X</button>"
      "</form>");
  CHECK(form.blocked.empty());
  CHECK(form.method == "post");
  CHECK(form.enctype == "multipart/form-data");
  CHECK(form.action == "http://127.0.0.1:8080/send");
  CHECK(value_of(form, "_token") == "csrf42");
  CHECK(value_of(form, "prenom") == "Cabinet");
  CHECK(value_of(form, "nom") == "Cabinet Martin");
  CHECK(value_of(form, "mail") == "audit+jgabcdefghjk@cabinet.example");
  CHECK(value_of(form, "tel") == "01 23 45 67 89");
  CHECK(value_of(form, "objet") == "Test de joignabilité jgabcdefghjk");
  CHECK(value_of(form, "motif") == "rdv");
  CHECK(value_of(form, "civ") == "mme");
  CHECK(value_of(form, "copie") == "1");
  CHECK(value_of(form, "pub") == "<not sent>");
  CHECK(value_of(form, "website").empty());
  CHECK(value_of(form, "message").find("jgabcdefghjk") != std::string::npos);
  CHECK(value_of(form, "action") == "send");
  CHECK(value_of(form, "other") == "<not sent>");
}

TEST_CASE("a required consent box is ticked only with [probe] consent", "[probe]") {
  const std::string html =
      "<form method='post'><textarea name='message'></textarea>"
      "<label><input type='checkbox' name='rgpd' required> J'accepte</label></form>";
  const FilledForm refused = fill(html, false);
  CHECK(refused.blocked.starts_with("consent:"));
  CHECK(refused.blocked.find("J'accepte") != std::string::npos);
  const FilledForm accepted = fill(html, true);
  CHECK(accepted.blocked.empty());
  CHECK(value_of(accepted, "rgpd") == "on");
}

TEST_CASE("a form behind a captcha is marked and never meant to be sent", "[probe]") {
  CHECK(fill("<form method='post'><textarea name='m'></textarea>"
             "<div class='h-captcha' data-sitekey='x'></div></form>")
            .blocked == "captcha: hcaptcha");
  CHECK(fill("<form method='post'><textarea name='m'></textarea>"
             "<div class='cf-turnstile' data-sitekey='x'></div></form>")
            .blocked == "captcha: turnstile");
  CHECK(fill("<form method='post'><textarea name='m'></textarea>"
             "<label for='q'>Combien font 3 + 4 ?</label><input id='q' name='q'></form>")
            .blocked == "captcha: question");
}

}  // namespace joignable::probe
