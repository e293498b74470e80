#include "model/call_hours.h"

#include <algorithm>
#include <set>

namespace joignable::model {
namespace {

bool published(const SiteModel& model, const std::string& e164) {
  if (e164.empty()) return false;
  const auto same = [&](const auto& phone) { return phone.e164 == e164; };
  if (std::any_of(model.phones.begin(), model.phones.end(), same)) return true;
  return std::any_of(model.listings.begin(), model.listings.end(),
                     [&](const listings::Listing& listing) {
                       return listing.read &&
                              std::any_of(listing.phones.begin(), listing.phones.end(), same);
                     });
}

}  // namespace

std::string call_source_name(const SiteHours& hours) {
  switch (hours.origin) {
    case extract::HoursOrigin::text:
      return "site";
    case extract::HoursOrigin::structured_data:
      return "structured_data";
    case extract::HoursOrigin::listing:
      return hours.source;
  }
  return hours.source;
}

void add_calls(SiteModel& model, const calls::CallLog& log) {
  for (const calls::Call& call : log.calls) {
    HeldCall held{call, published(model, call.e164), {}};
    if (held.published) {
      const int day = call.at.weekday;
      const int minute = call.at.local.hour * 60 + call.at.local.minute;
      std::set<std::string> named;
      for (const SiteHours& hours : model.hours) {
        if (!hours.hours.has_hours()) continue;
        // Two site pages with different hours are two sources: the second is named by its page.
        std::string name = call_source_name(hours);
        if (!named.insert(name).second) name += " " + hours.url;
        held.sources.push_back({std::move(name), extract::open_at(hours.hours, day, minute),
                                extract::format_day(hours.hours.weekly[day])});
      }
    }
    model.calls.push_back(std::move(held));
  }
}

}  // namespace joignable::model
