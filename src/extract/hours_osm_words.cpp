#include "extract/hours_osm_words.h"

#include <array>
#include <string_view>

#include "extract/opening_hours.h"
#include "extract/text_fold.h"

namespace joignable::extract {
namespace {

using Kind = OsmKind;

enum class Meaning { day, every_day, always, holiday, off, open, unknown, dash, comma, month,
                     midnight, comment, silent };

struct Entry {
  std::string_view words;  // folded; a phrase's words are separated by one space
  Meaning meaning;
  int value = 0;                // day, holiday, month
  std::string_view comment{};  // for Meaning::comment
};

// Day names, Monday first, in the languages opening_hours.js corrects. German's two-letter
// abbreviations are here; French and Spanish ones are not: "di" and "do" would clash.
constexpr std::array<std::array<std::string_view, kDaysPerWeek>, 13> kDayNames = {{
    {"mo", "tu", "we", "th", "fr", "sa", "su"},
    {"mon", "tue", "wed", "thu", "fri", "sat", "sun"},
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"},
    {"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"},
    {"montags", "dienstags", "mittwochs", "donnerstags", "freitags", "samstags", "sonntags"},
    {"mo", "di", "mi", "do", "fr", "sa", "so"},
    {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"},
    {"lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"},
    {"понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"},
    {"ორშაბათი", "სამშაბათი", "ოთხშაბათი", "ხუთშაბათი", "პარასკევი", "შაბათი", "კვირა"},
    {"วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"},
    {"月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日"},
    {"الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"},
}};

constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                      "jul", "aug", "sep", "oct", "nov", "dec"};

constexpr std::array<Entry, 45> kWords = {{
    {"tues", Meaning::day, 1},
    {"thur", Meaning::day, 3},
    {"thurs", Meaning::day, 3},
    {"sonnabend", Meaning::day, 5},
    {"public holidays", Meaning::holiday, 0},
    {"public holiday", Meaning::holiday, 0},
    {"every day", Meaning::every_day},
    {"all days", Meaning::every_day},
    {"all day", Meaning::always},
    {"nach vereinbarung", Meaning::comment, 0, "Nach Vereinbarung"},
    {"on appointment", Meaning::comment, 0, "on appointment"},
    {"sur rendez vous", Meaning::comment, 0, "Sur rendez-vous"},
    {"ph", Meaning::holiday, 0},
    {"holiday", Meaning::holiday, 0},
    {"holidays", Meaning::holiday, 0},
    {"sh", Meaning::holiday, 1},
    {"daily", Meaning::every_day},
    {"everyday", Meaning::every_day},
    {"taglich", Meaning::every_day},
    {"7j/7", Meaning::every_day},
    {"7/7", Meaning::every_day},
    {"always", Meaning::always},
    {"nonstop", Meaning::always},
    {"anytime", Meaning::always},
    {"off", Meaning::off},
    {"closed", Meaning::off},
    {"geschlossen", Meaning::off},
    {"geschl", Meaning::off},
    {"open", Meaning::open},
    {"unknown", Meaning::unknown},
    {"midnight", Meaning::midnight},
    // Between two times or two days: "12:00 to 14:00", "Montags bis sonntags", "9 à 12".
    {"to", Meaning::dash},
    {"bis", Meaning::dash},
    {"till", Meaning::dash},
    {"til", Meaning::dash},
    {"until", Meaning::dash},
    {"through", Meaning::dash},
    {"a", Meaning::dash},  // à, á
    {"as", Meaning::dash},  // às, ás
    {"ate", Meaning::dash},  // até
    {"до", Meaning::dash},
    {"and", Meaning::comma},
    {"und", Meaning::comma},
    {"uhr", Meaning::silent},
    {"geoffnet", Meaning::silent},
}};

// The tokens, with each word folded once (lower case, no accents) for the look-ups.
class Words {
 public:
  explicit Words(const std::vector<OsmToken>& tokens) : tokens_(tokens) {
    for (const OsmToken& token : tokens) {
      folded_.push_back(token.kind == Kind::word ? fold(token.text) : std::string());
    }
  }

  bool is(std::size_t at, std::string_view word) const {
    return at < tokens_.size() && tokens_[at].kind == Kind::word && folded_[at] == word;
  }

