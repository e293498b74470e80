// Edit distance between two words, for "did you mean" suggestions (as ninja's SpellcheckString).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace joignable::util {

// Levenshtein distance (insertions, deletions, substitutions all cost 1).
int edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, if it is within 3 edits (or a third of the word's length).
std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates);

// `message`, followed by " (did you mean 'X'?)" when a candidate is close to `word`.
std::string with_suggestion(std::string message, std::string_view word,
                            const std::vector<std::string>& candidates);

}  // namespace joignable::util
