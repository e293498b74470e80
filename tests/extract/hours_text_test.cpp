#include "extract/hours_text.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace extract = joignable::extract;

namespace {

struct TextCase {
  std::string text;  // lines separated by '\n', as visible_text() gives them
  std::string spec;  // to_spec() of all the hours found; "" when none must be found
};

std::string spec_of(const std::string& text) {
  const auto hours = extract::parse_hours_text(text);
  return hours ? extract::to_spec(*hours) : std::string();
}

void check_cases(const std::vector<TextCase>& cases) {
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(spec_of(c.text) == c.spec);
  }
}

}  // namespace

TEST_CASE("french sentences and short forms give weekly hours", "[extract][hours]") {
  check_cases({
      {"du lundi au vendredi de 9h à 12h et de 14h à 18h", "Mo-Fr 09:00-12:00,14:00-18:00"},
      {"Du lundi au vendredi de 9h00 à 18h00", "Mo-Fr 09:00-18:00"},
      {"Écrivez à atelier@garage.fr\nHoraires de l'atelier\nDu lundi au vendredi de 8h à 12h et de 13h30 à 18h30\n"
       "Le samedi de 8h à 12h",
       "Mo-Fr 08:00-12:00,13:30-18:30; Sa 08:00-12:00"},
      {"Lun-Ven : 8h30-12h30 / 13h30-17h30", "Mo-Fr 08:30-12:30,13:30-17:30"},
      {"Lun. - Ven. : 8h30 - 12h30 / 13h30 - 17h30", "Mo-Fr 08:30-12:30,13:30-17:30"},
      {"Mardi au samedi 9h30 – 19h", "Tu-Sa 09:30-19:00"},
      {"Du mardi au samedi de 9h30 à 19h. Fermé le lundi.", "Tu-Sa 09:30-19:00"},
      {"Ouvert du lundi au samedi, de 10h à 19h", "Mo-Sa 10:00-19:00"},
      {"Horaires : lundi-vendredi 9h-18h, samedi 9h-12h", "Mo-Fr 09:00-18:00; Sa 09:00-12:00"},
      {"Lundi : 14h-19h\nMardi au samedi : 9h-12h30 et 14h-19h",
       "Mo 14:00-19:00; Tu-Sa 09:00-12:30,14:00-19:00"},
      {"Lundi, mercredi et vendredi de 9h à 17h", "Mo,We,Fr 09:00-17:00"},
      {"Le samedi matin de 9h à 12h", "Sa 09:00-12:00"},
      {"7j/7 de 8h à 20h", "Mo-Su 08:00-20:00"},
      {"Ouvert 7j/7, 24h/24", "24/7"},
      {"24h/24 et 7j/7", "24/7"},
      {"Dépannage 24h/24", "24/7"},
      {"Ouvert 24 heures sur 24, 7 jours sur 7", "24/7"},
      {"Tous les jours de 11h à 23h", "Mo-Su 11:00-23:00"},
      {"Tous les jours sauf le lundi, de 10h à 18h", "Tu-Su 10:00-18:00"},
      {"Du lundi au samedi de 9h à 19h sans interruption", "Mo-Sa 09:00-19:00"},
      {"9h-18h du lundi au vendredi", "Mo-Fr 09:00-18:00"},
      {"De 9h à 18h du lundi au vendredi", "Mo-Fr 09:00-18:00"},
      {"Du lundi au vendredi entre 9h et 18h", "Mo-Fr 09:00-18:00"},
      {"Lundi au vendredi 8h-12h 13h30-17h", "Mo-Fr 08:00-12:00,13:30-17:00"},
      {"Du lundi au jeudi de 9h à 18h, le vendredi jusqu'à 17h", "Mo-Th 09:00-18:00"},
      {"Du mercredi au dimanche : 19h - 2h", "We-Su 19:00-02:00"},
      {"Vendredi et samedi de 22h à 5h", "Fr,Sa 22:00-05:00"},
      {"Du lundi au samedi 9h-19h\nLe mercredi : 9h-12h",
       "Mo,Tu,Th-Sa 09:00-19:00; We 09:00-12:00"},
      {"Lundi au vendredi de 9 h à 12 h et de 14 h à 18 h", "Mo-Fr 09:00-12:00,14:00-18:00"},
      {"Lundi au vendredi de 9 heures à 18 heures", "Mo-Fr 09:00-18:00"},
      {"Du lundi au vendredi de 9 à 18h", "Mo-Fr 09:00-18:00"},
      {"Du lundi au vendredi : 9:00 - 18:00", "Mo-Fr 09:00-18:00"},
      {"lundis, mardis : 10h-12h", "Mo,Tu 10:00-12:00"},
      {"Du vendredi au lundi de 10h à 18h", "Mo,Fr-Su 10:00-18:00"},
      {"En semaine de 8h à 19h, le week-end de 10h à 17h", "Mo-Fr 08:00-19:00; Sa,Su 10:00-17:00"},
      {"Accueil téléphonique du lundi au vendredi de 8h à 20h et le samedi de 9h à 17h",
       "Mo-Fr 08:00-20:00; Sa 09:00-17:00"},
      {"Notre équipe vous accueille du mardi au samedi de 9h30 à 19h", "Tu-Sa 09:30-19:00"},
      {"Fermé le dimanche et les jours fériés\nDu lundi au samedi de 9h à 19h",
       "Mo-Sa 09:00-19:00; PH off"},
      {"Lundi au Samedi : 9h-19h — Dimanche : fermé", "Mo-Sa 09:00-19:00"},
      {"LUNDI AU VENDREDI 9H-18H", "Mo-Fr 09:00-18:00"},
      {"Du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h 30",
       "Mo-Fr 08:30-12:00,13:30-17:30"},
      {"Du lundi au vendredi de 9h à midi", "Mo-Fr 09:00-12:00"},
      {"Horaires : Lundi - Vendredi : 9h00 - 12h00 | 14h00 - 18h00",
       "Mo-Fr 09:00-12:00,14:00-18:00"},
      {"Magasin ouvert du lundi au samedi de 9h30 à 12h30 et de 14h à 19h, le dimanche matin de 9h "
       "à 12h30.",
       "Mo-Sa 09:30-12:30,14:00-19:00; Su 09:00-12:30"},
      {"Ouverture : Mar. au Sam. 10h - 19h", "Tu-Sa 10:00-19:00"},
      {"Matin : 8h30 - 12h / Après-midi : 14h - 18h du lundi au vendredi",
       "Mo-Fr 08:30-12:00,14:00-18:00"},
      {"Samedi et dimanche : 10h00 à 19h00\nLundi au vendredi : 11h00 à 19h00",
       "Mo-Fr 11:00-19:00; Sa,Su 10:00-19:00"},
      {"Du lundi au samedi de 9h à 19h\nFermé le mercredi après-midi", "Mo-Sa 09:00-19:00"},
      {"Horaires d'été (juillet-août) : tous les jours 9h-20h", ""},
      {"Réservations au 01 23 45 67 89 de 9h à 18h", ""},
      {"Du vendredi au samedi de 20h à minuit", "Fr,Sa 20:00-24:00"},
      // A day that differs, written after the rest: it closes earlier (or later), no more.
      {"Ouvert 7j/7 de 7h à 21h, le dimanche jusqu'à 13h", "Mo-Sa 07:00-21:00; Su 07:00-13:00"},
      {"Du lundi au vendredi de 9h à 12h et de 14h à 18h, le vendredi jusqu'à 17h",
       "Mo-Th 09:00-12:00,14:00-18:00; Fr 09:00-12:00,14:00-17:00"},
      {"Du lundi au vendredi de 9h à 18h\nLe jeudi jusqu'à 20h",
       "Mo-We,Fr 09:00-18:00; Th 09:00-20:00"},
      {"Le dimanche jusqu'à 13h", ""},  // no opening time to keep: nothing guessed
  });
}

