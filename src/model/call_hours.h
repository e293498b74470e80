// Holds each call of the consultant's call log against what the company publishes: whether its
// number is one the site or a listing gives (E.164 equality), and what each source of hours
// (the site's text, its structured data, each listing, separately) said on the call's weekday
// at its local time. Computed once here and read by the rules and the report. Pure;
// thread-compatible.
#pragma once

#include <string>

#include "calls/call.h"
#include "model/site_model.h"

namespace joignable::model {

// How a source of hours is named in a call's open_according_to: "site" for the site's text,
// "structured_data" for its schema.org data, "listing:NAME" for a listing.
std::string call_source_name(const SiteHours& hours);

// Adds the log's calls to the model; call after add_listings, whose phones and hours count.
void add_calls(SiteModel& model, const calls::CallLog& log);

}  // namespace joignable::model
