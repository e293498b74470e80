// Call logs for tests, written as the consultant writes them (CSV rows under the real header)
// and read by the real reader, in Europe/Paris for region FR. The phones and hours of the
// company they are held against come from model_builder.h. Thread-compatible.
#pragma once

#include <string>

#include "calls/call.h"
#include "model/site_model.h"

namespace joignable::testing {

// The company's number as its site publishes it, and one no source gives.
inline constexpr const char* kCompanyE164 = "+33142685300";
inline constexpr const char* kOtherNumber = "01 99 99 99 99";

// `rows` under the header when,number,outcome,wait_seconds,callback_promised,callback_at,note.
calls::CallLog call_log(const std::string& rows);

// Hours of one source from an OSM-style spec: the site's text ("site"), its structured data,
// or listing `listing` when given.
model::SiteHours site_hours(extract::HoursOrigin origin, const std::string& osm,
                            const std::string& listing = "");

}  // namespace joignable::testing
