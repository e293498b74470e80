#include "report/values.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <utility>

#include "extract/hours_osm.h"
#include "report/labels.h"
#include "rules/message.h"

namespace joignable::report {
namespace {

enum class Kind {
  text, number, phone_number, list, phone_type, status, business_status, hours, hours_source, help_order, days,
  address_parts, shown_as, listing_kind, form_kind, problem, date_time, missing_help,
  date, clock_time, day_hours, call_outcome, call_source, address_kind,
};

bool ends_with(std::string_view text, std::string_view end) {
  return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

// The table of values.h, in code.
Kind kind_of(std::string_view name) {
  static constexpr std::pair<std::string_view, Kind> kExact[] = {
      {"type", Kind::phone_type},        {"status", Kind::status},
      {"business_status", Kind::business_status}, {"spec", Kind::hours},
      {"source_a", Kind::hours_source},  {"source_b", Kind::hours_source},
      {"days", Kind::days},              {"parts", Kind::address_parts},
      {"shown_as", Kind::shown_as},      {"kind", Kind::listing_kind},
      {"form_kind", Kind::form_kind},    {"problem", Kind::problem},
      {"count", Kind::number},           {"depth", Kind::number},           {"number", Kind::phone_number},
      {"max_depth", Kind::number},       {"fields", Kind::number},
      {"pages", Kind::list},             {"missing_help", Kind::missing_help},
      {"day", Kind::days},               {"date", Kind::date},
      {"time", Kind::clock_time},        {"day_hours", Kind::day_hours},
      {"outcome", Kind::call_outcome},   {"source", Kind::call_source},
      {"address_kind", Kind::address_kind},
  };
  for (const auto& [exact, kind] : kExact) {
    if (name == exact) return kind;
  }
  if (ends_with(name, "_spec")) return Kind::hours;
  if (ends_with(name, "_source")) return Kind::hours_source;
  if (ends_with(name, "_order")) return Kind::help_order;
  if (ends_with(name, "_count")) return Kind::number;
  if (ends_with(name, "_pages") || ends_with(name, "_numbers")) return Kind::list;
  if (ends_with(name, "_at")) return Kind::date_time;
  return Kind::text;
}

std::string t(std::string_view key, std::string_view lang) { return std::string(label(key, lang)); }

bool french(std::string_view lang) { return lang != "en"; }

// Splits on `separator`, dropping empty pieces.
std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(separator, start);
    if (end == std::string_view::npos) end = text.size();
    std::string part(text.substr(start, end - start));
    while (!part.empty() && part.front() == ' ') part.erase(part.begin());
    while (!part.empty() && part.back() == ' ') part.pop_back();
    if (!part.empty()) parts.push_back(std::move(part));
    start = end + 1;
  }
  return parts;
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

// The label `prefix` + `value` when there is one, else `fallback`.
std::string word(std::string_view prefix, std::string_view value, std::string_view lang,
                 std::string fallback) {
  const std::string key = std::string(prefix) + std::string(value);
  for (const Label& entry : all_labels()) {
    if (entry.key == key) return std::string(lang == "en" ? entry.en : entry.fr);
  }
  return fallback;
}

std::string lower_first(std::string text) {
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] + 32);
  return text;
}

int day_index(std::string_view name) {
  for (int day = 0; day < extract::kDaysPerWeek; ++day) {
    if (extract::kDayNames[day] == name) return day;
  }
  return -1;
}

constexpr std::array<std::string_view, extract::kDaysPerWeek> kDayKeys = {
    "mo", "tu", "we", "th", "fr", "sa", "su"};

std::string day_name(int day, std::string_view lang) {
  const std::string name = t("day_" + std::string(kDayKeys[day]), lang);
  return french(lang) ? lower_first(name) : name;
}

std::string short_day(int day, std::string_view lang) {
  return t("day_short_" + std::string(kDayKeys[day]), lang);
}

std::string list_text(const std::string& raw, std::string_view lang) {
  std::vector<std::string> items = split(raw, '\n');
  std::string more;
  if (!items.empty() && items.back().size() > 1 && items.back()[0] == '+') {
    more = rules::format_message(t("more_items", lang), {{"count", items.back().substr(1)}});
    items.pop_back();
  }
  std::string text = join(items, ", ");
  if (!more.empty()) text += " (" + more + ")";
  return text;
}

std::string hours_source(const std::string& raw, std::string_view lang) {
  const std::size_t colon = raw.find(':');
  if (colon == std::string::npos) return raw;
  const std::string origin = raw.substr(0, colon);
  const std::string rest = raw.substr(colon + 1);
  if (origin == "listing") {
    return rules::format_message(t("hours_source_listing", lang), {{"name", rest}});
  }
  if (origin == "text" || origin == "structured_data") {
    return rules::format_message(t("hours_source_" + origin, lang), {{"url", rest}});
  }
  return raw;
}

