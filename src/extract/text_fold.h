// Small text helpers shared by the extract files: folding for keyword matching and white-space
// clean-up, on UTF-8 strings. Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

namespace joignable::extract {

// `text` for keyword matching: ASCII letters in lower case, accented Latin letters reduced to
// their base letter ("Télécopie" -> "telecopie", "Œ" -> "oe"); other bytes are kept.
std::string fold(std::string_view text);

// Whether folded `text` contains any of `keywords` (given folded).
bool contains_any(std::string_view text, std::initializer_list<std::string_view> keywords);

// The byte length of the white space (ASCII or Unicode: no-break, thin, ideographic...) or
// invisible character (zero-width space, soft hyphen, BOM) at text[pos], 0 when there is none;
// `invisible` tells which of the two it is.
std::size_t space_at(std::string_view text, std::size_t pos, bool& invisible);

// `text` with white-space runs replaced by one ASCII space, invisible characters removed and
// both ends trimmed.
std::string collapse_spaces(std::string_view text);

}  // namespace joignable::extract
