#include "extract/page_analysis.h"
#include "support/fixtures.h"

#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

namespace extract = joignable::extract;
using extract::FormKind;
using extract::PageAnalysis;
using extract::PhoneType;
using joignable::crawl::LinkKind;

namespace {

const std::string kSite = "http://127.0.0.1:8080";

PageAnalysis analyse_fixture(const std::string& name, const std::string& url = kSite + "/") {
  return extract::analyse_page(joignable::testing::fixture_page(name), url, "FR");
}

std::vector<std::string> e164s(const PageAnalysis& analysis) {
  std::vector<std::string> numbers;
  for (const auto& phone : analysis.contacts.phones) numbers.push_back(phone.e164);
  return numbers;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("home page: header phone, footer contacts, legal numbers ignored", "[extract]") {
  const PageAnalysis page = analyse_fixture("home.html");
  CHECK(page.title == "Menuiserie Durand & Fils — Menuisier à Paris 8e");
  REQUIRE(e164s(page) == Strings{"+33142685300", "+33612345678"});
  const auto& standard = page.contacts.phones[0];
  CHECK(standard.display == "01 42 68 53 00");  // joined from <span>s and &nbsp;
  CHECK(standard.type == PhoneType::fixed_line);
  CHECK(standard.tel_link);
  CHECK_FALSE(standard.fax);
  CHECK(page.contacts.phones[1].type == PhoneType::mobile);
  CHECK_FALSE(page.contacts.phones[1].tel_link);
  CHECK(page.contacts.invalid_phones.empty());
  CHECK(page.contacts.emails == Strings{"contact@menuiserie-durand.fr"});
  REQUIRE(page.contacts.forms.size() == 2);
  CHECK(page.contacts.forms[0].kind == FormKind::search);
  CHECK(page.contacts.forms[0].action == kSite + "/recherche");
  CHECK(page.contacts.forms[1].kind == FormKind::newsletter);
  CHECK(page.contacts.forms[1].method == "post");
  CHECK(page.contacts.forms[1].fields == 1);
}

TEST_CASE("home page: links of every kind, hidden menus included", "[extract]") {
  const PageAnalysis page = analyse_fixture("home.html");
  REQUIRE(page.links.size() == 13);
  CHECK(page.links[0].kind == LinkKind::canonical);
  CHECK(page.links[0].url == "https://www.menuiserie-durand.fr/");
  CHECK(page.links[1].kind == LinkKind::alternate);
  CHECK(page.links[1].url == kSite + "/en/");
  CHECK(page.links[2].url == kSite + "/");
  CHECK(page.links[2].text == "Menuiserie Durand");
  CHECK(page.links[5].url == kSite + "/realisations/escaliers");
  CHECK(page.links[9].kind == LinkKind::form_action);
  CHECK(page.links[10].url == kSite + "/#realisations");
  CHECK(page.links[11].url == "https://lists.example.net/subscribe");
  CHECK(page.links[12].url == kSite + "/mentions-legales");
  CHECK(page.links[12].text == "Mentions légales");
}

TEST_CASE("contact page: fax, tél/fax, mailto with query and a captcha form", "[extract]") {
  const PageAnalysis page = analyse_fixture("contact.html", kSite + "/contact");
  REQUIRE(e164s(page) == Strings{"+33142685300", "+33142685301", "+33142685309",
                                 "+33142685302"});
  CHECK_FALSE(page.contacts.phones[0].fax);
  CHECK(page.contacts.phones[1].fax);
  CHECK_FALSE(page.contacts.phones[2].fax);
  CHECK(page.contacts.phones[3].fax);
  CHECK(page.contacts.emails ==
        Strings{"devis@menuiserie-durand.fr", "compta@menuiserie-durand.fr"});
  REQUIRE(page.contacts.forms.size() == 1);
  const extract::FormInfo& form = page.contacts.forms[0];
  CHECK(form.kind == FormKind::contact);
  CHECK(form.action == kSite + "/contact/envoyer");
  CHECK(form.method == "post");
  CHECK(form.fields == 6);  // nom, email, telephone, sujet, message, rgpd: not the honeypot
  CHECK(form.has_textarea);
  CHECK(form.has_free_text);
  CHECK(form.unlabelled_fields == 0);
  CHECK(form.captcha);
}

TEST_CASE("premium-rate, shared-cost and toll-free numbers are typed", "[extract]") {
  const PageAnalysis premium = analyse_fixture("premium_rate.html");
  REQUIRE(e164s(premium) == Strings{"+33892680123"});
  CHECK(premium.contacts.phones[0].type == PhoneType::premium_rate);
  CHECK(premium.contacts.phones[0].display == "0 892 68 01 23");
  CHECK(extract::is_surcharged(premium.contacts.phones[0].type));

  const PageAnalysis shared = analyse_fixture("shared_cost.html");
  REQUIRE(e164s(shared) == Strings{"+33820123456"});
  CHECK(shared.contacts.phones[0].type == PhoneType::shared_cost);
  CHECK(shared.contacts.phones[0].tel_link);
  CHECK(extract::is_surcharged(shared.contacts.phones[0].type));

  const PageAnalysis free = analyse_fixture("toll_free.html");
  REQUIRE(e164s(free) == Strings{"+33800123456", "+33142685300"});
  CHECK(free.contacts.phones[0].type == PhoneType::toll_free);
  CHECK_FALSE(extract::is_surcharged(free.contacts.phones[0].type));
  CHECK(free.contacts.phones[1].display == "+33 1 42 68 53 00");
}

TEST_CASE("tel: links whose text differs from their number", "[extract]") {
  const PageAnalysis page = analyse_fixture("tel_links.html");
  REQUIRE(e164s(page) == Strings{"+33142685300", "+33142685310", "+33612345678"});
  // Linked as TEL:%2B33..., shown as +33 (0)1...
  CHECK(page.contacts.phones[0].display == "+33 (0)1 42 68 53 00");
  CHECK(page.contacts.phones[0].tel_link);
  // Shown as 01 42 68 53 10 but the link dials ...00: the shown number has no link.
  CHECK_FALSE(page.contacts.phones[1].tel_link);
  // "Appelez-nous": only the link knows the number.
  CHECK(page.contacts.phones[2].display == "+33612345678");
  CHECK(page.contacts.phones[2].tel_link);
  REQUIRE(page.contacts.invalid_phones.size() == 2);
  CHECK(page.contacts.invalid_phones[0].raw == "tel:0142");
  CHECK(page.contacts.invalid_phones[0].from_tel_link);
  CHECK(page.contacts.invalid_phones[1].raw == "tel:");
}

TEST_CASE("hidden, scripted and commented-out contacts are ignored", "[extract]") {
  const PageAnalysis page = analyse_fixture("hidden_content.html");
  // The JSON-LD telephone is kept (issue 4: schema.org telephone), but marked as shown nowhere.
  // The aria-hidden span is read: it is kept from screen readers, not from sight (issue 13).
  REQUIRE(e164s(page) == Strings{"+33145236789", "+33145000004", "+33145000001"});
  CHECK(page.contacts.phones[0].visible);
  CHECK(page.contacts.phones[1].visible);
  CHECK_FALSE(page.contacts.phones[2].visible);
  CHECK(page.contacts.phones[2].structured_data);
  CHECK(page.contacts.invalid_phones.empty());
  CHECK(page.contacts.emails ==
        Strings{"spam@boulangerie-petit.fr", "bonjour@boulangerie-petit.fr"});
}

TEST_CASE("a footer panel kept aria-hidden until a button opens it is published",
          "[extract]") {
  const PageAnalysis page = analyse_fixture("footer_panel.html");
  REQUIRE(e164s(page) == Strings{"+33320456789"});
  CHECK(page.contacts.phones[0].tel_link);
  CHECK(page.contacts.phones[0].visible);
  // The comment and the template are never shown: their number and address are not read.
  CHECK(page.contacts.emails == Strings{"bonjour@fleurs-moreau.fr"});
  CHECK(page.contacts.help ==
        std::vector<extract::HelpMechanism>{extract::HelpMechanism::phone,
                                            extract::HelpMechanism::email});
}

TEST_CASE("a quote form with placeholders only has unlabelled fields", "[extract]") {
  const PageAnalysis page = analyse_fixture("quote_form.html", kSite + "/devis");
  REQUIRE(page.contacts.forms.size() == 1);
  const extract::FormInfo& form = page.contacts.forms[0];
  CHECK(form.kind == FormKind::contact);
  CHECK(form.action == "https://www.toitures-bernard.fr/devis/merci");
  CHECK(form.fields == 5);
  CHECK(form.unlabelled_fields == 5);
  CHECK(form.has_textarea);
  CHECK(form.has_free_text);
  CHECK_FALSE(form.captcha);
}

TEST_CASE("a login form is recognised", "[extract]") {
  const PageAnalysis page = analyse_fixture("login.html", kSite + "/compte/");
  REQUIRE(page.contacts.forms.size() == 1);
  const extract::FormInfo& form = page.contacts.forms[0];
  CHECK(form.kind == FormKind::login);
  CHECK(form.action == kSite + "/compte/login.php");
  CHECK(form.method == "post");
  CHECK(form.fields == 3);
  CHECK(form.unlabelled_fields == 0);
  REQUIRE(page.links.size() == 2);
  CHECK(page.links[1].url == kSite + "/compte/login.php?lost=1#reset");
}

TEST_CASE("legal notices with SIRET, VAT, IBAN and postcodes yield no phone", "[extract]") {
  const PageAnalysis page = analyse_fixture("legal.html");
  CHECK(page.contacts.phones.empty());
  CHECK(page.contacts.invalid_phones.empty());
  CHECK(page.contacts.emails.empty());
  CHECK(page.contacts.forms.empty());
}

TEST_CASE("the links fixture resolves against its base href", "[extract]") {
  const PageAnalysis page = analyse_fixture("links.html", kSite + "/aide/plan.html");
  Strings urls;
  for (const auto& link : page.links) urls.push_back(link.url);
  CHECK(urls == Strings{
                    kSite + "/fr/plan-du-site",
                    kSite + "/feed.xml",
                    kSite + "/fr/services/chauffage#tarifs",
                    kSite + "/contact?from=plan",
                    "http://cdn.example.net/brochure.pdf",
                    "https://partenaire.example.org/",
                    kSite + "/fr/#haut",
                    kSite + "/fr/agences/lyon",
                    "https://maps.example.com/embed?q=Paris",
                    kSite + "/fr/recherche",
                    kSite + "/aide/plan.html",
                });
  CHECK(page.links[2].text == "Chauffage et climatisation");
  CHECK(page.links[4].text == "Brochure PDF");
  CHECK(page.links[5].text == "Notre partenaire");
  CHECK(page.contacts.emails == Strings{"info@example.fr"});
  CHECK(e164s(page) == Strings{"+33142685300"});
}

TEST_CASE("garbage input gives an empty analysis, not a failure", "[extract]") {
  const PageAnalysis empty = extract::analyse_page("", kSite + "/", "FR");
  CHECK(empty.title.empty());
  CHECK(empty.links.empty());
  CHECK(empty.contacts.phones.empty());
  std::string binary;
  for (int i = 0; i < 20000; ++i) binary += static_cast<char>((i * 131) % 256);
  const PageAnalysis garbage = extract::analyse_page(binary, kSite + "/", "FR");
  CHECK(garbage.contacts.forms.empty());
}

TEST_CASE("pages can be analysed on several threads at once", "[extract]") {
  const std::vector<std::string> names = {"home.html", "contact.html", "tel_links.html",
                                          "quote_form.html"};
  std::vector<std::string> pages;
  std::vector<Strings> expected;
  for (const std::string& name : names) {
    pages.push_back(joignable::testing::fixture_page(name));
    expected.push_back(e164s(extract::analyse_page(pages.back(), kSite + "/", "FR")));
  }
  std::vector<std::vector<Strings>> results(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < results.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 5; ++round) {
        for (const std::string& html : pages) {
          results[t].push_back(e164s(extract::analyse_page(html, kSite + "/", "FR")));
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const auto& result : results) {
    REQUIRE(result.size() == 5 * pages.size());
    for (std::size_t i = 0; i < result.size(); ++i) CHECK(result[i] == expected[i % pages.size()]);
  }
}

TEST_CASE("anchors: every id and each <a name>, sorted and once each", "[extract]") {
  const PageAnalysis page = extract::analyse_page(
      "<html><body id='top'><h2 id='tarifs'>Tarifs</h2><a name='horaires'></a>"
      "<div id='tarifs'></div><span name='not-an-anchor'></span><p id=''></p>"
      "<template><div id='inert'></div></template><a href='#tarifs'>x</a></body></html>",
      kSite + "/", "FR");
  CHECK(page.anchors == Strings{"horaires", "tarifs", "top"});
}