std::string help_order(const std::string& raw, std::string_view lang) {
  std::vector<std::string> names;
  std::size_t start = 0;
  while (start < raw.size()) {
    std::size_t end = raw.find(" > ", start);
    if (end == std::string::npos) end = raw.size();
    const std::string mechanism = raw.substr(start, end - start);
    names.push_back(word("help_", mechanism, lang, mechanism));
    start = end + 3;
  }
  if (names.empty()) return t("help_none", lang);
  return join(names, t("then", lang));
}

std::string days_text(const std::string& raw, std::string_view lang) {
  std::vector<std::string> names;
  for (const std::string& name : split(raw, ',')) {
    const int day = day_index(name);
    names.push_back(day < 0 ? name : day_name(day, lang));
  }
  return join(names, ", ");
}

std::string number_text(const std::string& raw, std::string_view lang) {
  if (raw.empty() || raw.size() > 15) return raw;
  for (const char c : raw) {
    if (c < '0' || c > '9') return raw;
  }
  return display_number(std::stoll(raw), lang);
}

// A phone number never breaks across lines: its spaces become no-break spaces.
std::string no_break(const std::string& number) {
  std::string out;
  for (const char c : number) out += c == ' ' ? std::string("\u00a0") : std::string(1, c);
  return out;
}

// "15:30" -> "15 h 30" / "3:30 pm"; anything else unchanged.
std::string clock_time_text(const std::string& raw, std::string_view lang) {
  if (raw.size() != 5 || raw[2] != ':') return raw;
  const int hour = std::atoi(raw.substr(0, 2).c_str());
  const int minute = std::atoi(raw.substr(3, 2).c_str());
  return display_time_of_day(hour * 60 + minute, lang);
}

// One day's intervals as format_day writes them ("09:00-12:00,14:00-18:00", "closed").
std::string day_hours_text(const std::string& raw, std::string_view lang) {
  if (raw == "closed") return display_day({}, lang);
  auto hours = extract::parse_osm_hours("Mo " + raw);
  return hours ? display_day(hours->weekly[0], lang) : raw;
}

// Where the call log's rules found hours: "site", "structured_data" or "listing:NAME".
std::string call_source_text(const std::string& raw, std::string_view lang) {
  if (raw.starts_with("listing:")) return t("call_source_listing", lang) + " " + raw.substr(8);
  return word("call_source_", raw, lang, raw);
}

std::string status_text(const std::string& raw, std::string_view lang) {
  if (raw.starts_with("HTTP ")) return no_break(raw);
  return word("net_", raw, lang, raw);
}

}  // namespace

std::string display_value(std::string_view name, const std::string& raw, std::string_view lang) {
  switch (kind_of(name)) {
    case Kind::text: return raw;
    case Kind::number: return number_text(raw, lang);
    case Kind::phone_number: return no_break(raw);
    case Kind::list: return list_text(raw, lang);
    case Kind::phone_type: return word("phone_word_", raw, lang, raw);
    case Kind::status: return status_text(raw, lang);
    case Kind::business_status: return display_business_status(raw, lang);
    case Kind::hours: {
      if (raw.empty()) return t("not_given", lang);
      auto hours = extract::parse_osm_hours(raw);
      return hours ? display_week(*hours, lang) : raw;
    }
    case Kind::hours_source: return hours_source(raw, lang);
    case Kind::help_order: return help_order(raw, lang);
    case Kind::days: return days_text(raw, lang);
    case Kind::address_parts: {
      std::vector<std::string> parts;
      for (const std::string& part : split(raw, ',')) parts.push_back(word("part_", part, lang, part));
      return join(parts, ", ");
    }
    case Kind::shown_as: return word("shown_as_", raw, lang, raw);
    case Kind::listing_kind: return display_listing_kind(raw, lang);
    case Kind::form_kind: return lower_first(word("form_kind_", raw, lang, raw));
    case Kind::problem: return word("problem_", raw, lang, raw);
    case Kind::date_time: return display_date_time(raw, lang);
    case Kind::date: return display_date(raw, lang);
    case Kind::clock_time: return clock_time_text(raw, lang);
    case Kind::day_hours: return day_hours_text(raw, lang);
    case Kind::call_outcome: return word("call_outcome_", raw, lang, raw);
    case Kind::call_source: return call_source_text(raw, lang);
    case Kind::address_kind: return word("address_kind_", raw, lang, raw);
    case Kind::missing_help: {
      std::vector<std::string> parts;
      for (const std::string& part : split(raw, ',')) parts.push_back(word("offer_", part, lang, part));
      return join(parts, ", ");
    }
  }
  return raw;
}

std::map<std::string, std::string> display_values(const std::map<std::string, std::string>& fields,
                                                  std::string_view lang) {
  std::map<std::string, std::string> shown;
  for (const auto& [name, raw] : fields) shown[name] = display_value(name, raw, lang);
  // A callback ("never", "late") is a sentence that takes the other values ({after_hours}).
  if (const auto callback = fields.find("callback"); callback != fields.end()) {
    shown["callback"] = rules::format_message(
        word("call_callback_", callback->second, lang, callback->second), shown);
  }
  return shown;
}

