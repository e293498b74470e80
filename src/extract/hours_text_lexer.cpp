// The word tables are long by nature; the code that reads them is short.
#include "extract/hours_text_lexer.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "extract/text_fold.h"

namespace joignable::extract {
namespace {

using Kind = HoursTokenKind;

struct Word {
  std::string_view text;  // folded: lower case, no accents
  Kind kind;
  int value = 0;
};

constexpr int kWeekdays = 0b0011111;
constexpr int kWeekend = 0b1100000;
constexpr int kEveryDay = 0b1111111;

// Whole words, after folding. Plural day names ("lundis", "Sundays") are matched by dropping a
// final "s".
// clang-format off
constexpr Word kWords[] = {
    {"lundi", Kind::day, 0}, {"lun", Kind::day, 0}, {"monday", Kind::day, 0}, {"mon", Kind::day, 0},
    {"mardi", Kind::day, 1}, {"mar", Kind::day, 1}, {"tuesday", Kind::day, 1},
    {"tue", Kind::day, 1},
    {"tues", Kind::day, 1}, {"mercredi", Kind::day, 2}, {"mer", Kind::day, 2},
    {"merc", Kind::day, 2}, {"wednesday", Kind::day, 2}, {"wed", Kind::day, 2},
    {"jeudi", Kind::day, 3}, {"jeu", Kind::day, 3}, {"thursday", Kind::day, 3},
    {"thu", Kind::day, 3}, {"thur", Kind::day, 3}, {"thurs", Kind::day, 3},
    {"vendredi", Kind::day, 4}, {"ven", Kind::day, 4}, {"vend", Kind::day, 4},
    {"friday", Kind::day, 4}, {"fri", Kind::day, 4}, {"samedi", Kind::day, 5},
    {"sam", Kind::day, 5}, {"saturday", Kind::day, 5}, {"sat", Kind::day, 5},
    {"dimanche", Kind::day, 6}, {"dim", Kind::day, 6}, {"sunday", Kind::day, 6},
    {"sun", Kind::day, 6},
    // German, Dutch, Spanish, Italian (Italian short forms are the French ones: lun, mar, mer...).
    {"montag", Kind::day, 0}, {"dienstag", Kind::day, 1}, {"mittwoch", Kind::day, 2},
    {"donnerstag", Kind::day, 3}, {"freitag", Kind::day, 4}, {"samstag", Kind::day, 5},
    {"sonnabend", Kind::day, 5}, {"sonntag", Kind::day, 6},
    {"maandag", Kind::day, 0}, {"dinsdag", Kind::day, 1}, {"woensdag", Kind::day, 2},
    {"donderdag", Kind::day, 3}, {"vrijdag", Kind::day, 4}, {"zaterdag", Kind::day, 5},
    {"zondag", Kind::day, 6},
    {"lunes", Kind::day, 0}, {"martes", Kind::day, 1}, {"miercoles", Kind::day, 2},
    {"mie", Kind::day, 2}, {"jueves", Kind::day, 3}, {"jue", Kind::day, 3},
    {"viernes", Kind::day, 4}, {"vie", Kind::day, 4}, {"sabado", Kind::day, 5},
    {"sab", Kind::day, 5}, {"domingo", Kind::day, 6},
    {"lunedi", Kind::day, 0}, {"martedi", Kind::day, 1}, {"mercoledi", Kind::day, 2},
    {"giovedi", Kind::day, 3}, {"gio", Kind::day, 3}, {"venerdi", Kind::day, 4},
    {"sabato", Kind::day, 5}, {"domenica", Kind::day, 6},
    // Two-letter days (German Mo Di Mi Do Fr Sa So, Dutch ma di wo do vr za zo) are also common
    // words ("so", "do", "ma", "fr" of a domain): days only next to another day or a time.
    {"mo", Kind::short_day, 0}, {"ma", Kind::short_day, 0}, {"di", Kind::short_day, 1},
    {"mi", Kind::short_day, 2}, {"wo", Kind::short_day, 2}, {"do", Kind::short_day, 3},
    {"fr", Kind::short_day, 4}, {"vr", Kind::short_day, 4}, {"sa", Kind::short_day, 5},
    {"za", Kind::short_day, 5}, {"so", Kind::short_day, 6}, {"zo", Kind::short_day, 6},
    {"weekdays", Kind::day_set, kWeekdays}, {"semaine", Kind::day_set, kWeekdays},
    {"weekend", Kind::day_set, kWeekend}, {"week-end", Kind::day_set, kWeekend},
    {"weekends", Kind::day_set, kWeekend}, {"week-ends", Kind::day_set, kWeekend},
    {"daily", Kind::day_set, kEveryDay}, {"everyday", Kind::day_set, kEveryDay},
    {"au", Kind::range}, {"a", Kind::range}, {"to", Kind::range},
    {"till", Kind::range, kUntil}, {"til", Kind::range, kUntil}, {"until", Kind::range, kUntil},
    {"through", Kind::range}, {"thru", Kind::range}, {"jusqu", Kind::range, kUntil},
    {"bis", Kind::range, kUntil}, {"tot", Kind::range, kUntil},
    {"alle", Kind::range}, {"al", Kind::range},
    {"et", Kind::list}, {"and", Kind::list}, {"puis", Kind::list}, {"und", Kind::list},
    {"e", Kind::list}, {"y", Kind::list}, {"hasta", Kind::range},
    {"midi", Kind::time, 12 * 60}, {"noon", Kind::time, 12 * 60}, {"minuit", Kind::time, 0},
    {"midnight", Kind::time, 0},
    {"entre", Kind::between}, {"between", Kind::between},
    {"ferme", Kind::closed}, {"fermee", Kind::closed}, {"fermes", Kind::closed},
    {"fermees", Kind::closed}, {"fermeture", Kind::closed}, {"closed", Kind::closed},
    {"geschlossen", Kind::closed}, {"ruhetag", Kind::closed}, {"gesloten", Kind::closed},
    {"cerrado", Kind::closed}, {"cerrados", Kind::closed}, {"chiuso", Kind::closed},
    {"chiusi", Kind::closed},
    {"pause", Kind::pause}, {"mittagspause", Kind::pause}, {"mittagsruhe", Kind::pause},
    {"pauze", Kind::pause}, {"middagpauze", Kind::pause},
    {"sauf", Kind::except}, {"except", Kind::except}, {"excepte", Kind::except},
    {"hormis", Kind::except}, {"excluding", Kind::except}, {"hors", Kind::except},
    {"matin", Kind::part_of_day}, {"matins", Kind::part_of_day},
    {"morning", Kind::part_of_day}, {"mornings", Kind::part_of_day},
    {"apres-midi", Kind::part_of_day}, {"afternoon", Kind::part_of_day},
    {"afternoons", Kind::part_of_day}, {"soir", Kind::part_of_day},
    {"soirs", Kind::part_of_day}, {"evening", Kind::part_of_day},
    {"evenings", Kind::part_of_day},
    {"feries", Kind::holiday}, {"ferie", Kind::holiday}, {"holidays", Kind::holiday},
    {"holiday", Kind::holiday},
    {"rendez-vous", Kind::appointment}, {"rdv", Kind::appointment},
    {"appointment", Kind::appointment}, {"appointments", Kind::appointment},
    {"vereinbarung", Kind::appointment}, {"afspraak", Kind::appointment},
    {"cita", Kind::appointment}, {"appuntamento", Kind::appointment},
    {"horaires", Kind::hours_word}, {"horaire", Kind::hours_word}, {"ouvert", Kind::hours_word},
    {"ouverte", Kind::hours_word}, {"ouverts", Kind::hours_word}, {"ouverture", Kind::hours_word},
    {"open", Kind::hours_word}, {"opening", Kind::hours_word}, {"hours", Kind::hours_word},
    {"joignable", Kind::hours_word}, {"accueil", Kind::hours_word},
    {"offnungszeiten", Kind::hours_word}, {"sprechzeiten", Kind::hours_word},
    {"geoffnet", Kind::hours_word}, {"openingstijden", Kind::hours_word},
    {"geopend", Kind::hours_word}, {"horario", Kind::hours_word}, {"horarios", Kind::hours_word},
    {"abierto", Kind::hours_word}, {"orari", Kind::hours_word}, {"orario", Kind::hours_word},
    {"aperto", Kind::hours_word},
    {"petit-dejeuner", Kind::excluded}, {"petit-dejeuners", Kind::excluded},
    {"breakfast", Kind::excluded}, {"brunch", Kind::excluded}, {"check-in", Kind::excluded},
    {"check-out", Kind::excluded}, {"checkin", Kind::excluded}, {"checkout", Kind::excluded},
    {"arrivee", Kind::excluded}, {"arrivees", Kind::excluded}, {"depart", Kind::excluded},
    {"departs", Kind::excluded}, {"happy", Kind::excluded}, {"happy-hour", Kind::excluded},
    {"concert", Kind::excluded}, {"concerts", Kind::excluded}, {"spectacle", Kind::excluded},
    {"conference", Kind::excluded}, {"atelier", Kind::event_or_place}, {"ateliers", Kind::excluded},
    {"seance", Kind::excluded}, {"seances", Kind::excluded}, {"messe", Kind::excluded},
    {"soiree", Kind::excluded}, {"evenement", Kind::excluded}, {"event", Kind::excluded},
    {"events", Kind::excluded}, {"workshop", Kind::excluded}, {"webinar", Kind::excluded},
    {"webinaire", Kind::excluded}, {"livraison", Kind::excluded}, {"livraisons", Kind::excluded},
    {"delivery", Kind::excluded}, {"cours", Kind::excluded}, {"class", Kind::excluded},
    {"classes", Kind::excluded}, {"match", Kind::excluded}, {"dejeuner", Kind::excluded},
    {"diner", Kind::excluded}, {"lunch", Kind::excluded}, {"dinner", Kind::excluded},
    {"janvier", Kind::month}, {"fevrier", Kind::month}, {"mars", Kind::month},
    {"avril", Kind::month}, {"mai", Kind::month}, {"juin", Kind::month},
    {"juillet", Kind::month}, {"aout", Kind::month}, {"septembre", Kind::month},
    {"octobre", Kind::month}, {"novembre", Kind::month}, {"decembre", Kind::month},
    {"january", Kind::month}, {"february", Kind::month}, {"march", Kind::month},
    {"april", Kind::month}, {"may", Kind::month}, {"june", Kind::month}, {"july", Kind::month},
    {"august", Kind::month}, {"september", Kind::month}, {"october", Kind::month},
    {"november", Kind::month}, {"december", Kind::month},
};
// clang-format on

// Words that say nothing about when: they give no token, so they neither break nor join.
constexpr std::string_view kFillers[] = {
    "de",    "du",        "des",        "d",         "le",        "la",      "les", "l",
    "from",  "on",        "the",        "of",        "h",         "hrs",     "hr",  "jour",
    "jours", "day",       "days",       "inclus",    "inclusive", "compris", "uhr", "public",
    "bank",  "nous",      "sommes",     "we",        "are",       "est",     "is",  "also",
    "aussi", "egalement", "every",      "chaque",    "tous",      "toutes",  "all", "sur",
    "by",    "only",      "uniquement", "seulement", "non-stop",  "continu", "en",  "at",
    "pm",    "am",        "uur",        "von",       "van",       "dalle",   "dal", "ore",
    "las",   "desde",
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return c >= 'a' && c <= 'z'; }
// After folding, accented letters are ASCII: other bytes (quotes, dashes, symbols) separate.
bool is_word_char(char c) { return is_letter(c) || c == '-'; }

int digits_at(std::string_view text, std::size_t& i, int max_digits) {
  int value = 0;
  int count = 0;
  while (i < text.size() && is_digit(text[i]) && count < max_digits) {
    value = value * 10 + (text[i++] - '0');
    ++count;
  }
  return count == 0 ? -1 : value;
}

void skip_spaces(std::string_view text, std::size_t& i) {
  while (i < text.size() && text[i] == ' ') ++i;
}

// Phrases tried before single words, on the folded line, at a word start.
struct Phrase {
  std::string_view text;
  Kind kind;
  int value;
};
// clang-format off
constexpr Phrase kPhrases[] = {
    {"24/7", Kind::day_set, kEveryDay},  // followed by all_day, see below
    {"24h/24", Kind::all_day, 0}, {"24 h/24", Kind::all_day, 0}, {"24h / 24", Kind::all_day, 0},
    {"24/24", Kind::all_day, 0}, {"24 heures sur 24", Kind::all_day, 0},
    {"24h sur 24", Kind::all_day, 0}, {"24 h sur 24", Kind::all_day, 0},
    {"24 hours a day", Kind::all_day, 0}, {"24 hours", Kind::all_day, 0},
    {"24hrs", Kind::all_day, 0}, {"24 heures", Kind::all_day, 0},
    {"7j/7", Kind::day_set, kEveryDay}, {"7 j/7", Kind::day_set, kEveryDay},
    {"7j / 7", Kind::day_set, kEveryDay}, {"7/7", Kind::day_set, kEveryDay},
    {"7 jours sur 7", Kind::day_set, kEveryDay}, {"7 jours/7", Kind::day_set, kEveryDay},
    {"7jours/7", Kind::day_set, kEveryDay}, {"7 days a week", Kind::day_set, kEveryDay},
    {"seven days a week", Kind::day_set, kEveryDay}, {"tous les jours", Kind::day_set, kEveryDay},
    {"every day", Kind::day_set, kEveryDay}, {"en semaine", Kind::day_set, kWeekdays},
    {"t/m", Kind::range, 0},  // Dutch "tot en met": "ma t/m vr"
    {"happy hour", Kind::excluded, 0}, {"check in", Kind::excluded, 0},
    {"check out", Kind::excluded, 0}, {"petit dejeuner", Kind::excluded, 0},
    {"pause dejeuner", Kind::pause, 0}, {"pause du midi", Kind::pause, 0},
    {"pause midi", Kind::pause, 0}, {"lunch break", Kind::pause, 0},
};
// clang-format on

// A time at text[i]: "9h", "9h30", "09:00", "9 h 30", "9am", "5:30 pm", "9.30am"; a bare
// "9" is a number. Advances i past it on success.
bool time_at(std::string_view text, std::size_t& i, HoursToken& token) {
  std::size_t j = i;
  const int hours = digits_at(text, j, 2);
  if (hours < 0 || (j < text.size() && is_digit(text[j]))) return false;
  int minutes = 0;
  bool unit = false;
  bool hour_mark = false;
  bool dotted = false;
  std::size_t k = j;
  skip_spaces(text, k);
  // "8 h 30" may space its minutes; "12h 13h30" are two times.
  const bool spaced = k > j;
  const std::string_view at_k = text.substr(k);
  const bool h_alone = at_k.starts_with("h") && (k + 1 >= text.size() || !is_letter(text[k + 1]));
  if (h_alone || at_k.starts_with("heures") || at_k.starts_with("heure") ||
      at_k.starts_with("hrs")) {
    unit = hour_mark = true;
    j = k + (h_alone ? 1 : at_k.starts_with("heures") ? 6 : at_k.starts_with("heure") ? 5 : 3);
    std::size_t m = j;
    if (spaced) skip_spaces(text, m);
    const std::size_t before = m;
    const int mins = digits_at(text, m, 2);
    if (mins >= 0 && m - before == 2 &&
        (m >= text.size() || !(is_digit(text[m]) || text[m] == 'h'))) {
      minutes = mins;
      j = m;
    }
  } else if (j + 2 < text.size() && (text[j] == ':' || text[j] == '.') && is_digit(text[j + 1]) &&
             is_digit(text[j + 2]) && (j + 3 >= text.size() || !is_digit(text[j + 3]))) {
    const bool dot = text[j] == '.';
    // "05.10.2021" is a date, "1.234.567" a number.
    if (dot && j + 4 < text.size() && text[j + 3] == '.' && is_digit(text[j + 4])) return false;
    minutes = (text[j + 1] - '0') * 10 + (text[j + 2] - '0');
    std::size_t after = j + 3;
    skip_spaces(text, after);
    const bool meridiem_follows = text.substr(after, 2) == "am" || text.substr(after, 2) == "pm" ||
                                  text.substr(after, 4) == "a.m." ||
                                  text.substr(after, 4) == "p.m.";
    dotted = dot && !meridiem_follows;  // "9.50" may be a price: settled by its line
    unit = true;
    j += 3;
  }
  std::size_t after = j;
  skip_spaces(text, after);
  Meridiem meridiem = Meridiem::none;
  for (auto [mark, value] : {std::pair<std::string_view, Meridiem>{"a.m.", Meridiem::am},
                             {"p.m.", Meridiem::pm},
                             {"am", Meridiem::am},
                             {"pm", Meridiem::pm}}) {
    const std::size_t end = after + mark.size();
    if (text.substr(after, mark.size()) == mark && (end >= text.size() || !is_letter(text[end]))) {
      meridiem = value;
      j = end;
      break;
    }
  }
  if (minutes > 59 || hours > 24 || (meridiem != Meridiem::none && (hours == 0 || hours > 12))) {
    return false;
  }
  if (!unit && meridiem == Meridiem::none) {
    token = {Kind::number, hours, Meridiem::none, false, false};
  } else {
    int h = hours;
    if (meridiem == Meridiem::pm && h != 12) h += 12;
    if (meridiem == Meridiem::am && h == 12) h = 0;
    token = {Kind::time, h * 60 + minutes, meridiem, true, hour_mark, dotted};
  }
  i = j;
  return true;
}

// The tables as hash maps, built once: the lexer looks up every word of every short line of
// every page, and a linear search of ~170 words made it the costliest part of extraction.
struct WordIndex {
  std::unordered_map<std::string_view, const Word*> exact;  // first entry of each text
  std::unordered_map<std::string_view, const Word*> days;   // day names longer than 3 letters
  std::unordered_set<std::string_view> fillers;