TEST_CASE("english sentences and short forms give weekly hours", "[extract][hours]") {
  check_cases({
      {"Mon–Fri 9am–5:30pm", "Mo-Fr 09:00-17:30"},
      {"Monday to Friday 9:00 AM - 5:00 PM", "Mo-Fr 09:00-17:00"},
      {"Monday to Friday 9:00 AM - 5:00 PM\nClosed Sundays", "Mo-Fr 09:00-17:00"},
      {"Mon-Fri: 8am-6pm, Sat: 9am-1pm", "Mo-Fr 08:00-18:00; Sa 09:00-13:00"},
      {"Monday through Friday, 8:30 a.m. to 5 p.m.", "Mo-Fr 08:30-17:00"},
      {"Mon - Sat 10am - 7pm", "Mo-Sa 10:00-19:00"},
      {"Open 7 days a week, 11am-10pm", "Mo-Su 11:00-22:00"},
      {"Open daily 9am to 6pm", "Mo-Su 09:00-18:00"},
      {"Weekdays 9-5", "Mo-Fr 09:00-17:00"},
      {"Mon-Fri 9-5pm", "Mo-Fr 09:00-17:00"},
      {"Tue-Sun 1-5pm", "Tu-Su 13:00-17:00"},
      {"Mon-Thu 9am-5pm, Fri 9am-4pm", "Mo-Th 09:00-17:00; Fr 09:00-16:00"},
      {"Open Monday-Saturday 10:00-18:00, Sunday 11:00-16:00", "Mo-Sa 10:00-18:00; Su 11:00-16:00"},
      {"Hours: Mon, Wed, Fri 9am - 1pm", "Mo,We,Fr 09:00-13:00"},
      {"Closed Monday afternoons\nMon-Sat 9am-6pm", "Mo-Sa 09:00-18:00"},
      {"Monday - Friday: 09:00 - 17:30", "Mo-Fr 09:00-17:30"},
      {"Saturday & Sunday 10am-4pm", "Sa,Su 10:00-16:00"},
      {"Open 24/7", "24/7"},
      {"Open 24 hours a day, every day", "24/7"},
      {"Monday to Saturday 9am to 5pm, closed on Sundays and public holidays",
       "Mo-Sa 09:00-17:00; PH off"},
      {"Thursdays 12pm-8pm", "Th 12:00-20:00"},
      {"Mon–Fri 9am–12pm and 1pm–5pm", "Mo-Fr 09:00-12:00,13:00-17:00"},
      {"Fri & Sat 6pm - 2am", "Fr,Sa 18:00-02:00"},
      // A 12-hour clock without am/pm: never 09:00 to 05:00 the next morning.
      {"Mon-Fri 9:00-5:00", "Mo-Fr 09:00-17:00"},
      {"Fri & Sat 22:00-6:00", "Fr,Sa 22:00-06:00"},
      {"Fri & Sat 18-2", "Fr,Sa 18:00-02:00"},
      {"Daily 8am-8pm, Sunday until 2pm", "Mo-Sa 08:00-20:00; Su 08:00-14:00"},
      {"Montag bis Samstag 9-18 Uhr, Samstag bis 13 Uhr", "Mo-Fr 09:00-18:00; Sa 09:00-13:00"},
      // A break written after the hours closes every day given hours then.
      {"Mo-Fr 8-18 Uhr, Mittagspause 12-13 Uhr", "Mo-Fr 08:00-12:00,13:00-18:00"},
      {"Du lundi au vendredi de 8h30 à 18h\nPause déjeuner de 12h à 13h30",
       "Mo-Fr 08:30-12:00,13:30-18:00"},
      {"Pause de 12h à 14h", ""},
      {"Mon-Fri 9am-5pm, lunch break 1-2pm", "Mo-Fr 09:00-13:00,14:00-17:00"},
  });
}