  // The number of tokens from `at` that spell `words` (a dash may sit between two words:
  // "rendez-vous"), 0 when they do not.
  std::size_t phrase_length(std::size_t at, std::string_view words) const {
    std::size_t used = 0;
    while (true) {
      const std::size_t space = words.find(' ');
      if (used > 0 && at + used < tokens_.size() && tokens_[at + used].kind == Kind::dash) ++used;
      if (!is(at + used, words.substr(0, space))) return 0;
      ++used;
      if (space == std::string_view::npos) return used;
      words.remove_prefix(space + 1);
    }
  }

  // A leading "opening_hours=", "opening_hours =" or "Öffnungszeiten:": the tag key written
  // into its value, or a heading.
  std::size_t heading_length() const {
    if (phrase_length(0, "opening hours") == 2 && tokens_.size() > 2 &&
        tokens_[2].kind == Kind::dash && tokens_[2].text == "=") {
      return 3;
    }
    if (is(0, "offnungszeit") || is(0, "offnungszeiten")) {
      return tokens_.size() > 1 && tokens_[1].kind == Kind::colon ? 2 : 1;
    }
    return 0;
  }

  std::optional<Entry> lookup(std::size_t at, std::size_t& length) const {
    for (const Entry& entry : kWords) {
      if ((length = phrase_length(at, entry.words)) > 0) return entry;
    }
    length = 1;
    for (std::size_t row = 0; row < kDayNames.size(); ++row) {
      for (std::size_t day = 0; day < kDaysPerWeek; ++day) {
        if (is(at, kDayNames[row][day])) return Entry{"", Meaning::day, static_cast<int>(day)};
      }
    }
    for (std::size_t month = 0; month < kMonths.size(); ++month) {
      if (is(at, kMonths[month])) return Entry{"", Meaning::month, static_cast<int>(month)};
    }
    return std::nullopt;
  }

 private:
  const std::vector<OsmToken>& tokens_;
  std::vector<std::string> folded_;
};

void emit(const Entry& entry, const OsmToken& at, std::vector<OsmToken>& out) {
  auto token = [&](Kind kind, int value, std::string text = {}) {
    out.push_back({kind, value, text.empty() ? at.text : std::move(text), at.at});
  };
  switch (entry.meaning) {
    case Meaning::day: return token(Kind::day, entry.value);
    case Meaning::every_day:
      token(Kind::day, 0);
      token(Kind::dash, 0, "-");
      return token(Kind::day, kDaysPerWeek - 1);
    case Meaning::always: return token(Kind::always, 0);
    case Meaning::holiday: return token(Kind::holiday, entry.value);
    case Meaning::off: return token(Kind::off, 0);
    case Meaning::open: return token(Kind::open, 0);
    case Meaning::unknown: return token(Kind::unknown, 0);
    case Meaning::dash: return token(Kind::dash, 0);
    case Meaning::comma: return token(Kind::comma, 0);
    case Meaning::month: return token(Kind::month, entry.value);
    case Meaning::midnight: return token(Kind::time, 0);
    case Meaning::comment: return token(Kind::comment, 0, std::string(entry.comment));
    case Meaning::silent: return;
  }
}

}  // namespace

bool read_osm_words(std::vector<OsmToken>& tokens, std::string& error) {
  const Words words(tokens);
  std::vector<OsmToken> out;
  for (std::size_t i = words.heading_length(); i < tokens.size();) {
    const OsmToken& token = tokens[i];
    // "24 hours": all day.
    if (token.kind == Kind::number && token.value == 24 && words.is(i + 1, "hours")) {
      out.push_back({Kind::time, 0, token.text, token.at});
      out.push_back({Kind::dash, 0, "-", token.at});
      out.push_back({Kind::time, kMinutesPerDay, token.text, token.at});
      i += 2;
      continue;
    }
    if (token.kind != Kind::word) {
      out.push_back(token);
      ++i;
      continue;
    }
    std::size_t length = 1;
    const auto entry = words.lookup(i, length);
    if (!entry) {
      error = "opening_hours: unexpected '" + token.text.substr(0, kQuoted) + "' at " +
              std::to_string(token.at + 1);
      return false;
    }
    emit(*entry, token, out);
    i += length;
  }
  tokens = std::move(out);
  return true;
}

}  // namespace joignable::extract