  WordIndex() {
    for (const Word& entry : kWords) {
      exact.emplace(entry.text, &entry);
      if (entry.kind == Kind::day && entry.text.size() > 3) days.emplace(entry.text, &entry);
    }
    fillers.insert(std::begin(kFillers), std::end(kFillers));
  }
};

const WordIndex& word_index() {
  static const WordIndex index;
  return index;
}

bool is_filler(std::string_view word) { return word_index().fillers.contains(word); }

// Whether some phrase starts with byte `c`: most word starts begin none, and skip the table.
bool starts_a_phrase(char c) {
  static const std::array<bool, 256> starts = [] {
    std::array<bool, 256> table{};
    for (const Phrase& phrase : kPhrases) table[static_cast<unsigned char>(phrase.text[0])] = true;
    return table;
  }();
  return starts[static_cast<unsigned char>(c)];
}

const Word* find_word(std::string_view word) {
  const WordIndex& index = word_index();
  if (const auto found = index.exact.find(word); found != index.exact.end()) return found->second;
  // Plurals of day names: "lundis", "Sundays" (after exact words, so "mars" stays a month).
  if (word.size() > 4 && word.back() == 's') {
    const auto found = index.days.find(word.substr(0, word.size() - 1));
    if (found != index.days.end()) return found->second;
  }
  return nullptr;
}

// The word at text[i]: a hyphenated word when the tables know it ("week-end", "rendez-vous"),
// else only its letters, so that "lundi-vendredi" reads as a range.
std::string_view word_at(std::string_view text, std::size_t i) {
  std::size_t j = i;
  while (j < text.size() && is_word_char(text[j])) ++j;
  std::string_view word = text.substr(i, j - i);
  while (!word.empty() && word.back() == '-') word.remove_suffix(1);
  if (word.find('-') == std::string_view::npos || find_word(word) || is_filler(word)) return word;
  j = i;
  while (j < text.size() && is_letter(text[j])) ++j;
  return text.substr(i, j - i);
}

bool is_day_or_time(const HoursToken& token) {
  return token.kind == Kind::day || token.kind == Kind::day_set || token.kind == Kind::time ||
         token.kind == Kind::number;
}

// A two-letter day is a day when a range or list joins it to a day ("Mo-Fr", "ma t/m vr",
// "Di, Do 9-12"), or when it opens a phrase followed by a time, "closed" or "until" a time
// ("Sa 10:00", "zo gesloten", "Sa bis 13 Uhr"). Else it is the word it spells.
void resolve_short_days(std::vector<HoursToken>& tokens) {
  const auto joined_to_day = [&](std::size_t i, int step) {
    const std::size_t link = i + step, other = i + 2 * step;
    return other < tokens.size() && (tokens[link].kind == Kind::range ||
                                     tokens[link].kind == Kind::list) &&
           (tokens[other].kind == Kind::day || tokens[other].kind == Kind::day_set);
  };
  // "Sa bis 13 Uhr", "za tot 17.00": "until" and a time.
  const auto until_time_follows = [&](std::size_t i) {
    return i + 1 < tokens.size() && tokens[i].kind == Kind::range && tokens[i].value == kUntil &&
           (tokens[i + 1].kind == Kind::time || tokens[i + 1].kind == Kind::number);
  };
  for (bool changed = true; changed;) {  // "Mo, Mi, Fr 9-12" settles from the time leftwards
    changed = false;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].kind != Kind::short_day) continue;
      // Not after a word: "exemple.fr 9h-18h" is a domain name.
      const bool starts_phrase = i == 0 || tokens[i - 1].kind != Kind::word;
      const bool hours_follow =
          i + 1 < tokens.size() && tokens[i + 1].kind != Kind::day_set &&
          (is_day_or_time(tokens[i + 1]) || tokens[i + 1].kind == Kind::closed ||
           until_time_follows(i + 1));
      if ((starts_phrase && hours_follow) || joined_to_day(i, 1) || joined_to_day(i, -1)) {
        tokens[i].kind = Kind::day;
        changed = true;
      }
    }
  }
  for (HoursToken& token : tokens) {
    if (token.kind == Kind::short_day) token = {Kind::word, 0, Meridiem::none, false, false};
  }
}

