// report.pdf: the HTML report printed by headless Chromium, which reads the report's print style
// (A4, margins, the company and page numbers in the footer). Chromium runs once per call with a
// fresh temporary profile, no network and no GPU, and is stopped by its PID if it overruns.
// Thread-compatible: each call starts its own browser.
#pragma once

#include <filesystem>
#include <string>

#include "util/result.h"

namespace joignable::report {

// Prints `html` (a report.html on disk) to `pdf`. Fails with a one-line error naming the missing
// browser when Chromium is not installed, or saying how printing failed (exit status, timeout,
// no file written).
[[nodiscard]] Result<void> print_pdf(const std::filesystem::path& html,
                                     const std::filesystem::path& pdf);

}  // namespace joignable::report
