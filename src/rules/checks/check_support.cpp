#include "rules/checks/check_support.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <variant>

namespace joignable::rules::checks {

std::string status_text(const crawl::FetchStatus& status) {
  if (status.http_status > 0) return "HTTP " + std::to_string(status.http_status);
  if (status.error != crawl::NetError::none) return std::string(crawl::to_string(status.error));
  return "no answer";
}


const std::string& home_url(const model::SiteModel& site) {
  return site.pages.empty() ? site.site : site.pages.front().url;
}

bool includes_home(const model::SiteModel& site, const std::vector<std::string>& pages) {
  return std::any_of(pages.begin(), pages.end(), [&](const std::string& page) {
    return page == site.site || page == home_url(site);
  });
}

std::optional<int> depth_of(const model::SiteModel& site, const std::string& url) {
  for (const auto& page : site.pages) {
    if (page.url == url) return page.depth;
  }
  return std::nullopt;
}

std::vector<std::string> shown_pages(const model::SitePhone& phone) {
  std::vector<std::string> pages;
  for (const auto& page : phone.pages) {
    if (std::find(phone.unshown_pages.begin(), phone.unshown_pages.end(), page) ==
        phone.unshown_pages.end()) {
      pages.push_back(page);
    }
  }
  return pages;
}

bool shown_anywhere(const model::SitePhone& phone) {
  return phone.unshown_pages.size() < phone.pages.size();
}

std::string hours_source_field(const model::SiteHours& hours) {
  if (hours.origin == extract::HoursOrigin::listing) return hours.source;  // "listing:NAME"
  return std::string(extract::to_string(hours.origin)) + ":" + hours.url;
}

std::string differing_days(const extract::OpeningHours& a, const extract::OpeningHours& b) {
  std::string days;
  for (int day = 0; day < extract::kDaysPerWeek; ++day) {
    if (a.weekly[day] == b.weekly[day]) continue;
    if (!days.empty()) days += ',';
    days += extract::kDayNames[day];
  }
  return days;
}

std::string hours_text(double hours, int decimals) {
  char text[32];
  std::snprintf(text, sizeof text, "%.*f", decimals, hours);
  std::string out = text;
  if (out.find('.') != std::string::npos) {
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
  }
  return out;
}

Outcome fail_if_any(std::vector<Finding> findings) {
  return findings.empty() ? Outcome::passed() : Outcome::failed(std::move(findings));
}

Outcome rule_error(std::string message) {
  Outcome outcome;
  outcome.status = Outcome::Status::error;
  outcome.error_message = std::move(message);
  return outcome;
}

tl::expected<long long, Outcome> int_option(const RuleOptions& options, const std::string& name) {
  auto it = options.find(name);
  if (it == options.end()) return tl::unexpected(rule_error("option " + name + ": missing"));
  if (const auto* integer = std::get_if<long long>(&it->second)) return *integer;
  const auto* number = std::get_if<double>(&it->second);
  if (number != nullptr && std::trunc(*number) == *number && std::abs(*number) < 1e15) {
    return static_cast<long long>(*number);
  }
  return tl::unexpected(rule_error("option " + name + ": must be a whole number"));
}

tl::expected<double, Outcome> number_option(const RuleOptions& options, const std::string& name) {
  auto it = options.find(name);
  if (it == options.end()) return tl::unexpected(rule_error("option " + name + ": missing"));
  if (const auto* integer = std::get_if<long long>(&it->second)) {
    return static_cast<double>(*integer);
  }
  if (const auto* number = std::get_if<double>(&it->second)) return *number;
  return tl::unexpected(rule_error("option " + name + ": must be a number"));
}

}  // namespace joignable::rules::checks