// Whether folded `text` holds `word` as a whole word.
bool has_word(std::string_view text, std::string_view word) {
  for (std::size_t at = text.find(word); at != std::string_view::npos;
       at = text.find(word, at + 1)) {
    const std::size_t end = at + word.size();
    if ((at == 0 || !is_letter(text[at - 1])) && (end >= text.size() || !is_letter(text[end]))) {
      return true;
    }
  }
  return false;
}

// A currency on the line makes its dotted numbers prices: "9.50 € - 12.90 €", "EUR 12.50".
bool names_a_currency(std::string_view folded) {
  for (std::string_view sign : {"\xE2\x82\xAC", "\xC2\xA3", "$", ",-"}) {
    if (folded.find(sign) != std::string_view::npos) return true;
  }
  for (std::string_view code : {"eur", "euro", "euros", "chf", "usd", "gbp"}) {
    if (has_word(folded, code)) return true;
  }
  return false;
}

// A dotted time stays a time only in a range with another time written with its minutes
// ("9.00-17.30", "9.00 tot 17.30") or after "until" ("za tot 17.00"), on a line that names no
// currency; else it is digits.
void settle_dotted_times(std::vector<HoursToken>& tokens, std::string_view folded) {
  const bool any = std::any_of(tokens.begin(), tokens.end(),
                               [](const HoursToken& t) { return t.dotted; });
  if (!any) return;
  const bool prices = names_a_currency(folded);
  const auto timed = [&](std::size_t i) {
    return i < tokens.size() && tokens[i].kind == Kind::time && tokens[i].unit;
  };
  const auto range = [&](std::size_t i) { return i < tokens.size() && tokens[i].kind == Kind::range; };
  std::vector<bool> keep(tokens.size(), false);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].dotted || prices) continue;
    const bool until = i >= 1 && range(i - 1) && tokens[i - 1].value == kUntil;  // "tot 17.00"
    keep[i] = (range(i + 1) && timed(i + 2)) || (i >= 2 && range(i - 1) && timed(i - 2)) || until;
  }
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].dotted && !keep[i]) tokens[i] = {Kind::word, 1, Meridiem::none, false, false};
  }
}

}  // namespace

