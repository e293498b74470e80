#include "report/html_sections.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <tuple>

#include "report/labels.h"
#include "report/values.h"
#include "rules/message.h"

namespace joignable::report::html {
namespace {

namespace mu = kainjow::mustache;

// The circumference of the gauges' circle (r = 52 in a 120 x 120 view box).
constexpr double kGaugeLength = 2 * 3.14159265358979 * 52;

std::string t(std::string_view key, std::string_view lang) { return std::string(label(key, lang)); }


// The lowest score of the "good" and "fair" colour bands: the grades' second and fourth bands
// (A-B good, C-D fair, below poor), or 80 and 60 when rules/categories.toml declares fewer.
std::pair<int, int> band_limits(const Report& report) {
  const auto& grades = report.grades;
  return {grades.size() > 1 ? grades[1].min_score : 80, grades.size() > 3 ? grades[3].min_score : 60};
}

std::string band_of(int score, const Report& report) {
  const auto [good, fair] = band_limits(report);
  return score >= good ? "band-good" : score >= fair ? "band-fair" : "band-poor";
}

mu::data gauge(const std::string& title, const std::optional<int>& score, bool overall,
               const Report& report) {
  mu::data item;
  item.set("title", title);
  item.set("has_score", mu::data(score.has_value()));
  item.set("score", score ? std::to_string(*score) : std::string("—"));
  item.set("band", score ? band_of(*score, report) : std::string("band-none"));
  char dash[32];
  std::snprintf(dash, sizeof dash, "%.1f", kGaugeLength * score.value_or(0) / 100.0);
  item.set("dash", std::string(dash));
  item.set("overall", mu::data(overall));
  item.set("grade", overall ? report.grade : std::string());
  item.set("has_grade", mu::data(overall && !report.grade.empty()));
  return item;
}

// Seconds between two YYYY-MM-DDTHH:MM:SSZ times of the same day or the next; -1 otherwise.
long seconds_between(const std::string& start, const std::string& end) {
  const auto seconds = [](const std::string& iso) -> long {
    if (iso.size() != 20 || iso[10] != 'T') return -1;
    return std::atol(iso.substr(8, 2).c_str()) * 86400 + std::atol(iso.substr(11, 2).c_str()) * 3600 +
           std::atol(iso.substr(14, 2).c_str()) * 60 + std::atol(iso.substr(17, 2).c_str());
  };
  const long a = seconds(start);
  const long b = seconds(end);
  if (a < 0 || b < a || start.substr(0, 7) != end.substr(0, 7)) return -1;
  return b - a;
}

std::string duration_text(const Report& report, std::string_view lang) {
  const long seconds = seconds_between(report.started_at, report.finished_at);
  if (seconds < 0) return t("not_given", lang);
  const long minutes = seconds / 60;
  std::string out;
  if (minutes >= 60) out += std::to_string(minutes / 60) + "\u00a0h ";
  if (minutes > 0) out += std::to_string(minutes % 60) + "\u00a0min ";
  out += std::to_string(seconds % 60) + "\u00a0s";
  return out;
}

// What went wrong while auditing (not the site's faults): pages that gave no answer and rules
// that could not run.
int audit_errors(const Report& report) {
  int errors = 0;
  for (const model::PageSummary& page : report.site_model.pages) {
    if (page.status.error != crawl::NetError::none) ++errors;
  }
  for (const RuleSummary& rule : report.rules) {
    if (rule.status == rules::Outcome::Status::error) ++errors;
  }
  return errors;
}

mu::data fact(const std::string& label_text, const std::string& value) {
  mu::data item;
  item.set("label", label_text);
  item.set("value", value);
  return item;
}

std::string category_title(const Report& report, const std::string& id) {
  for (const CategorySummary& category : report.categories) {
    if (category.id == id) return category.title;
  }
  return id;
}

std::string percent(double part, double whole, std::string_view lang) {
  if (whole <= 0) return "—";
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.0f", 100 * part / whole);
  return std::string(buffer) + (lang == "en" ? "%" : "\u00a0%");
}

}  // namespace


mu::data overview(const Report& report) {
  const std::string& lang = report.lang;
  mu::data view;
  mu::data gauges{mu::data::type::list};
  gauges.push_back(gauge(t("overall_score", lang), report.overall_score, true, report));
  for (const CategorySummary& category : report.categories) {
    gauges.push_back(gauge(category.title, category.score, false, report));
  }
  view.set("gauges", gauges);

  const auto [good, fair] = band_limits(report);
  mu::data bands{mu::data::type::list};
  for (const auto& [band, key, low, high] :
       {std::tuple{"band-good", "band_good", good, 100}, std::tuple{"band-fair", "band_fair", fair, good - 1},
        std::tuple{"band-poor", "band_poor", 0, fair - 1}}) {
    mu::data item;
    item.set("band", std::string(band));
    item.set("label", rules::format_message(t(key, lang), {{"low", std::to_string(low)},
                                                            {"high", std::to_string(high)}}));
    bands.push_back(item);
  }
  view.set("bands", bands);

  mu::data facts{mu::data::type::list};
  facts.push_back(fact(t("duration", lang), duration_text(report, lang)));
  facts.push_back(fact(t("pages_crawled", lang),
                       display_number(static_cast<long long>(report.site_model.pages.size()), lang)));
  facts.push_back(fact(t("findings_total", lang),
                       display_number(static_cast<long long>(report.findings.size()), lang)));
  facts.push_back(fact(t("audit_errors", lang), display_number(audit_errors(report), lang)));
  facts.push_back(fact(t("tool_version", lang), "joignable " + report.tool_version));
  view.set("facts", facts);

  mu::data settings{mu::data::type::list};
  settings.push_back(fact(t("started_at", lang), display_date_time(report.started_at, lang)));
  settings.push_back(fact(t("finished_at", lang), display_date_time(report.finished_at, lang)));
  for (const Setting& setting : report.settings) {
    const bool yes_no = setting.value == "yes" || setting.value == "no";
    settings.push_back(fact(t(setting.key, lang), yes_no ? t(setting.value, lang) : setting.value));
  }
  view.set("settings", settings);
  return view;
}

mu::data checks(const Report& report) {
  const std::string& lang = report.lang;
  std::map<std::string, double> points;  // rule -> the points of its findings
  for (const ReportFinding& finding : report.findings) points[finding.rule] += finding.points;
  std::vector<const RuleSummary*> failed;
  mu::data passed{mu::data::type::list};
  mu::data not_applicable{mu::data::type::list};
  for (const RuleSummary& rule : report.rules) {
    const auto status = rule.status;
    if (status == rules::Outcome::Status::fail || status == rules::Outcome::Status::error) {
      failed.push_back(&rule);
      continue;
    }
    mu::data item;
    item.set("text", rule.checked.empty() ? rule.title : rule.checked);
    item.set("category", category_title(report, rule.category));
    item.set("rule_id", rule.id);
    (status == rules::Outcome::Status::pass ? passed : not_applicable).push_back(item);
  }
  std::stable_sort(failed.begin(), failed.end(), [&](const RuleSummary* a, const RuleSummary* b) {
    return points[a->id] > points[b->id];
  });
  mu::data failed_list{mu::data::type::list};
  for (const RuleSummary* rule : failed) {
    const std::string status(to_string(rule->status));
    mu::data item;
    item.set("title", rule->title);
    item.set("category", category_title(report, rule->category));
    item.set("rule_id", rule->id);
    item.set("status_class", "status-" + status);
    item.set("status_label", t("status_" + status, lang));
    item.set("points", points[rule->id] > 0 ? display_points(points[rule->id], lang) : std::string());
    item.set("has_points", mu::data(points[rule->id] > 0));
    item.set("count", display_number(rule->findings, lang));
    item.set("has_error", mu::data(!rule->error_message.empty()));
    item.set("error", rule->error_message);
    failed_list.push_back(item);
  }
  mu::data view;
  view.set("failed", failed_list);
  view.set("has_failed", mu::data(!failed.empty()));
  view.set("passed", passed);
  view.set("has_passed", mu::data(!passed.is_empty_list()));
  view.set("passed_count", std::to_string(passed.list_value().size()));
  view.set("not_applicable", not_applicable);
  view.set("has_not_applicable", mu::data(!not_applicable.is_empty_list()));
  view.set("not_applicable_count", std::to_string(not_applicable.list_value().size()));
  return view;
}

mu::data methodology(const Report& report) {
  const std::string& lang = report.lang;
  double total = 0;
  for (const CategorySummary& category : report.categories) total += category.weight;
  mu::data categories{mu::data::type::list};
  for (const CategorySummary& category : report.categories) {
    mu::data item;
    item.set("title", category.title);
    item.set("weight", percent(category.weight, total, lang));
    categories.push_back(item);
  }
  mu::data rules_list{mu::data::type::list};
  for (const CategorySummary& category : report.categories) {
    double within = 0;
    std::vector<const RuleSummary*> in_category;
    for (const RuleSummary& rule : report.rules) {
      if (rule.category != category.id) continue;
      within += rule.weight;
      in_category.push_back(&rule);
    }
    std::stable_sort(in_category.begin(), in_category.end(),
                     [](const RuleSummary* a, const RuleSummary* b) { return a->weight > b->weight; });
    for (const RuleSummary* listed : in_category) {
      const RuleSummary& rule = *listed;
      mu::data item;
      item.set("category", category.title);
      item.set("title", rule.title);
      item.set("rule_id", rule.id);
      item.set("severity_label", t("severity_" + std::string(rules::to_string(rule.severity)), lang));
      item.set("weight", rule.weight > 0 ? display_number(std::lround(rule.weight), lang) + " (" +
                                               percent(rule.weight, within, lang) + ")"
                                         : t("not_scored", lang));
      item.set("threshold", rule.threshold.empty() ? std::string("—") : rule.threshold);
      rules_list.push_back(item);
    }
  }
  mu::data grades{mu::data::type::list};
  int above = 101;
  for (const rules::GradeBand& band : report.grades) {
    mu::data item;
    item.set("grade", band.grade);
    item.set("range", std::to_string(band.min_score) + "\u2013" + std::to_string(above - 1));
    above = band.min_score;
    grades.push_back(item);
  }
  mu::data view;
  view.set("categories", categories);
  view.set("rules", rules_list);
  view.set("grades", grades);
  return view;
}

mu::data week_grid(const Report& report) {
  const std::string& lang = report.lang;
  const std::vector<model::SiteHours>& all = report.site_model.hours;
  mu::data sources{mu::data::type::list};
  for (const model::SiteHours& hours : all) {
    mu::data item;
    const bool listing = hours.origin == extract::HoursOrigin::listing;
    const std::string listing_name = listing && hours.source.starts_with("listing:")
                                         ? hours.source.substr(8)
                                         : hours.source;
    item.set("name", listing ? rules::format_message(t("grid_listing", lang),
                                                     {{"name", listing_name}})
                             : t("hours_origin_" + std::string(extract::to_string(hours.origin)),
                                 lang));
    item.set("has_url", mu::data(!listing && !hours.url.empty()));
    item.set("url", hours.url);
    sources.push_back(item);
  }
  static constexpr std::string_view kDays[] = {"day_mo", "day_tu", "day_we", "day_th",
                                               "day_fr", "day_sa", "day_su"};
  mu::data days{mu::data::type::list};
  for (int day = 0; day < extract::kDaysPerWeek; ++day) {
    mu::data cells{mu::data::type::list};
    bool differs = false;
    for (const model::SiteHours& hours : all) {
      mu::data cell;
      cell.set("text", display_day(hours.hours.weekly[day], lang));
      cells.push_back(cell);
      differs = differs || hours.hours.weekly[day] != all.front().hours.weekly[day];
    }
    mu::data row;
    row.set("day", t(kDays[day], lang));
    row.set("cells", cells);
    row.set("differs", mu::data(differs));
    days.push_back(row);
  }
  mu::data view;
  view.set("sources", sources);
  view.set("days", days);
  view.set("has_grid", mu::data(!all.empty()));
  view.set("has_differences", mu::data(std::any_of(all.begin(), all.end(), [&](const auto& h) {
             return !extract::same_weekly(h.hours, all.front().hours);
           })));
  return view;
}

}  // namespace joignable::report::html