std::string display_time_of_day(int minutes, std::string_view lang) {
  minutes %= extract::kMinutesPerDay * 2;
  if (minutes > extract::kMinutesPerDay) minutes -= extract::kMinutesPerDay;
  const int hour = minutes / 60;
  const int minute = minutes % 60;
  char buffer[32];
  if (french(lang)) {
    if (minute == 0) {
      std::snprintf(buffer, sizeof buffer, "%d\u00a0h", hour);
    } else {
      std::snprintf(buffer, sizeof buffer, "%d\u00a0h\u00a0%02d", hour, minute);
    }
    return buffer;
  }
  if (hour == 24 && minute == 0) return "midnight";
  const int twelve = hour % 12 == 0 ? 12 : hour % 12;
  std::snprintf(buffer, sizeof buffer, "%d:%02d\u00a0%s", twelve, minute,
                hour % 24 < 12 ? "am" : "pm");
  return buffer;
}

std::string display_day(const extract::DayIntervals& intervals, std::string_view lang) {
  if (intervals.empty()) return t("closed", lang);
  std::vector<std::string> parts;
  for (const extract::TimeInterval& interval : intervals) {
    parts.push_back(display_time_of_day(interval.open, lang) + "\u2013" +
                    display_time_of_day(interval.close, lang));
  }
  return join(parts, ", ");
}

std::string display_week(const extract::OpeningHours& hours, std::string_view lang) {
  std::vector<std::string> groups;
  int day = 0;
  while (day < extract::kDaysPerWeek) {
    if (hours.weekly[day].empty()) {
      ++day;
      continue;
    }
    int last = day;
    while (last + 1 < extract::kDaysPerWeek && hours.weekly[last + 1] == hours.weekly[day]) ++last;
    std::string days;
    if (day == 0 && last == extract::kDaysPerWeek - 1) {
      days = t("every_day", lang);
    } else if (last == day) {
      days = short_day(day, lang);
    } else {
      days = short_day(day, lang) + (last == day + 1 ? ", " : "\u2013") + short_day(last, lang);
    }
    groups.push_back(days + " " + display_day(hours.weekly[day], lang));
    day = last + 1;
  }
  if (groups.empty()) return t("closed", lang);
  return join(groups, french(lang) ? " ; " : "; ");
}

std::string display_number(long long value, std::string_view lang) {
  std::string digits = std::to_string(value < 0 ? -value : value);
  const std::string separator = french(lang) ? "\u202f" : ",";
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
    out += digits[i];
  }
  return value < 0 ? "-" + out : out;
}

std::string display_date(const std::string& iso8601, std::string_view lang) {
  if (iso8601.size() < 10 || iso8601[4] != '-' || iso8601[7] != '-') return iso8601;
  const int month = std::atoi(iso8601.substr(5, 2).c_str());
  const int day = std::atoi(iso8601.substr(8, 2).c_str());
  if (month < 1 || month > 12 || day < 1 || day > 31) return iso8601;
  char key[16];
  std::snprintf(key, sizeof key, "month_%02d", month);
  return std::to_string(day) + " " + t(key, lang) + " " + iso8601.substr(0, 4);
}

std::string display_date_time(const std::string& iso8601, std::string_view lang) {
  // Only the exact shape util::now_iso8601 writes: YYYY-MM-DDTHH:MM:SSZ.
  if (iso8601.size() != 20 || iso8601[10] != 'T' || iso8601.back() != 'Z') return iso8601;
  const int minutes = std::atoi(iso8601.substr(11, 2).c_str()) * 60 +
                      std::atoi(iso8601.substr(14, 2).c_str());
  return rules::format_message(t("date_at_time", lang),
                               {{"date", display_date(iso8601, lang)},
                                {"time", display_time_of_day(minutes, lang)}});
}

std::string display_special_day(const std::string& when, std::string_view lang) {
  if (when == "PH") return t("special_days_public_holidays", lang);
  if (when == "SH") return t("special_days_school_holidays", lang);
  if (const auto dots = when.find(".."); dots != std::string::npos) {
    return rules::format_message(t("special_days_range", lang),
                                 {{"from", display_date(when.substr(0, dots), lang)},
                                  {"to", display_date(when.substr(dots + 2), lang)}});
  }
  return display_date(when, lang);
}

std::string display_status(const crawl::FetchStatus& status, std::string_view lang) {
  if (status.http_status > 0) return "HTTP\u00a0" + std::to_string(status.http_status);
  const std::string error(crawl::to_string(status.error));
  return word("net_", error, lang, t("net_other", lang));
}

std::string display_points(double points, std::string_view lang) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", points);
  std::string number = buffer;
  if (lang != "en") std::replace(number.begin(), number.end(), '.', ',');
  return rules::format_message(t("points_value", lang), {{"points", number}});
}

std::string display_listing_kind(std::string_view kind, std::string_view lang) {
  std::string key(kind);
  for (char& c : key) {
    if (c == '-') c = '_';
  }
  return word("listing_kind_", key, lang, std::string(kind));
}

std::string display_business_status(std::string_view status, std::string_view lang) {
  std::string key(status);
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return word("business_", key, lang, std::string(status));
}

}  // namespace joignable::report