bool hours_context(std::string_view line, const std::vector<HoursToken>& tokens) {
  const bool named = std::any_of(tokens.begin(), tokens.end(), [](const HoursToken& t) {
    return t.kind == Kind::day || t.kind == Kind::day_set || t.kind == Kind::hours_word;
  });
  if (named) return true;
  const std::string folded = fold(line);
  return has_word(folded, "uur") || has_word(folded, "uhr");
}

std::vector<HoursToken> lex_hours_line(std::string_view line) {
  const std::string text = fold(line);
  std::vector<HoursToken> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    const bool word_start = i == 0 || !(is_letter(text[i - 1]) || is_digit(text[i - 1]));
    bool matched = false;
    if (word_start && starts_a_phrase(text[i])) {
      for (const Phrase& phrase : kPhrases) {
        if (phrase.text[0] != text[i] || text.compare(i, phrase.text.size(), phrase.text) != 0) {
          continue;
        }
        tokens.push_back({phrase.kind, phrase.value, Meridiem::none, false, false});
        if (phrase.text == "24/7") tokens.push_back({Kind::all_day, 0, Meridiem::none, false, false});
        i += phrase.text.size();
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const char c = text[i];
    HoursToken token;
    if (is_digit(c)) {
      if (word_start && time_at(text, i, token)) {
        tokens.push_back(token);
      } else {
        while (i < text.size() && (is_digit(text[i]) || is_letter(text[i]))) ++i;
        tokens.push_back({Kind::word, 1, Meridiem::none, false, false});  // value 1: digits
      }
      continue;
    }
    if (c >= 'a' && c <= 'z') {
      const std::string_view word = word_at(text, i);
      i += std::max<std::size_t>(word.size(), 1);
      if (is_filler(word)) continue;
      const Word* found = find_word(word);
      tokens.push_back(found ? HoursToken{found->kind, found->value, Meridiem::none, false, false}
                             : HoursToken{Kind::word, 0, Meridiem::none, false, false});
      continue;
    }
    const std::string_view rest = std::string_view(text).substr(i);
    if (c == '-' || rest.starts_with("\xE2\x80\x93") || rest.starts_with("\xE2\x80\x94") ||
        rest.starts_with("\xE2\x86\x92")) {
      tokens.push_back({Kind::range, 0, Meridiem::none, false, false});
      i += c == '-' ? 1 : 3;
      continue;
    }
    if (c == ',' || c == '/' || c == '&' || c == '+' || c == ';' || c == '|') {
      tokens.push_back({Kind::list, 0, Meridiem::none, false, false});
    }
    ++i;  // other punctuation and bytes of other scripts carry nothing
  }
  settle_dotted_times(tokens, text);
  resolve_short_days(tokens);
  return tokens;
}

}  // namespace joignable::extract
