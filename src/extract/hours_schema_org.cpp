#include "extract/hours_schema_org.h"

#include <array>
#include <optional>

#include "extract/hours_osm.h"
#include "extract/hours_text.h"

namespace joignable::extract {
namespace {

constexpr std::array<std::string_view, kDaysPerWeek> kSchemaDays = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
constexpr std::string_view kGoodRelations = "http://purl.org/goodrelations/v1#";

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// "Monday", "https://schema.org/Monday", "gr:Monday"; -1 for PublicHolidays, -2 when unknown.
int schema_day(std::string_view value) {
  std::string_view name = schema_org_name(trim(value));
  if (name.starts_with(kGoodRelations)) name = name.substr(kGoodRelations.size());
  if (name.starts_with("gr:")) name = name.substr(3);
  for (std::size_t d = 0; d < kDaysPerWeek; ++d) {
    if (name == kSchemaDays[d] || name == kDayNames[d]) return static_cast<int>(d);
  }
  return name == "PublicHolidays" ? -1 : -2;
}

// "08:30", "8:30", "08:30:00", "08:30:00+01:00": minutes; nullopt otherwise.
std::optional<int> schema_time(std::string_view value) {
  value = trim(value);
  const std::size_t colon = value.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 2 || colon + 3 > value.size()) {
    return std::nullopt;
  }
  int hours = 0;
  for (char c : value.substr(0, colon)) {
    if (c < '0' || c > '9') return std::nullopt;
    hours = hours * 10 + (c - '0');
  }
  const char m1 = value[colon + 1];
  const char m2 = value[colon + 2];
  if (m1 < '0' || m1 > '5' || m2 < '0' || m2 > '9' || hours > 24) return std::nullopt;
  return hours * 60 + (m1 - '0') * 10 + (m2 - '0');
}

std::vector<std::string> texts_of(const StructuredItem& item, std::string_view property) {
  std::vector<std::string> out;
  for (const StructuredValue& value : item.values(property)) {
    if (!value.item) out.push_back(value.text);
  }
  return out;
}

std::string first_text(const StructuredItem& item, std::string_view property) {
  const auto texts = texts_of(item, property);
  return texts.empty() ? std::string() : std::string(trim(texts.front()));
}

std::string describe(const StructuredItem& spec) {
  std::string out;
  for (const auto& day : texts_of(spec, "dayOfWeek"))
    out += std::string(schema_org_name(day)) + " ";
  return out + first_text(spec, "opens") + "-" + first_text(spec, "closes");
}

// Adds one OpeningHoursSpecification to `hours`; false when it cannot be read.
bool add_specification(const StructuredItem& spec, bool special, OpeningHours& hours) {
  const auto opens = schema_time(first_text(spec, "opens"));
  const auto closes = schema_time(first_text(spec, "closes"));
  if (!opens || !closes) return false;
  DayIntervals intervals;
  // 00:00-00:00 is how schema.org writers (Google's guide) say "closed".
  if (!(*opens == 0 && *closes == 0)) {
    intervals.push_back({*opens, *closes <= *opens ? *closes + kMinutesPerDay : *closes});
  }
  std::vector<int> days;
  bool holidays = false;
  for (const std::string& text : texts_of(spec, "dayOfWeek")) {
    const int day = schema_day(text);
    if (day == -2) return false;
    if (day == -1)
      holidays = true;
    else
      days.push_back(day);
  }
  const std::string from = first_text(spec, "validFrom");
  const std::string through = first_text(spec, "validThrough");
  if (special || !from.empty() || !through.empty()) {
    std::string when = from + ".." + through;
    for (int day : days) when += " " + std::string(kDayNames[static_cast<std::size_t>(day)]);
    hours.exceptions.push_back({when, intervals});
    return true;
  }
  if (holidays) hours.exceptions.push_back({"PH", intervals});
  if (days.empty()) return holidays;
  for (int day : days) {
    if (intervals.empty()) {
      hours.closed[static_cast<std::size_t>(day)] =
          hours.weekly[static_cast<std::size_t>(day)].empty();
      continue;
    }
    add_interval(hours, day, intervals.front());
  }
  return true;
}

void add_all(const OpeningHours& from, OpeningHours& to) {
  for (std::size_t d = 0; d < kDaysPerWeek; ++d) {
    for (const TimeInterval& interval : from.weekly[d])
      add_interval(to, static_cast<int>(d), interval);
    to.closed[d] = to.closed[d] || from.closed[d];
  }
  to.exceptions.insert(to.exceptions.end(), from.exceptions.begin(), from.exceptions.end());
  to.comments.insert(to.comments.end(), from.comments.begin(), from.comments.end());
}

void add_specifications(const StructuredData& data, const StructuredItem& item,
                        std::string_view property, bool special, OpeningHours& hours,
                        std::vector<std::string>& unparsed) {
  for (const StructuredValue& value : item.values(property)) {
    if (!value.item) {
      unparsed.push_back(value.text);
      continue;
    }
    const StructuredItem& spec = data.items[*value.item];
    if (!add_specification(spec, special, hours)) unparsed.push_back(describe(spec));
  }
}

}  // namespace

std::optional<OpeningHours> parse_schema_opening_hours(const std::vector<std::string>& values,
                                                       std::vector<std::string>& unparsed) {
  OpeningHours hours;
  bool understood = false;
  for (const std::string& value : values) {
    if (trim(value).empty()) continue;
    if (auto osm = parse_osm_hours(value)) {
      add_all(*osm, hours);
      understood = true;
    } else if (written_in_osm_syntax(value)) {
      unparsed.push_back(value);  // OSM refused for what it says: prose would half-read it
    } else if (auto text = parse_hours_text(value)) {
      add_all(*text, hours);
      understood = true;
    } else {
      unparsed.push_back(value);
    }
  }
  if (!understood) return std::nullopt;
  return hours;
}

StructuredHoursFindings hours_from_structured_data(const StructuredData& data) {
  StructuredHoursFindings found;
  for (const StructuredItem& item : data.items) {
    const auto strings = texts_of(item, "openingHours");
    const bool has_specs =
        !item.values("openingHoursSpecification").empty() || !item.values("hoursAvailable").empty();
    if (strings.empty() && !has_specs) continue;
    OpeningHours hours;
    if (auto from_strings = parse_schema_opening_hours(strings, found.unparsed)) {
      add_all(*from_strings, hours);
    }
    add_specifications(data, item, "openingHoursSpecification", false, hours, found.unparsed);
    add_specifications(data, item, "hoursAvailable", false, hours, found.unparsed);
    add_specifications(data, item, "specialOpeningHoursSpecification", true, hours, found.unparsed);
    if (!hours.has_hours()) continue;
    const std::string type = item.types.empty() ? std::string("Thing") : item.types.front();
    found.items.push_back({hours, type + ": " + to_spec(hours)});
  }
  return found;
}

}  // namespace joignable::extract