TEST_CASE("german, dutch, spanish and italian common forms give weekly hours", "[extract][hours]") {
  check_cases({
      {"Mo–Fr 8:00–18:00 Uhr", "Mo-Fr 08:00-18:00"},
      {"Montag bis Freitag 9:00 - 17:00 Uhr\nSamstag geschlossen", "Mo-Fr 09:00-17:00"},
      {"Öffnungszeiten: Di-Sa 10-18 Uhr", "Tu-Sa 10:00-18:00"},
      {"Mo, Mi, Fr 8:00-12:00", "Mo,We,Fr 08:00-12:00"},
      {"Mo–Fr 8:00–18:00 Uhr\nSa nach Vereinbarung", "Mo-Fr 08:00-18:00"},
      {"ma t/m vr 09:00 - 17:30\nza 10:00 - 17:00\nzo gesloten",
       "Mo-Fr 09:00-17:30; Sa 10:00-17:00"},
      {"maandag tot vrijdag 9:00 - 18:00", "Mo-Fr 09:00-18:00"},
      {"Lunes a viernes de 9:00 a 14:00 y de 17:00 a 20:00. Sábados de 10:00 a 14:00.",
       "Mo-Fr 09:00-14:00,17:00-20:00; Sa 10:00-14:00"},
      {"Horario: lunes a sábado de 10:00 a 20:00, domingo cerrado", "Mo-Sa 10:00-20:00"},
      {"Lun-Ven 9:00-13:00 / 15:30-19:30\nSabato 9:00-13:00\nDomenica chiuso",
       "Mo-Fr 09:00-13:00,15:30-19:30; Sa 09:00-13:00"},
      {"Dal lunedì al venerdì dalle 9 alle 18", "Mo-Fr 09:00-18:00"},
      // Two-letter days only next to a day or a time: these are words.
      {"So come by: 9am-5pm", ""},
      {"contact@exemple.fr 9h-18h", ""},
  });
}

