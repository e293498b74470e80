#include "report/compare_writer.h"

#include <sstream>

#include <nlohmann/json.hpp>

#include "report/escape.h"
#include "rules/catalogue.h"
#include "report/portfolio_labels.h"
#include "report/template_render.h"
#include "report/values.h"

namespace joignable::report {
namespace {

using nlohmann::json;
namespace mu = kainjow::mustache;

constexpr const char* kCompareTemplate = "compare.html.mustache";
// One colour per company, in order, repeated past eight; dark enough for white text nearby.
constexpr const char* kPalette[] = {"#0b4f8a", "#b04a00", "#1b7a3a", "#6f42c1",
                                    "#8a6100", "#b3261e", "#1f7a8c", "#57606a"};

const char* colour(std::size_t company) { return kPalette[company % std::size(kPalette)]; }

std::string tr(std::string_view key, const std::string& lang) {
  return std::string(portfolio_label(key, lang));
}

std::string matrix_label(std::size_t row, const std::string& lang) {
  return tr(std::string("has_") + kMatrixRows[row], lang);
}

std::string score_text(const std::optional<int>& score) {
  return score ? std::to_string(*score) : "—";
}

// `text` with its "{date}" replaced by the day `iso8601` names.
std::string with_date(std::string text, const std::string& iso8601, const std::string& lang) {
  const auto at = text.find("{date}");
  if (at != std::string::npos) text.replace(at, 6, display_date_time(iso8601, lang));
  return text;
}

json optional_json(const std::optional<int>& value) {
  return value ? json(*value) : json(nullptr);
}

// The scores of the chart's groups for one company: overall first, then each category.
std::vector<std::pair<std::string, std::optional<int>>> chart_groups(const Comparison& comparison,
                                                                     std::size_t company) {
  const auto& c = comparison.companies[company];
  std::vector<std::pair<std::string, std::optional<int>>> groups = {
      {tr("overall", comparison.lang), c.overall}};
  for (std::size_t i = 0; i < comparison.categories.size(); ++i) {
    groups.emplace_back(comparison.categories[i].title,
                        i < c.categories.size() ? c.categories[i].score : std::nullopt);
  }
  return groups;
}

}  // namespace

std::string_view to_string(Presence presence) {
  switch (presence) {
    case Presence::yes: return "yes";
    case Presence::no: return "no";
    case Presence::not_applicable: return "not_applicable";
  }
  return "not_applicable";
}

std::string render_compare_json(const Comparison& comparison) {
  json companies = json::array();
  for (const auto& c : comparison.companies) {
    json categories = json::object();
    for (const auto& category : c.categories)
      categories[category.id] = optional_json(category.score);
    json matrix = json::object();
    for (std::size_t row = 0; row < kMatrixRowCount; ++row) {
      matrix[kMatrixRows[row]] = std::string(to_string(c.matrix[row]));
    }
    json costliest = json::array();
    for (const auto& f : c.costliest) {
      costliest.push_back({{"rule", f.rule}, {"title", f.title},
                           {"severity", std::string(rules::to_string(f.severity))},
                           {"count", f.count}, {"url", valid_utf8(f.url)}});
    }
    companies.push_back({{"name", valid_utf8(c.name)},
                         {"site", valid_utf8(c.site)},
                         {"run", c.run},
                         {"finished_at", c.finished_at},
                         {"reused", c.reused},
                         {"score", {{"overall", optional_json(c.overall)},
                                    {"grade", c.grade.empty() ? json(nullptr) : json(c.grade)},
                                    {"categories", categories}}},
                         {"matrix", matrix},
                         {"costliest", costliest},
                         {"report", c.report.empty() ? json(nullptr) : json(c.report)}});
  }
  const json document = {{"schema", "joignable.compare/1"},
                         {"generated_at", comparison.generated_at},
                         {"lang", comparison.lang},
                         {"companies", companies}};
  return document.dump(2) + "\n";
}

std::string render_compare_markdown(const Comparison& comparison) {
  const std::string& lang = comparison.lang;
  std::ostringstream md;
  md << "# " << tr("compare_title", lang) << "\n\n";
  md << "| " << tr("company", lang) << " | " << tr("overall", lang) << " | " << tr("grade", lang);
  for (const auto& category : comparison.categories) md << " | " << markdown_escape(category.title);
  md << " |\n|---|---:|:---:";
  for (std::size_t i = 0; i < comparison.categories.size(); ++i) md << "|---:";
  md << "|\n";
  for (const auto& c : comparison.companies) {
    md << "| " << markdown_escape(c.name) << " | " << score_text(c.overall) << " | "
       << (c.grade.empty() ? "—" : c.grade);
    for (const auto& category : c.categories) md << " | " << score_text(category.score);
    md << " |\n";
  }
  md << "\n## " << tr("matrix", lang) << "\n\n| " << tr("what", lang);
  for (const auto& c : comparison.companies) md << " | " << markdown_escape(c.name);
  md << " |\n|---";
  for (std::size_t i = 0; i < comparison.companies.size(); ++i) md << "|:---:";
  md << "|\n";
  for (std::size_t row = 0; row < kMatrixRowCount; ++row) {
    md << "| " << matrix_label(row, lang);
    for (const auto& c : comparison.companies) {
      const Presence p = c.matrix[row];
      md << " | " << (p == Presence::yes ? "✅" : p == Presence::no ? "❌" : "—");
    }
    md << " |\n";
  }
  md << "\n## " << tr("costliest", lang) << "\n";
  for (const auto& c : comparison.companies) {
    md << "\n### " << markdown_escape(c.name) << "\n\n";
    if (c.costliest.empty()) md << tr("none_found", lang) << "\n";
    for (std::size_t i = 0; i < c.costliest.size(); ++i) {
      const auto& f = c.costliest[i];
      md << i + 1 << ". " << markdown_escape(f.title) << " (`" << f.rule << "`";
      if (f.count > 1) md << ", ×" << f.count;
      md << ")\n";
    }
  }
  return md.str();
}

std::string score_chart_svg(const Comparison& comparison) {
  // Each group's title stands above its bars, so that long category titles are never cut.
  constexpr int kWidth = 760, kBarArea = 680, kBar = 16, kGap = 4, kTitle = 24, kGroupGap = 16;
  const std::size_t companies = comparison.companies.size();
  const std::size_t groups = comparison.categories.size() + 1;
  const int group_height = kTitle + static_cast<int>(companies) * (kBar + kGap) - kGap;
  const int height = static_cast<int>(groups) * (group_height + kGroupGap) - kGroupGap;
  std::ostringstream svg;
  svg << "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 " << kWidth << " " << height
      << "\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\" aria-labelledby=\"chart-title\">"
      << "<title id=\"chart-title\">" << html_escape(tr("chart_caption", comparison.lang))
      << "</title>";
  for (std::size_t g = 0; g < groups; ++g) {
    const int top = static_cast<int>(g) * (group_height + kGroupGap);
    const std::string title = chart_groups(comparison, 0)[g].first;
    svg << "<text x=\"0\" y=\"" << top + 16 << "\" font-size=\"14\" font-weight=\""
        << (g == 0 ? 700 : 600) << "\" fill=\"#1f2328\">" << html_escape(title) << "</text>";
    // The track of each bar shows where 100 is.
    for (std::size_t c = 0; c < companies; ++c) {
      const auto score = chart_groups(comparison, c)[g].second;
      const int y = top + kTitle + static_cast<int>(c) * (kBar + kGap);
      const int width = score ? std::max(kBarArea * *score / 100, 2) : 0;
      const std::string name = html_escape(comparison.companies[c].name);
      svg << "<rect x=\"0\" y=\"" << y << "\" width=\"" << kBarArea << "\" height=\"" << kBar
          << "\" rx=\"3\" fill=\"#f0f2f5\"/>";
      svg << "<rect x=\"0\" y=\"" << y << "\" width=\"" << width << "\" height=\"" << kBar
          << "\" rx=\"3\" fill=\"" << colour(c) << "\"><title>" << name << " — "
          << html_escape(title) << ": " << score_text(score) << "</title></rect>";
      svg << "<text x=\"" << kBarArea + 8 << "\" y=\"" << y + kBar - 3
          << "\" font-size=\"13\" font-weight=\"600\" fill=\"#57606a\">" << score_text(score)
          << "</text>";
    }
  }
  svg << "</svg>";
  return svg.str();
}

Result<std::string> render_compare_html(const Comparison& comparison,
                                        const std::filesystem::path& templates_dir) {
  const std::string& lang = comparison.lang;
  mu::data headings{mu::data::type::list};
  for (const auto& category : comparison.categories) headings.push_back(mu::data(category.title));
  mu::data companies{mu::data::type::list};
  for (std::size_t i = 0; i < comparison.companies.size(); ++i) {
    const auto& c = comparison.companies[i];
    mu::data company;
    company.set("name", c.name);
    company.set("site", c.site);
    company.set("colour", std::string(colour(i)));
    company.set("report", c.report);
    company.set("has_report", mu::data(!c.report.empty()));
    company.set("overall", score_text(c.overall));
    company.set("grade", c.grade.empty() ? std::string("—") : c.grade);
    company.set("grade_class",
                "grade-" + std::string(1, c.grade.empty() ? 'x' : static_cast<char>(std::tolower(
                                                                      c.grade[0]))));
    company.set("when", c.reused ? with_date(tr("reused_run", lang), c.finished_at, lang)
                                 : tr("audited_now", lang));
    mu::data scores{mu::data::type::list};
    for (const auto& category : c.categories)
      scores.push_back(mu::data(score_text(category.score)));
    company.set("scores", scores);
    mu::data costliest{mu::data::type::list};
    for (const auto& f : c.costliest) {
      mu::data finding;
      finding.set("title", f.title);
      finding.set("rule", f.rule);
      finding.set("severity", std::string(rules::to_string(f.severity)));
      finding.set("severity_label",
                  tr("severity_" + std::string(rules::to_string(f.severity)), lang));
      finding.set("count", std::to_string(f.count));
      finding.set("several", mu::data(f.count > 1));
      finding.set("url", f.url);
      costliest.push_back(finding);
    }
    company.set("costliest", costliest);
    company.set("none", mu::data(c.costliest.empty()));
    companies.push_back(company);
  }
  mu::data matrix{mu::data::type::list};
  for (std::size_t row = 0; row < kMatrixRowCount; ++row) {
    mu::data line;
    line.set("label", matrix_label(row, lang));
    mu::data cells{mu::data::type::list};
    for (const auto& c : comparison.companies) {
      mu::data cell;
      const Presence p = c.matrix[row];
      cell.set("class", std::string(to_string(p)));
      cell.set("mark", std::string(p == Presence::yes ? "✓" : p == Presence::no ? "✗" : "—"));
      cell.set("text", tr(p == Presence::yes ? "yes" : p == Presence::no ? "no" : "not_applicable",
                          lang));
      cells.push_back(cell);
    }
    line.set("cells", cells);
    matrix.push_back(line);
  }
  mu::data view;
  view.set("lang", lang);
  view.set("t", labels_view(portfolio_label_table(), lang));
  view.set("date", display_date_time(comparison.generated_at, lang));
  view.set("headings", headings);
  view.set("companies", companies);
  view.set("matrix", matrix);
  view.set("chart", score_chart_svg(comparison));
  return render_template(templates_dir / kCompareTemplate, view);
}

}  // namespace joignable::report
