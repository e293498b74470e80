#include "model/address_compare.h"

#include <algorithm>
#include <array>
#include <utility>

#include "extract/text_fold.h"

namespace joignable::model {
namespace {

// Abbreviations of street types and of words common in street names, folded, with the word
// they stand for. "st" is handled apart: Saint in French, Street last in English.
constexpr std::array<std::pair<std::string_view, std::string_view>, 32> kAbbreviations = {{
    {"all", "allee"},      {"av", "avenue"},      {"ave", "avenue"},   {"avn", "avenue"},
    {"bd", "boulevard"},   {"bld", "boulevard"},  {"blvd", "boulevard"}, {"boul", "boulevard"},
    {"bvd", "boulevard"},  {"ch", "chemin"},      {"chem", "chemin"},  {"crs", "cours"},
    {"fbg", "faubourg"},   {"fg", "faubourg"},    {"gal", "general"},  {"gd", "grand"},
    {"gde", "grande"},     {"imp", "impasse"},    {"ln", "lane"},      {"mal", "marechal"},
    {"mte", "montee"},     {"pass", "passage"},   {"pdt", "president"}, {"pl", "place"},
    {"prom", "promenade"}, {"qu", "quai"},        {"r", "rue"},        {"rd", "road"},
    {"res", "residence"},  {"rte", "route"},      {"sq", "square"},    {"ste", "sainte"},
}};

// Words a writer may keep or leave out without naming another street: "rue de la Paix".
constexpr std::array<std::string_view, 8> kArticles = {"d",  "de", "des", "du",
                                                       "l",  "la", "le", "les"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_digit(c) || (c >= 'a' && c <= 'z'); }

// The folded words of `street`: every byte that is not an ASCII letter or digit separates.
std::vector<std::string> words_of(std::string_view street) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : extract::fold(street)) {
    if (is_alnum(c)) {
      word += c;
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

bool all_digits(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), is_digit);
}

// "b" -> "bis": the letter after a house number ("12b") and the word ("12 bis") are one suffix.
std::string suffix_word(std::string_view suffix) {
  if (suffix == "b") return "bis";
  if (suffix == "t") return "ter";
  if (suffix == "q") return "quater";
  return std::string(suffix);
}

bool is_suffix_word(std::string_view word) {
  return word == "bis" || word == "ter" || word == "quater";
}

// Reads the house number at the front of `words`: digits ("42"), a range ("42-44" is two words
// by now), then a suffix ("12b", "12 bis"). Returns how many words it took.
std::size_t read_number(const std::vector<std::string>& words, std::string& number) {
  std::size_t used = 0;
  while (used < words.size() && all_digits(words[used])) {
    number += (number.empty() ? "" : "-") + words[used++];
  }
  if (used == 0 && !words.empty()) {
    // "12b": digits then a one-letter suffix in one word.
    const std::string& first = words.front();
    const auto letters = std::find_if_not(first.begin(), first.end(), is_digit);
    if (letters != first.begin() && first.end() - letters <= 6) {
      const std::string suffix(letters, first.end());
      if (suffix.size() == 1 || is_suffix_word(suffix)) {
        number = std::string(first.begin(), letters) + suffix_word(suffix);
        return 1;
      }
    }
    return 0;
  }
  if (used > 0 && used < words.size() && is_suffix_word(words[used])) number += words[used++];
  return used;
}

std::string expanded(const std::string& word, bool last) {
  if (word == "st") return last ? "street" : "saint";
  for (const auto& [abbreviation, full] : kAbbreviations) {
    if (word == abbreviation) return std::string(full);
  }
  return word;
}

// A postal code without its spaces, in lower case: "69 007" is 69007, "sw1a 1aa" SW1A 1AA.
std::string compact_code(std::string_view code) {
  std::string compact;
  for (const char c : extract::fold(code)) {
    if (is_alnum(c)) compact += c;
  }
  return compact;
}

}  // namespace

StreetKey street_key(std::string_view street) {
  const std::vector<std::string> words = words_of(street);
  StreetKey key;
  const std::size_t first = read_number(words, key.number);
  for (std::size_t i = first; i < words.size(); ++i) {
    if (std::find(kArticles.begin(), kArticles.end(), words[i]) != kArticles.end()) continue;
    // "St" ends an English street name only when something comes before it.
    const bool last = i + 1 == words.size() && i > first;
    if (!key.name.empty()) key.name += ' ';
    key.name += expanded(words[i], last);
  }
  return key;
}

std::string_view to_string(AddressPart part) {
  switch (part) {
    case AddressPart::postal_code:
      return "postal_code";
    case AddressPart::house_number:
      return "house_number";
    case AddressPart::street:
      return "street";
  }
  return "street";
}

std::vector<AddressPart> address_differences(const extract::PostalAddress& a,
                                             const extract::PostalAddress& b) {
  std::vector<AddressPart> parts;
  const auto differ = [](const std::string& x, const std::string& y) {
    return !x.empty() && !y.empty() && x != y;
  };
  if (differ(compact_code(a.postal_code), compact_code(b.postal_code))) {
    parts.push_back(AddressPart::postal_code);
  }
  const StreetKey key_a = street_key(a.street);
  const StreetKey key_b = street_key(b.street);
  if (differ(key_a.number, key_b.number)) parts.push_back(AddressPart::house_number);
  if (differ(key_a.name, key_b.name)) parts.push_back(AddressPart::street);
  return parts;
}

}  // namespace joignable::model
