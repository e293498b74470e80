#include "report/markdown_writer.h"

#include <sstream>
#include <string_view>

#include "report/escape.h"
#include "report/html_sections.h"
#include "report/labels.h"
#include "report/summary.h"
#include "report/values.h"
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
      << markdown_escape(display_date_time(report.finished_at, lang)) << "\n"
      << "- " << label("pages_crawled", lang) << label("colon", lang)
      << report.site_model.pages.size() << "\n"
      << "- " << label("findings_total", lang) << label("colon", lang) << report.findings.size()
      << " (" << label("severity_error", lang) << " " << counts.error << ", "
      << label("severity_warning", lang) << " " << counts.warning << ", "
      << label("severity_info", lang) << " " << counts.info << ")\n"
      << "- " << label("broken_links", lang) << label("colon", lang)
      << report.site_model.broken_links.size() << "\n\n";
}

// "`rule` key": how a finding that has gone is named (its wording went with it).
std::string ref_text(const Report& report, const FindingRef& ref) {
  const RuleSummary* rule = find_rule(report, ref.rule);
  std::string text = (rule ? markdown_escape(rule->title) + " " : "") + "(`" + ref.rule + "`)";
  if (!ref.key.empty()) text += " — " + markdown_escape(ref.key);
  return text;
}

// What changed since the previous run or the baseline: first, because a CI comment is read for it.
void write_changes(const Report& report, std::ostream& out) {
  const Changes& changes = report.changes;
  if (!changes.compared()) return;
  const std::string_view lang = report.lang;
  out << "### " << label("changes", lang) << " ";
  if (changes.previous) {
    out << label("changes_since_run", lang) << " " << changes.previous->run << " ("
        << markdown_escape(display_date_time(changes.previous->finished_at, lang)) << ")";
  } else {
    out << label("changes_since_baseline", lang) << " " << markdown_escape(changes.baseline);
  }
  out << "\n\n";
  if (changes.score_delta) {
    out << "- " << label("score_delta", lang) << label("colon", lang) << "**"
        << (*changes.score_delta > 0 ? "+" : "") << *changes.score_delta << "**\n";
  }
  out << "- " << label("findings_new", lang) << label("colon", lang)
      << changes.new_findings.size() << "\n"
      << "- " << label("findings_fixed", lang) << label("colon", lang) << changes.fixed.size()
      << "\n\n";
  if (changes.new_findings.empty() && changes.fixed.empty()) {
    out << label("changes_none", lang) << "\n\n";
    return;
  }
  if (!changes.new_findings.empty()) {
    out << "**" << label("findings_new", lang) << "**\n\n";
    for (const ReportFinding& finding : report.findings) {
      if (!finding.is_new) continue;
      out << "- 🆕 " << markdown_escape(finding.message) << " (`" << finding.rule << "`)";
      if (!finding.url.empty()) out << " — " << markdown_escape(finding.url);
      out << "\n";
    }
    out << "\n";
  }
  if (!changes.fixed.empty()) {
    out << "**" << label("findings_fixed", lang) << "**\n\n";
    for (const FindingRef& ref : changes.fixed) out << "- ✅ " << ref_text(report, ref) << "\n";
    out << "\n";
  }
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
    const ReportFinding& finding = *priority.finding;
    const std::string title = priority.rule ? priority.rule->title : finding.rule;
    out << rank++ << ". **" << display_points(finding.points, lang) << "** · **"
        << label(std::string("severity_") + std::string(rules::to_string(finding.severity)), lang)
        << "** · " << markdown_escape(title) << " (`" << finding.rule << "`)";
    out << " — " << markdown_escape(finding.message);
    if (!finding.url.empty()) out << " — " << markdown_escape(finding.url);
    out << "\n";
  }
  out << "\n";
}

std::string status_text(const crawl::FetchStatus& status, std::string_view lang) {
  return display_status(status, lang);
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

// One cell of the listings table: what the listing says, then whether the site agrees.
std::string listing_cell(const std::string& value, model::Agreement agreement,
                         std::string_view lang) {
  const std::string shown = value.empty() ? std::string(label("not_given", lang)) : value;
  return markdown_escape(shown) + " (" +
         std::string(label("agreement_" + std::string(model::to_string(agreement)), lang)) + ")";
}

void write_listings(const Report& report, std::ostream& out) {
  if (report.listings.empty()) return;
  const std::string_view lang = report.lang;
  out << "### " << label("listings", lang) << "\n\n"
      << "| " << label("name", lang) << " | " << label("phones", lang) << " | "
      << label("address", lang) << " | " << label("hours", lang) << " |\n"
      << "|---|---|---|---|\n";
  for (const ListingSummary& summary : report.listings) {
    out << "| " << markdown_escape(summary.name) << " | ";
    if (!summary.listing.read) {
      out << label("listing_unreadable", lang) << label("colon", lang)
          << markdown_escape(summary.listing.error) << " | | |\n";
      continue;
    }
    const model::ListingComparison& comparison = summary.comparison;
    const std::string phone = summary.listing.phones.empty() ? std::string()
                              : summary.listing.phones.front().display.empty()
                                  ? summary.phone
                                  : summary.listing.phones.front().display;
    const std::string hours =
        summary.listing.hours.has_hours() ? display_week(summary.listing.hours, lang) : "";
    out << listing_cell(phone, comparison.phone, lang) << " | "
        << listing_cell(summary.address, comparison.address.agreement, lang) << " | "
        << listing_cell(hours, comparison.hours.agreement, lang) << " |\n";
  }
  out << "\n";
}

}  // namespace

std::string render_markdown(const Report& report) {
  std::ostringstream out;
  write_header(report, out);
  write_changes(report, out);
  write_categories(report, out);
  write_priorities(report, out);
  write_coverage(report, out);
  write_listings(report, out);
  return out.str();
}

}  // namespace joignable::report