TEST_CASE("dotted times are hours next to days or an hours word, prices and dates are not",
          "[extract][hours]") {
  check_cases({
      {"ma t/m vr 9.00-17.30", "Mo-Fr 09:00-17:30"},
      {"Openingstijden\nmaandag t/m vrijdag 9.00 - 17.30 uur\nzaterdag 10.00 - 16.00 uur\n"
       "zondag gesloten",
       "Mo-Fr 09:00-17:30; Sa 10:00-16:00"},
      {"ma t/m vr 9.00-17.30, za 10.00 tot 17.00", "Mo-Fr 09:00-17:30; Sa 10:00-17:00"},
      {"Maandag\n9.00 - 17.30\nDinsdag\n9.00 - 12.30 / 13.30 - 17.30",
       "Mo 09:00-17:30; Tu 09:00-12:30,13:30-17:30"},
      {"Mo-Fr 8.30-12.00 und 13.00-17.00 Uhr", "Mo-Fr 08:30-12:00,13:00-17:00"},
      // A currency makes them prices, whatever the line says; alone they are nothing.
      {"Prijs: 9.50 - 12.90 EUR", ""},
      {"Mo-Fr Mittagsmenü 9.50 - 12.90 €", ""},
      {"Knippen heren 17.50 - 22.50,-", ""},
      {"Score 9.00 - 17.30", ""},
      {"Stand: 05.10.2021 - 06.10.2021", ""},
      {"maandag 12.50 - 13.75", ""},  // 75 minutes: not a time
      {"Montag 9.00 Uhr", ""},        // a lone time
  });
}

TEST_CASE("a span on a 12-hour clock after a morning span ending at noon is the afternoon's",
          "[extract][hours]") {
  check_cases({
      {"Mon-Fri 8:30-12:00, 1:00-5:30", "Mo-Fr 08:30-12:00,13:00-17:30"},
      {"Monday to Friday 9:00-12:00 and 1:30-5:00", "Mo-Fr 09:00-12:00,13:30-17:00"},
      {"Mo-Fr 8-12, 2-6", "Mo-Fr 08:00-12:00,14:00-18:00"},
      // Written with "h", or after a span that does not end about noon: as written.
      {"Lun-Ven 8h-12h, 14h-18h", "Mo-Fr 08:00-12:00,14:00-18:00"},
      {"Mon-Fri 8:00-12:00, 12:30-4:30", "Mo-Fr 08:00-12:00,12:30-16:30"},
  });
}

