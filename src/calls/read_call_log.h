// The calls stage: reads the target's call log ([calls] file, a CSV with a header) into a
// CallLog, each call's time on the company's clocks ([calls] timezone). The columns are named by
// the header, in any order: when, number, outcome, wait_seconds, callback_promised, callback_at,
// note (README "Call log"). Thread-compatible.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "calls/call.h"
#include "target/target.h"
#include "util/result.h"

namespace joignable::calls {

// The target's call log; nullopt when it has none. A missing or unreadable file, a missing
// column or a bad value is an Error (Code::input) naming the file, the line and the column: the
// audit does not start on a log it would misread.
[[nodiscard]] Result<std::optional<CallLog>> read_call_log(const target::Target& target);

// The same, from the text of a log; `file` names it in errors.
[[nodiscard]] Result<CallLog> parse_call_log(std::string_view text, const std::string& file,
                                             const std::string& timezone,
                                             const std::string& region);

// "2026-03-31T15:30", with seconds or not, 'T' or a space, then nothing (the time on the zone's
// clocks), "Z" or an offset ("+02:00", "+0200"): the instant on the clocks of `timezone`.
// An error message (no location) when the text is not such a time or the zone's clocks skipped
// it (daylight saving); a time they showed twice is the first.
[[nodiscard]] tl::expected<util::ZonedTime, std::string> parse_when(std::string_view text,
                                                                    const std::string& timezone);

}  // namespace joignable::calls
