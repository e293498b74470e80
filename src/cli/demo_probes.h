// The demo's form probes: what `probe` and `replies` would have stored had the fictional plumber
// been probed three days before the demo runs. The contact form was acknowledged at once and
// answered by a person after 31 hours (form.slow_reply); the quote form was never answered
// (form.unanswered). Dated from the demo's start so the report reads the same on any day.
#pragma once

#include <ctime>
#include <string>
#include <vector>

#include "probe/probe_record.h"

namespace joignable::cli {

// `site` is the demo server's home page URL, ending in '/'.
std::vector<probe::ProbeRecord> demo_probes(const std::string& site, std::time_t now);

}  // namespace joignable::cli
