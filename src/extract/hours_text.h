// Opening hours written for people, in French or English: sentences ("du lundi au vendredi de 9h
// à 12h et de 14h à 18h", "Monday to Friday 9:00 AM - 5:00 PM"), short forms ("Lun-Ven : 8h30-12h30
// / 13h30-17h30", "Mon–Fri 9am–5:30pm"), closed days ("fermé le lundi", "Closed Sundays"), "7j/7",
// "24h/24", and tables or lists with a day per row, which visible_text() gives as one cell per
// line. Hand-written on a token table (hours_text_lexer.h). Pure functions; thread-safe.
//
// What is read: a *rule* is a set of days with the intervals given for them, in either order
// ("9h-18h du lundi au vendredi"); a *block* is a run of lines that each carry days, times or
// closed days; a line without any ends it. A day named again in a block takes its new hours, as
// in "du lundi au samedi 9h-19h, le mercredi 9h-12h". Times need days: "9h-18h" alone, or
// "ouvert jusqu'à 19h", is kept as raw evidence, never guessed; "24h/24" alone means every day.
// Not opening hours, and skipped: lines about events, breakfast, check-in, happy hours or
// deliveries, lines naming a date ("samedi 12 mars"), and days "sur rendez-vous".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/opening_hours.h"

namespace joignable::extract {

struct TextHoursBlock {
  OpeningHours hours;    // has_hours() is true
  std::string evidence;  // the block's lines joined by " | ", at most kHoursEvidenceBytes
};

struct TextHoursFindings {
  std::vector<TextHoursBlock> blocks;  // in text order
  // Hours-like lines (days or an hours word, with a time) that gave no hours: kept as written,
  // at most kMaxUnparsedHours, each at most kHoursEvidenceBytes.
  std::vector<std::string> unparsed;
};

inline constexpr std::size_t kHoursEvidenceBytes = 200;
inline constexpr std::size_t kMaxUnparsedHours = 10;

// The hours in a page's visible text (one block of the page per line, as visible_text() makes
// it).
TextHoursFindings find_hours_in_text(std::string_view visible_text);

// The hours of one passage (a schema.org openingHours string that is not OSM, a listing's
// text): all its blocks' rules together; nullopt when it gives no hours.
std::optional<OpeningHours> parse_hours_text(std::string_view text);

}  // namespace joignable::extract
