// The Google Places API (New) Place resource: displayName, nationalPhoneNumber and
// internationalPhoneNumber, formattedAddress and addressComponents, regularOpeningHours (periods,
// else weekdayDescriptions), currentOpeningHours' specialDays as exceptions, businessStatus and
// websiteUri. Days are numbered from Sunday (0); a period without close is open 24 hours, and a
// lone one at Sunday 00:00 is Google's "always open".
#include <algorithm>
#include <optional>
#include <set>

#include "listings/kind_readers.h"
#include "listings/listing_json.h"
#include "listings/listing_values.h"

namespace joignable::listings {
namespace {

using extract::kDaysPerWeek;
using extract::kMinutesPerDay;

// One end of a period: a day (0 = Monday) and a minute of that day, with its date when given.
// Absent hour and minute are 0; a day, hour or minute out of range makes the end unusable.
struct Moment {
  int day = 0;
  int minute = 0;
  std::string date;
};

std::optional<Moment> moment_at(const Json& period, std::string_view key) {
  const Json* point = member(period, key);
  if (point == nullptr) return std::nullopt;
  const auto day = int_at(*point, "day");
  if (!day || *day < 0 || *day >= kDaysPerWeek) return std::nullopt;
  const long long hour = int_at(*point, "hour").value_or(0);
  const long long minute = int_at(*point, "minute").value_or(0);
  if (hour < 0 || hour > 24 || minute < 0 || minute > 59) return std::nullopt;
  Moment moment;
  moment.day = static_cast<int>((*day + kDaysPerWeek - 1) % kDaysPerWeek);
  moment.minute = static_cast<int>(hour * 60 + minute);
  if (const Json* date = member(*point, "date")) {
    moment.date = date_text(int_at(*date, "year").value_or(0), int_at(*date, "month").value_or(0),
                            int_at(*date, "day").value_or(0));
  }
  return moment;
}

// The minute, counted from the open day's midnight, at which a period closes.
int close_minute(const Moment& open, const std::optional<Moment>& close) {
  if (!close) return open.minute + kMinutesPerDay;
  int end = (close->day - open.day + kDaysPerWeek) % kDaysPerWeek * kMinutesPerDay + close->minute;
  if (end <= open.minute) end += kMinutesPerDay;
  return end;
}

// Adds the periods of an opening-hours object to the weekly table, but those of `skipped` dates.
bool add_periods(const Json& opening, const std::set<std::string>& skipped,
                 extract::OpeningHours& hours) {
  const Json* periods = array_at(opening, "periods");
  if (periods == nullptr || periods->empty()) return false;
  const auto first = moment_at(periods->front(), "open");
  if (periods->size() == 1 && first && first->day == 6 && first->minute == 0 &&
      !member(periods->front(), "close")) {
    for (int day = 0; day < kDaysPerWeek; ++day) add_span(hours, day, 0, kMinutesPerDay);
    return true;
  }
  for (const Json& period : *periods) {
    const auto open = moment_at(period, "open");
    if (!open || skipped.count(open->date) != 0) continue;
    add_span(hours, open->day, open->minute, close_minute(*open, moment_at(period, "close")));
  }
  return hours.has_hours();
}

std::string joined_descriptions(const Json& opening) {
  std::string text;
  if (const Json* lines = array_at(opening, "weekdayDescriptions")) {
    for (const Json& line : *lines) {
      if (line.is_string()) text += line.get<std::string>() + "\n";
    }
  }
  return text;
}

std::set<std::string> special_dates(const Json& place) {
  std::set<std::string> dates;
  for (const char* key : {"currentOpeningHours", "regularOpeningHours"}) {
    const Json* opening = member(place, key);
    const Json* days = opening != nullptr ? array_at(*opening, "specialDays") : nullptr;
    if (days == nullptr) continue;
    for (const Json& day : *days) {
      const Json* date = member(day, "date");
      if (date == nullptr) continue;
      const std::string text =
          date_text(int_at(*date, "year").value_or(0), int_at(*date, "month").value_or(0),
                    int_at(*date, "day").value_or(0));
      if (!text.empty()) dates.insert(text);
    }
  }
  return dates;
}

// Each special day, with the hours currentOpeningHours gives on that date (none: closed).
void add_special_days(const Json& place, const std::set<std::string>& dates,
                      extract::OpeningHours& hours) {
  const Json* current = member(place, "currentOpeningHours");
  const Json* periods = current != nullptr ? array_at(*current, "periods") : nullptr;
  for (const std::string& date : dates) {
    extract::HoursException exception{date, {}};
    for (std::size_t i = 0; periods != nullptr && i < periods->size(); ++i) {
      const auto open = moment_at((*periods)[i], "open");
      if (!open || open->date != date) continue;
      exception.intervals.push_back(
          {open->minute, close_minute(*open, moment_at((*periods)[i], "close"))});
    }
    std::sort(exception.intervals.begin(), exception.intervals.end(),
              [](const auto& a, const auto& b) { return a.open < b.open; });
    hours.exceptions.push_back(std::move(exception));
  }
}

// The weekly table from the first of: regular periods, regular weekdayDescriptions, current
// periods (special days left out), current weekdayDescriptions.
void read_hours(const Json& place, Listing& listing) {
  const std::set<std::string> dates = special_dates(place);
  const Json* regular = member(place, "regularOpeningHours");
  const Json* current = member(place, "currentOpeningHours");
  if (regular == nullptr || !add_periods(*regular, {}, listing.hours)) {
    std::string described = regular != nullptr ? joined_descriptions(*regular) : "";
    if (described.empty() && current != nullptr && !add_periods(*current, dates, listing.hours)) {
      described = joined_descriptions(*current);
    }
    read_hours_text(listing, described);
  }
  add_special_days(place, dates, listing.hours);
}

// The street line in the order the formatted address uses: "12 Rue X" or "Hauptstraße 12".
std::string street_of(const std::string& number, const std::string& route,
                      const std::string& formatted) {
  if (number.empty() || route.empty()) return route.empty() ? number : route;
  if (formatted.find(route + " " + number) != std::string::npos) return route + " " + number;
  return number + " " + route;
}

void read_address(const Json& place, const std::string& region, Listing& listing) {
  const std::string formatted = string_at(place, "formattedAddress");
  const Json* components = array_at(place, "addressComponents");
  if (components == nullptr) return read_address_text(listing, formatted, region);
  std::string number, route;
  extract::PostalAddress address;
  for (const Json& component : *components) {
    const Json* types = array_at(component, "types");
    const auto has_type = [&](std::string_view type) {
      return types != nullptr && std::any_of(types->begin(), types->end(), [&](const Json& t) {
               return t.is_string() && t.get_ref<const std::string&>() == type;
             });
    };
    const std::string text = string_at(component, "longText");
    if (has_type("street_number")) number = text;
    if (has_type("route")) route = text;
    if (has_type("postal_code")) address.postal_code = text;
    if (has_type("locality") || (has_type("postal_town") && address.locality.empty())) {
      address.locality = text;
    }
    if (has_type("country")) address.country = string_at(component, "shortText");
  }
  address.street = street_of(number, route, formatted);
  if (address.country.empty()) address.country = region;
  listing.address_text = formatted;
  set_address(listing, std::move(address));
}

}  // namespace

Result<void> read_google_places(std::string_view text, const std::string& region,
                                Listing& listing) {
  auto json = parse_json(text);
  if (!json) return tl::unexpected(json.error());
  const Json* place = item_of_answer(*json, "places");
  if (place == nullptr) return make_error(Error::Code::input, "no place in the answer");
  if (!has_any(*place, {"displayName", "formattedAddress", "nationalPhoneNumber",
                        "internationalPhoneNumber", "regularOpeningHours", "businessStatus"})) {
    return make_error(Error::Code::input,
                      "not a Google Places place: no displayName, phone, address or hours");
  }
  if (const Json* name = member(*place, "displayName")) listing.title = string_at(*name, "text");
  add_phone(listing, string_at(*place, "nationalPhoneNumber"), region);
  add_phone(listing, string_at(*place, "internationalPhoneNumber"), region);
  read_address(*place, region, listing);
  read_hours(*place, listing);
  listing.business_status = string_at(*place, "businessStatus");
  listing.website = string_at(*place, "websiteUri");
  return {};
}

}  // namespace joignable::listings
