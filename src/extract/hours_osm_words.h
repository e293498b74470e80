// The words an opening_hours value may hold, and what they stand for: OSM's own ("Mo", "PH",
// "off", "open"), and the ones opening_hours.js accepts after a correction it warns about: day
// names in English, German, French, Spanish, Russian, Georgian, Thai, Japanese and Arabic
// ("Montags", "lundi", "月曜日"), "daily", "täglich", "7j/7", "nonstop", "always", "public
// holidays", "geschlossen", range words ("to", "bis", "till", "à", "до"), "und", "Uhr", a leading
// "opening_hours=" or "Öffnungszeiten:", and a few comments written without quotes ("on
// appointment"). Internal to hours_osm.cpp. Pure function; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "extract/hours_osm_lexer.h"

namespace joignable::extract {

// Replaces the `word` tokens of `tokens` (and "24 hours") by what they stand for. False, and
// `error` set to a message naming the word and its position, on a word it does not know.
bool read_osm_words(std::vector<OsmToken>& tokens, std::string& error);

}  // namespace joignable::extract
