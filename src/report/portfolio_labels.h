// The fixed words of the portfolio index (batch, merge) and the comparison (compare), in French and
// English, kept apart from the audit report's labels.h. Keys are snake_case so templates name
// them directly ({{t.mean_score}}). A constant table; thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "report/labels.h"

namespace joignable::report {

// Every label, sorted by key.
std::span<const Label> portfolio_label_table();

// The label for key in lang ("en", else French). An unknown key is our bug: it asserts, and
// returns the key itself when assertions are off.
std::string_view portfolio_label(std::string_view key, std::string_view lang);

// "+3", "−2" (a real minus sign), "0", or "—" when there is nothing to compare with.
std::string signed_delta(const std::optional<int>& delta);

}  // namespace joignable::report
