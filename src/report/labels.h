// The fixed words of the human-readable reports (headings, column names, phone types...), in
// French and English. Rule texts come from the catalogue; these are the report's own. Keys are
// snake_case so a template can name them directly ({{t.top_fixes}}). A constant table; thread-safe.
#pragma once

#include <span>
#include <string_view>

namespace joignable::report {

struct Label {
  std::string_view key;
  std::string_view fr;
  std::string_view en;
};

// Every label, sorted by key.
std::span<const Label> all_labels();

// The label for key in lang ("en", else French). An unknown key is our bug: it asserts, and
// returns the key itself when assertions are off.
std::string_view label(std::string_view key, std::string_view lang);

}  // namespace joignable::report