TEST_CASE("a two-letter day before 'bis' or 'tot' is a day", "[extract][hours]") {
  check_cases({
      {"Mo-Sa 9-18 Uhr, Sa bis 13 Uhr", "Mo-Fr 09:00-18:00; Sa 09:00-13:00"},
      {"Mo-Fr 9-18 Uhr\nSa 9 bis 13 Uhr", "Mo-Fr 09:00-18:00; Sa 09:00-13:00"},
      {"Mo-Fr 8-18 Uhr, Sa bis 13 Uhr", "Mo-Fr 08:00-18:00"},  // no opening time guessed
      {"ma t/m za 9.00-18.00, za tot 17.00", "Mo-Fr 09:00-18:00; Sa 09:00-17:00"},
  });
}

TEST_CASE("tables and lists with a day per row", "[extract][hours]") {
  check_cases({
      {"Lundi\n9h - 12h\n14h - 18h\nMardi\n9h - 12h\n14h - 18h\nMercredi\nFermé",
       "Mo,Tu 09:00-12:00,14:00-18:00"},
      {"Lundi\nFermé\nMardi\n09:00 - 19:00\nMercredi\n09:00 - 19:00\nJeudi\n09:00 - 19:00\n"
       "Vendredi\n09:00 - 20:00\nSamedi\n09:00 - 18:00\nDimanche\nFermé",
       "Tu-Th 09:00-19:00; Fr 09:00-20:00; Sa 09:00-18:00"},
      {"Monday\n9:00 AM – 5:00 PM\nTuesday\n9:00 AM – 5:00 PM\nWednesday\nClosed",
       "Mo,Tu 09:00-17:00"},
      {"Lundi : 9h-18h\nMardi : 9h-18h\nMercredi : 9h-18h\nJeudi : 9h-18h\nVendredi : 9h-17h",
       "Mo-Th 09:00-18:00; Fr 09:00-17:00"},
      {"Lun\n8h-12h / 14h-18h\nSam\n8h-12h", "Mo 08:00-12:00,14:00-18:00; Sa 08:00-12:00"},
      // A "Fermé" cell ends its own row (Wednesday afternoon), not the next row's day.
      {"Mercredi\n8h30-12h30\nFermé\nJeudi\n8h30-12h30\n14h-19h",
       "We 08:30-12:30; Th 08:30-12:30,14:00-19:00"},
  });
}

TEST_CASE("closed days, exceptions and details", "[extract][hours]") {
  const auto hours = extract::parse_hours_text("Du mardi au samedi de 9h30 à 19h. Fermé le lundi.");
  REQUIRE(hours.has_value());
  CHECK(hours->closed[0]);
  CHECK_FALSE(hours->closed[1]);
  const auto sundays = extract::parse_hours_text("Mon-Sat 9am-6pm\nClosed Sundays");
  REQUIRE(sundays.has_value());
  CHECK(sundays->closed[6]);
  const auto holidays = extract::parse_hours_text("Lun-Ven 9h-18h, fermé les jours fériés");
  REQUIRE(holidays.has_value());
  CHECK(holidays->exceptions == std::vector<extract::HoursException>{{"PH", {}}});
  const auto outside =
      extract::parse_hours_text("Lundi au vendredi de 8h à 20h (hors jours fériés)");
  REQUIRE(outside.has_value());
  CHECK(extract::to_spec(*outside) == "Mo-Fr 08:00-20:00; PH off");
  const auto season =
      extract::find_hours_in_text("Horaires d'été (juillet-août) : tous les jours 9h-20h");
  CHECK(season.blocks.empty());
  CHECK(season.unparsed ==
        std::vector<std::string>{"Horaires d'été (juillet-août) : tous les jours 9h-20h"});
}

