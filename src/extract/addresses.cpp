#include "extract/addresses.h"

#include <algorithm>
#include <optional>

#include "extract/text_fold.h"

namespace joignable::extract {
namespace {

// Street types, folded, each followed by a space in the text ("rue ", "av. ").
constexpr std::string_view kStreetTypes[] = {
    "rue",       "avenue",    "av.",        "bd",        "bld",      "boulevard", "place",
    "pl.",       "chemin",    "allee",      "impasse",   "quai",     "route",     "rte",
    "cours",     "square",    "passage",    "voie",      "rond-point", "faubourg", "fbg",
    "esplanade", "promenade", "sentier",    "lieu-dit",  "hameau",   "parvis",    "traverse",
    "montee",    "ruelle",    "cite",       "residence", "zone",     "za",        "zi",
    "zac",       "parc",      "domaine",    "villa",     "mail",     "galerie",
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_space(char c) { return c == ' '; }

// French postcodes: 01000-95999 (Corsica keeps 20xxx), and 97xxx/98xxx overseas.
bool plausible_postcode(std::string_view code) {
  const int department = (code[0] - '0') * 10 + (code[1] - '0');
  return (department >= 1 && department <= 95) || department == 97 || department == 98;
}

// Where a street starts in folded `text`: an optional house number ("12", "12 bis", "12-14,")
// then a street type and a space. npos when there is none.
std::size_t street_start(std::string_view folded) {
  for (std::string_view type : kStreetTypes) {
    for (std::size_t pos = folded.find(type); pos != std::string_view::npos;
         pos = folded.find(type, pos + 1)) {
      const std::size_t end = pos + type.size();
      const bool word_start = pos == 0 || folded[pos - 1] == ' ' || folded[pos - 1] == ',';
      if (!word_start || end >= folded.size() || folded[end] != ' ') continue;
      // Back over "12 bis, " to the house number, if there is one.
      std::size_t start = pos;
      std::size_t back = pos;
      while (back > 0 && (is_space(folded[back - 1]) || folded[back - 1] == ',')) --back;
      std::size_t word = back;
      while (word > 0 && folded[word - 1] != ' ') --word;
      const std::string_view previous = folded.substr(word, back - word);
      if (previous == "bis" || previous == "ter") {
        back = word;
        while (back > 0 && is_space(folded[back - 1])) --back;
        word = back;
        while (word > 0 && folded[word - 1] != ' ') --word;
      }
      if (word < back && is_digit(folded[word])) start = word;
      const bool numbered = start != pos;
      // An unnumbered street must start its line or follow a colon ("Siège : Place
      // Bellecour"), or "la place" in a sentence would be taken for an address.
      if (numbered || pos == 0 || (back > 0 && folded[back - 1] == ':')) return start;
    }
  }
  return std::string_view::npos;
}

struct PostcodeHit {
  std::size_t pos;  // of the five digits
  std::string code;
  std::string locality;
};

// `text` without spaces and separators at its end: ", - . | / – —".
std::string trim(std::string_view text) {
  const std::string collapsed = collapse_spaces(text);
  std::string_view out = collapsed;
  for (bool changed = true; changed && !out.empty();) {
    changed = false;
    for (std::string_view tail : {",", "-", ".", "|", "/", " ", "\u2013", "\u2014", "\u00b7"}) {
      if (out.ends_with(tail)) {
        out.remove_suffix(tail.size());
        changed = true;
      }
    }
  }
  return std::string(out);
}

// Whether `text` has "cedex" (any case) at `pos`; ASCII, so byte offsets stay those of `text`.
bool cedex_at(std::string_view text, std::size_t pos) {
  static constexpr std::string_view kCedex = "cedex";
  if (text.size() - pos < kCedex.size()) return false;
  for (std::size_t i = 0; i < kCedex.size(); ++i) {
    char c = text[pos + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != kCedex[i]) return false;
  }
  return true;
}

// The locality after a postcode: words up to a separator, a digit or "Cedex".
std::string locality_after(std::string_view line, std::size_t from) {
  std::string_view rest = line.substr(from);
  std::size_t end = rest.size();
  for (std::string_view stop : {",", " - ", " \u2013 ", " \u2014 ", "|", "\u00b7", "(", " Tel",
                                " T\u00e9l"}) {
    end = std::min(end, rest.find(stop));
  }
  for (std::size_t i = 0; i < end; ++i) {
    if (is_digit(rest[i]) || (i > 0 && rest[i - 1] == ' ' && cedex_at(rest, i))) end = i;
  }
  return trim(rest.substr(0, end));
}

// The first "NNNNN Locality" of `line`: five digits alone (no digit around), then a space and a
// letter.
std::optional<PostcodeHit> find_postcode(std::string_view line) {
  for (std::size_t i = 0; i + 6 < line.size(); ++i) {
    if (!is_digit(line[i]) || (i > 0 && is_digit(line[i - 1]))) continue;
    std::size_t digits = 0;
    while (i + digits < line.size() && is_digit(line[i + digits])) ++digits;
    if (digits != 5) {
      i += digits;
      continue;
    }
    const std::string_view code = line.substr(i, 5);
    if (line[i + 5] != ' ' || !plausible_postcode(code)) continue;
    std::string locality = locality_after(line, i + 6);
    if (locality.empty()) continue;
    const unsigned char first = static_cast<unsigned char>(locality[0]);
    if (!((first >= 'A' && first <= 'Z') || first >= 0xC3)) continue;  // "75008 Paris", "ÉVRY"
    return PostcodeHit{i, std::string(code), std::move(locality)};
  }
  return std::nullopt;
}

std::string street_key(std::string_view street) {
  std::string key;
  for (char c : fold(street)) {
    if ((c >= 'a' && c <= 'z') || is_digit(c)) key += c;
  }
  return key;
}

void add_unique(std::vector<PostalAddress>& addresses, PostalAddress address) {
  for (const PostalAddress& known : addresses) {
    if (same_address(known, address)) return;
  }
  addresses.push_back(std::move(address));
}

// The street in `text` (a line, or the part of a line before its postcode), or "".
std::string street_in(std::string_view text) {
  const std::string folded = fold(text);
  const std::size_t start = street_start(folded);
  if (start == std::string::npos) return {};
  // fold() keeps byte offsets for ASCII only; find the same word count in the original.
  std::size_t words = 0;
  for (std::size_t i = 0; i < start; ++i) words += folded[i] == ' ' ? 1 : 0;
  std::size_t pos = 0;
  for (std::size_t seen = 0; seen < words && pos < text.size(); ++pos) {
    if (text[pos] == ' ') ++seen;
  }
  return trim(text.substr(pos));
}

}  // namespace

bool same_address(const PostalAddress& a, const PostalAddress& b) {
  return a.postal_code == b.postal_code && street_key(a.street) == street_key(b.street);
}

std::vector<PostalAddress> find_addresses(std::string_view visible_text) {
  std::vector<PostalAddress> addresses;
  // The street may sit one or two lines above the postcode ("12 rue X" / "BP 45" / "69002 Lyon").
  std::string_view previous[2];
  while (!visible_text.empty()) {
    const std::size_t end = std::min(visible_text.find('\n'), visible_text.size());
    const std::string_view line = visible_text.substr(0, end);
    if (const auto hit = find_postcode(line)) {
      std::string street = street_in(line.substr(0, hit->pos));
      if (street.empty() && hit->pos == 0) street = street_in(previous[1]);
      if (street.empty() && hit->pos == 0 && !find_postcode(previous[1])) {
        street = street_in(previous[0]);
      }
      if (!street.empty() && street.size() <= 80) {
        add_unique(addresses, {std::move(street), hit->code, hit->locality, "FR"});
      }
    }
    previous[0] = previous[1];
    previous[1] = line;
    visible_text.remove_prefix(std::min(end + 1, visible_text.size()));
  }
  return addresses;
}

}  // namespace joignable::extract
