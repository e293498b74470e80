// The words of opening hours written in prose, as tokens: days, times, "au", "to", "et", "fermé",
// "closed", "7j/7", "24h/24", "sauf"... French and English in full; German, Dutch, Spanish and
// Italian for their common forms ("Mo–Fr 8:00–18:00 Uhr", "ma t/m vr 09:00 - 17:30",
// "lunes a viernes de 9:00 a 14:00", "Lun-Ven 9:00-13:00"). Internal to the hours text parser
// (hours_text.cpp); the tables of words are in hours_text_lexer.cpp. Pure function; thread-safe.
#pragma once

#include <string_view>
#include <vector>

namespace joignable::extract {

enum class HoursTokenKind {
  day,          // value: 0 (Monday) .. 6
  short_day,    // a two-letter day ("Mo", "vr"); only while lexing: then a day or a word
  day_set,      // value: bit mask of days ("7j/7", "tous les jours", "weekdays", "week-end")
  time,         // value: minutes; meridiem tells am/pm when written
  number,       // value: a bare whole number 0..24 that may be an hour ("de 9 à 18h")
  all_day,      // "24h/24", "24 hours"; "24/7" gives day_set then all_day
  range,        // "-", "–", "au", "à", "to", "through"; value kUntil: "until", "jusqu'à", "bis"
  list,         // ",", "et", "and", "/", "&", "+"
  between,      // "entre", "between": "entre 9h et 18h" is a range
  closed,       // "fermé", "closed", "fermeture"
  pause,        // "pause", "Mittagspause", "middagpauze": the times after it are a break
  except,       // "sauf", "except", "hormis"
  holiday,      // "jours fériés", "public holidays"
  appointment,  // "rendez-vous", "rdv", "appointment": not opening hours
  excluded,     // event, breakfast, check-in, happy hour, delivery...: the line is not hours
  event_or_place,  // "atelier": a workshop event, unless the line says "horaires" (the garage's)
  month,        // a month name: with a number next to it, the line speaks of a date
  hours_word,   // "horaires", "ouvert", "opening", "hours": says the line is about hours
  part_of_day,  // "matin", "après-midi", "morning": "fermé le mercredi après-midi" is not a day
  word,         // anything else; value 1 when it is made of digits ("25", "75008")
};

enum class Meridiem { none, am, pm };

// The value of a range word that can also mean "until" ("le dimanche jusqu'à 13h").
inline constexpr int kUntil = 1;

struct HoursToken {
  HoursTokenKind kind = HoursTokenKind::word;
  int value = 0;
  Meridiem meridiem = Meridiem::none;
  bool unit = false;  // a time written with "h" or ":" (not a bare number)
  bool hour_mark = false;  // written with "h" ("9h", "18 heures"): a 24-hour clock, the French way
  bool dotted = false;     // written "9.00", without am/pm: a time only in context (see below)
};

// The tokens of one line of visible text. Filler words ("de", "du", "le", "from", "matin"...) and
// punctuation that carries no meaning (":", ".", parentheses) give no token.
//
// A dotted time without am/pm ("9.00-17.30", the Dutch and German way) is also how prices and
// dates are written, so it is a time (`dotted`) only in a range with another time written with
// minutes or after "until" ("tot 17.00"), and only on a line without a currency ("€", "EUR", "CHF", "£", "$", ",-"); else it
// is a word of digits. Whether the line is about hours at all (days, an hours word, "uur",
// "Uhr", or a table of hours around it) is for the reader to decide: see `hours_context`.
std::vector<HoursToken> lex_hours_line(std::string_view line);

// Whether the line says by itself that its times are hours: it names a day or a set of days, or
// holds an hours word ("openingstijden", "horaires"), or "uur" / "Uhr" follows a time.
bool hours_context(std::string_view line, const std::vector<HoursToken>& tokens);

}  // namespace joignable::extract