TEST_CASE("event times, breakfast, check-in, happy hours and appointments are not hours",
          "[extract][hours]") {
  check_cases({
      {"Petit-déjeuner servi tous les jours de 7h à 10h", ""},
      {"Breakfast served daily 7am-10am", ""},
      {"Check-in from 3pm to 10pm, every day", ""},
      {"Arrivée : 15h - 20h tous les jours", ""},
      {"Happy hour du lundi au vendredi de 17h à 19h", ""},
      {"Happy hour Mon-Fri 5-7pm", ""},
      {"Concert le samedi 12 mars de 20h à 23h", ""},
      {"Atelier cuisine tous les mercredis de 14h à 16h", ""},
      {"Ateliers : horaires du lundi au vendredi de 14h à 16h", ""},
      {"Samedi sur rendez-vous", ""},
      {"Sur rendez-vous du lundi au vendredi de 9h à 18h", ""},
      {"Du lundi au vendredi de 9h à 18h sur rendez-vous", ""},
      {"Consultations sur RDV le samedi de 9h à 12h", ""},
      {"Livraison du lundi au samedi de 8h à 12h", ""},
      {"Le marché de Noël ouvre le samedi 2 décembre à 10h", ""},
      {"Horaires : 9h - 18h", ""},
      {"Ouvert jusqu'à 19h", ""},
      {"Tél. : 01 42 68 53 00", ""},
      {"SIRET 412 345 678 00021 - RCS Paris", ""},
      {"Prix : 9.50 € - 12.90 €", ""},
      {"Lundi 12 - Mardi 13 : salon de l'habitat", ""},
      {"Livraison gratuite dès 50 €, expédition sous 24h", ""},
      {"Notre boutique du lundi", ""},
      // Times of an earlier line with no days are not every day's hours.
      {"9:00 - 17:30\n10:00 - 17:00\nzondag", ""},
      {"Du lundi au vendredi de 9h à 18h, samedi sur rendez-vous", "Mo-Fr 09:00-18:00"},
  });
}

TEST_CASE("a page's text gives one block per passage, and raw evidence", "[extract][hours]") {
  const std::string text =
      "Menuiserie Durand\n"
      "Horaires d'ouverture\n"
      "Du lundi au vendredi de 8h à 12h et de 14h à 18h\n"
      "Samedi de 9h à 12h\n"
      "Nos réalisations\n"
      "Showroom : lundi au samedi 10h-19h\n"
      "Contact\n"
      "Horaires : 9h - 18h\n"
      "Ouvert jusqu'à 19h le vendredi";
  const auto found = extract::find_hours_in_text(text);
  REQUIRE(found.blocks.size() == 2);
  CHECK(extract::to_spec(found.blocks[0].hours) == "Mo-Fr 08:00-12:00,14:00-18:00; Sa 09:00-12:00");
  CHECK(found.blocks[0].evidence ==
        "Du lundi au vendredi de 8h à 12h et de 14h à 18h | Samedi de 9h à 12h");
  CHECK(extract::to_spec(found.blocks[1].hours) == "Mo-Sa 10:00-19:00");
  CHECK(found.unparsed ==
        std::vector<std::string>{"Horaires : 9h - 18h", "Ouvert jusqu'à 19h le vendredi"});
}

TEST_CASE("hostile text is read in bounded time and never crashes", "[extract][hours]") {
  std::string long_line(100000, '9');
  CHECK(extract::find_hours_in_text(long_line).blocks.empty());
  std::string many_lines;
  for (int i = 0; i < 2000; ++i) many_lines += "Lundi\n9h-\n";
  CHECK(extract::find_hours_in_text(many_lines).blocks.empty());
  std::string evidence;
  for (int i = 0; i < 30; ++i) evidence += "Lundi 9h-18h mardi 9h-18h mercredi 9h-18h ";
  const auto found = extract::find_hours_in_text(evidence);
  REQUIRE(found.blocks.size() == 1);
  CHECK(found.blocks[0].evidence.size() <= extract::kHoursEvidenceBytes);
  CHECK(extract::find_hours_in_text("\xff\xfe 9h \xe2\x80").blocks.empty());
}
