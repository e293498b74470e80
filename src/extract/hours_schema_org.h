// Opening hours from schema.org structured data (structured_data.h): `openingHours` strings
// ("Mo-Fr 09:00-18:00", read as OSM, else as prose), `openingHoursSpecification` and
// `hoursAvailable` items (dayOfWeek as names or URLs, opens, closes), with validFrom /
// validThrough and `specialOpeningHoursSpecification` kept as exceptions. Pure functions;
// thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extract/opening_hours.h"
#include "extract/structured_data.h"

namespace joignable::extract {

struct StructuredHours {
  OpeningHours hours;    // has_hours() is true
  std::string evidence;  // the item's type and hours as written, bounded
};

struct StructuredHoursFindings {
  std::vector<StructuredHours> items;  // one per item that gives hours, in item order
  std::vector<std::string> unparsed;   // openingHours values and specifications not understood
};

// The hours of every item of `data` that has openingHours, openingHoursSpecification or
// hoursAvailable. Several openingHours values of one item add up (each is a rule of its own), as
// do several specifications for the same day. opens = closes = "00:00" means closed that day
// (Google's convention); "23:59" closing means midnight.
StructuredHoursFindings hours_from_structured_data(const StructuredData& data);

// The hours of schema.org openingHours values; nullopt when none is understood; values not
// understood are appended to `unparsed`.
std::optional<OpeningHours> parse_schema_opening_hours(const std::vector<std::string>& values,
                                                       std::vector<std::string>& unparsed);

}  // namespace joignable::extract
