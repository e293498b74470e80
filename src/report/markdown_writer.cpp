#include "report/markdown_writer.h"

#include <sstream>
#include <string_view>

#include "report/escape.h"
#include "report/labels.h"
#include "report/summary.h"
#include "rules/catalogue.h"

namespace joignable::report {
namespace {

constexpr std::size_t kTopFixes = 5;

std::string score_text(const std::optional<int>& score, std::string_view lang) {
  return score ? std::to_string(*score) : std::string(label("not_scored", lang));
}

void write_header(const Report& report, std::ostream& out) {
  const std::string_view lang = report.lang;
  out << "## " << label("report_title", lang) << " — " << markdown_escape(report.target_name)
      << "\n\n";
  out << "**" << label("overall_score", lang) << label("colon", lang)
      << score_text(report.overall_score, lang) << "/100";
  if (!report.grade.empty())
    out << " · " << label("grade", lang) << " " << markdown_escape(report.grade);
  out << "**\n\n";
  const SeverityCounts counts = count_by_severity(report.findings);
  out << "- " << label("site", lang) << label("colon", lang) << markdown_escape(report.site) << "\n"
      << "- " << label("audit_date", lang) << label("colon", lang)
      << markdown_escape(display_time(report.finished_at)) << "\n"
      << "- " << label("pages_crawled", lang) << label("colon", lang)
      << report.site_model.pages.size() << "\n"
      << "- " << label("findings_total", lang) << label("colon", lang) << report.findings.size()
      << " (" << label("severity_error", lang) << " " << counts.error << ", "
      << label("severity_warning", lang) << " " << counts.warning << ", "
      << label("severity_info", lang) << " " << counts.info << ")\n"
      << "- " << label("broken_links", lang) << label("colon", lang)
      << report.site_model.broken_links.size() << "\n\n";
}

void write_categories(const Report& report, std::ostream& out) {
  const std::string_view lang = report.lang;
  out << "| " << label("category", lang) << " | " << label("score", lang) << " |\n"
      << "|---|---:|\n";
  for (const CategorySummary& category : report.categories) {
    out << "| " << markdown_escape(category.title) << " | " << score_text(category.score, lang)
        << " |\n";
  }
  out << "\n";
}

void write_priorities(const Report& report, std::ostream& out) {
  const std::string_view lang = report.lang;
  out << "### " << label("top_fixes", lang) << "\n\n";
  const std::vector<Priority> priorities = top_priorities(report, kTopFixes);
  if (priorities.empty()) out << label("top_fixes_none", lang) << "\n";
  int rank = 1;
  for (const Priority& priority : priorities) {
    const ReportFinding& finding = *priority.first;
    const std::string title = priority.rule ? priority.rule->title : finding.rule;
    out << rank++ << ". **"
        << label(std::string("severity_") + std::string(rules::to_string(finding.severity)), lang)
        << "** · " << markdown_escape(title) << " (`" << finding.rule << "`, " << priority.count
        << ")";
    out << " — " << markdown_escape(finding.message);
    if (!finding.url.empty()) out << " — " << markdown_escape(finding.url);
    out << "\n";
  }
  out << "\n";
}

}  // namespace

std::string render_markdown(const Report& report) {
  std::ostringstream out;
  write_header(report, out);
  write_categories(report, out);
  write_priorities(report, out);
  return out.str();
}

}  // namespace joignable::report
