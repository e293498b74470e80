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

std::string status_text(const crawl::FetchStatus& status, std::string_view lang) {
  if (status.http_status != 0) return "HTTP " + std::to_string(status.http_status);
  return std::string(label("no_answer", lang)) + " (" + std::string(crawl::to_string(status.error)) +
         ")";
}

// Where the crawl was cut short and which sitemaps it read, so the reader knows its reach.
void write_coverage(const Report& report, std::ostream& out) {
  const std::string_view lang = report.lang;
  const model::SiteModel& site = report.site_model;
  if (site.crawl_traps.empty() && site.sitemaps.empty()) return;
  out << "### " << label("coverage", lang) << "\n\n";
  for (const crawl::CrawlTrap& trap : site.crawl_traps) {
    out << "- " << label("crawl_traps", lang) << label("colon", lang)
        << markdown_escape(trap.pattern) << " — " << label("trap_" + trap.reason, lang) << " — "
        << label("links_not_followed", lang) << label("colon", lang) << trap.skipped << " — "
        << label("example", lang) << label("colon", lang) << markdown_escape(trap.example) << "\n";
  }
  for (const crawl::SitemapFile& file : site.sitemaps) {
    out << "- " << label("sitemap", lang) << label("colon", lang) << markdown_escape(file.url)
        << " — " << status_text(file.status, lang);
    if (!file.problem.empty()) out << " — " << markdown_escape(file.problem);
    out << " — " << label("pages_listed", lang) << label("colon", lang) << file.pages << "\n";
  }
  out << "\n";
}

}  // namespace

std::string render_markdown(const Report& report) {
  std::ostringstream out;
  write_header(report, out);
  write_categories(report, out);
  write_priorities(report, out);
  write_coverage(report, out);
  return out.str();
}

}  // namespace joignable::report
