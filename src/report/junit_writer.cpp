#include "report/junit_writer.h"

#include <algorithm>
#include <sstream>

#include "report/escape.h"
#include "report/labels.h"
#include "rules/catalogue.h"

namespace joignable::report {
namespace {

using Status = rules::Outcome::Status;

struct Counts {
  int tests = 0, failures = 0, errors = 0, skipped = 0;
};

bool fails(const RuleSummary& rule) {
  return rule.status == Status::fail && rule.severity != rules::Severity::info;
}

Counts count(const Report& report, const std::string* category) {
  Counts counts;
  for (const RuleSummary& rule : report.rules) {
    if (category != nullptr && rule.category != *category) continue;
    ++counts.tests;
    if (fails(rule)) ++counts.failures;
    if (rule.status == Status::error) ++counts.errors;
    if (rule.status == Status::not_applicable) ++counts.skipped;
  }
  return counts;
}

void write_counts(const Counts& counts, std::ostream& out) {
  out << " tests=\"" << counts.tests << "\" failures=\"" << counts.failures << "\" errors=\""
      << counts.errors << "\" skipped=\"" << counts.skipped << "\" time=\"0\"";
}

// One line per finding: "url: message (evidence)".
std::string findings_text(const Report& report, const RuleSummary& rule) {
  std::string text;
  for (const ReportFinding& finding : report.findings) {
    if (finding.rule != rule.id) continue;
    if (!finding.url.empty()) text += finding.url + ": ";
    text += finding.message;
    if (!finding.evidence.empty()) text += " (" + finding.evidence + ")";
    text += "\n";
  }
  return text;
}

void write_case(const Report& report, const RuleSummary& rule, std::ostream& out) {
  out << "    <testcase classname=\"joignable." << xml_escape(rule.category) << "\" name=\""
      << xml_escape(rule.id) << "\" time=\"0\"";
  switch (rule.status) {
    case Status::pass: out << "/>\n"; return;
    case Status::not_applicable:
      out << ">\n      <skipped message=\""
          << xml_escape(label("junit_not_applicable", report.lang)) << "\"/>\n";
      break;
    case Status::error:
      out << ">\n      <error message=\"" << xml_escape(rule.error_message) << "\"/>\n";
      break;
    case Status::fail:
      if (fails(rule)) {
        out << ">\n      <failure message=\""
            << xml_escape(std::to_string(rule.findings) + " × " + rule.title) << "\" type=\"" << rules::to_string(rule.severity) << "\">"
            << xml_escape(findings_text(report, rule)) << "</failure>\n";
      } else {  // info: worth reading, not worth a red build
        out << ">\n      <system-out>" << xml_escape(findings_text(report, rule))
            << "</system-out>\n";
      }
      break;
  }
  out << "    </testcase>\n";
}

// The categories in the Report's order, then those only the rules name.
std::vector<CategorySummary> categories_of(const Report& report) {
  std::vector<CategorySummary> categories = report.categories;
  for (const RuleSummary& rule : report.rules) {
    const bool known = std::any_of(categories.begin(), categories.end(),
                                   [&](const CategorySummary& c) { return c.id == rule.category; });
    if (!known) categories.push_back({rule.category, rule.category, std::nullopt});
  }
  return categories;
}

void write_suite(const Report& report, const CategorySummary& category, std::ostream& out) {
  const Counts counts = count(report, &category.id);
  if (counts.tests == 0) return;
  out << "  <testsuite name=\"joignable." << xml_escape(category.id) << "\"";
  write_counts(counts, out);
  out << " timestamp=\"" << xml_escape(report.started_at) << "\">\n"
      << "    <properties>\n"
      << "      <property name=\"site\" value=\"" << xml_escape(report.site) << "\"/>\n"
      << "      <property name=\"title\" value=\"" << xml_escape(category.title) << "\"/>\n"
      << "      <property name=\"score\" value=\""
      << (category.score ? std::to_string(*category.score) : std::string()) << "\"/>\n"
      << "    </properties>\n";
  for (const RuleSummary& rule : report.rules) {
    if (rule.category == category.id) write_case(report, rule, out);
  }
  out << "  </testsuite>\n";
}

}  // namespace

std::string render_junit(const Report& report) {
  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"joignable\"";
  write_counts(count(report, nullptr), out);
  out << ">\n";
  for (const CategorySummary& category : categories_of(report)) write_suite(report, category, out);
  out << "</testsuites>\n";
  return out.str();
}

}  // namespace joignable::report
