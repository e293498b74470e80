// The Google Business Profile API Location resource: title, phoneNumbers (primaryPhone, then
// additionalPhones), storefrontAddress (a google.type.PostalAddress), regularHours.periods
// (openDay, openTime, closeDay, closeTime; a TimeOfDay's absent fields are 0 and closeTime may be
// 24:00), specialHours.specialHourPeriods as exceptions, openInfo.status and websiteUri.
#include <algorithm>
#include <array>
#include <map>
#include <optional>

#include "listings/kind_readers.h"
#include "listings/listing_json.h"
#include "listings/listing_values.h"

namespace joignable::listings {
namespace {

using extract::kDaysPerWeek;
using extract::kMinutesPerDay;

constexpr std::array<std::string_view, kDaysPerWeek> kDays = {
    "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"};

std::optional<int> day_at(const Json& period, std::string_view key) {
  const std::string name = string_at(period, key);
  const auto it = std::find(kDays.begin(), kDays.end(), name);
  if (it == kDays.end()) return std::nullopt;
  return static_cast<int>(it - kDays.begin());
}

// A TimeOfDay in minutes (absent fields are 0, "hours": 24 is the end of the day); nullopt when
// absent or out of range.
std::optional<int> minute_at(const Json& period, std::string_view key) {
  const Json* time = member(period, key);
  if (time == nullptr || !time->is_object()) return std::nullopt;
  const long long hours = int_at(*time, "hours").value_or(0);
  const long long minutes = int_at(*time, "minutes").value_or(0);
  if (hours < 0 || hours > 24 || minutes < 0 || minutes > 59) return std::nullopt;
  return static_cast<int>(hours * 60 + minutes);
}

void read_regular_hours(const Json& location, extract::OpeningHours& hours) {
  const Json* regular = member(location, "regularHours");
  const Json* periods = regular != nullptr ? array_at(*regular, "periods") : nullptr;
  if (periods == nullptr) return;
  for (const Json& period : *periods) {
    const auto open_day = day_at(period, "openDay");
    const auto open = minute_at(period, "openTime");
    const auto close_time = minute_at(period, "closeTime");
    if (!open_day || !open || (!close_time && member(period, "closeTime") != nullptr)) continue;
    const int close_day = day_at(period, "closeDay").value_or(*open_day);
    int close = (close_day - *open_day + kDaysPerWeek) % kDaysPerWeek * kMinutesPerDay +
                close_time.value_or(kMinutesPerDay);
    if (close <= *open) close += kMinutesPerDay;
    add_span(hours, *open_day, *open, close);
  }
}

std::string date_at(const Json& period, std::string_view key) {
  const Json* date = member(period, key);
  if (date == nullptr) return {};
  return date_text(int_at(*date, "year").value_or(0), int_at(*date, "month").value_or(0),
                   int_at(*date, "day").value_or(0));
}

// specialHourPeriods, one exception per date range, its periods together; `closed` ones give
// no interval.
void read_special_hours(const Json& location, extract::OpeningHours& hours) {
  const Json* special = member(location, "specialHours");
  const Json* periods = special != nullptr ? array_at(*special, "specialHourPeriods") : nullptr;
  if (periods == nullptr) return;
  std::map<std::string, extract::DayIntervals> by_date;
  std::vector<std::string> order;
  for (const Json& period : *periods) {
    const std::string start = date_at(period, "startDate");
    if (start.empty()) continue;
    const std::string end = date_at(period, "endDate");
    const std::string when = end.empty() || end == start ? start : start + ".." + end;
    if (by_date.count(when) == 0) order.push_back(when);
    extract::DayIntervals& intervals = by_date[when];
    const Json* closed = member(period, "closed");
    const auto open = minute_at(period, "openTime");
    if ((closed != nullptr && closed->is_boolean() && closed->get<bool>()) || !open) continue;
    int close = minute_at(period, "closeTime").value_or(kMinutesPerDay);
    if (close <= *open) close += kMinutesPerDay;
    intervals.push_back({*open, close});
  }
  for (const std::string& when : order) {
    extract::DayIntervals intervals = by_date[when];
    std::sort(intervals.begin(), intervals.end(),
              [](const auto& a, const auto& b) { return a.open < b.open; });
    hours.exceptions.push_back({when, std::move(intervals)});
  }
}

void read_address(const Json& location, const std::string& region, Listing& listing) {
  const Json* postal = member(location, "storefrontAddress");
  if (postal == nullptr) return;
  extract::PostalAddress address;
  if (const Json* lines = array_at(*postal, "addressLines")) {
    for (const Json& line : *lines) {
      if (!line.is_string() || line.get<std::string>().empty()) continue;
      if (!address.street.empty()) address.street += ", ";
      address.street += line.get<std::string>();
    }
  }
  address.postal_code = string_at(*postal, "postalCode");
  address.locality = string_at(*postal, "locality");
  address.country = string_at(*postal, "regionCode");
  if (address.country.empty()) address.country = region;
  set_address(listing, std::move(address));
}

}  // namespace

Result<void> read_google_business_profile(std::string_view text, const std::string& region,
                                          Listing& listing) {
  auto json = parse_json(text);
  if (!json) return tl::unexpected(json.error());
  const Json* location = item_of_answer(*json, "locations");
  if (location == nullptr) return make_error(Error::Code::input, "no location in the answer");
  if (!has_any(*location, {"title", "phoneNumbers", "storefrontAddress", "regularHours"})) {
    return make_error(Error::Code::input, "not a Business Profile location: no title, "
                                          "phoneNumbers, storefrontAddress or regularHours");
  }
  listing.title = string_at(*location, "title");
  if (const Json* phones = member(*location, "phoneNumbers")) {
    add_phone(listing, string_at(*phones, "primaryPhone"), region);
    if (const Json* more = array_at(*phones, "additionalPhones")) {
      for (const Json& phone : *more) {
        if (phone.is_string()) add_phone(listing, phone.get<std::string>(), region);
      }
    }
  }
  read_address(*location, region, listing);
  read_regular_hours(*location, listing.hours);
  read_special_hours(*location, listing.hours);
  if (const Json* open_info = member(*location, "openInfo")) {
    listing.business_status = string_at(*open_info, "status");
  }
  listing.website = string_at(*location, "websiteUri");
  return {};
}

}  // namespace joignable::listings
