// A finding's stable key: what the finding is about, so that the same problem found by two runs
// of one target is recognised as the same (report.json `changes`, the store's history). The key
// names the subject, never the wording or the evidence: the broken URL, the phone's E.164, the
// form's page and action, the listing's name. URLs of the site are kept as their path, so a
// site whose port or scheme changes (the demo's server) keeps its keys. Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "rules/outcome.h"

namespace joignable::rules {

// The key of `finding`, raised by the rule `rule_id`, on the site whose home page is `site`.
// Site-wide findings (phone.missing, a soft 404 found with a random probe URL) have the key "".
std::string finding_key(std::string_view rule_id, const Finding& finding, std::string_view site);

}  // namespace joignable::rules
