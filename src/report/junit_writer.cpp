#include "report/junit_writer.h"

#include <sstream>

#include "report/escape.h"
#include "rules/catalogue.h"

namespace joignable::report {
namespace {

struct Counts {
  int tests = 0, failures = 0, errors = 0, skipped = 0;
};

Counts count(const Report& report) {
  Counts counts;
  for (const RuleSummary& rule : report.rules) {
    ++counts.tests;
    if (rule.status == rules::Outcome::Status::fail) ++counts.failures;
    if (rule.status == rules::Outcome::Status::error) ++counts.errors;
    if (rule.status == rules::Outcome::Status::not_applicable) ++counts.skipped;
  }
  return counts;
}

void write_counts(const Counts& counts, std::ostream& out) {
  out << " tests=\"" << counts.tests << "\" failures=\"" << counts.failures << "\" errors=\""
      << counts.errors << "\" skipped=\"" << counts.skipped << "\"";
}

// One line per finding: "url: message (evidence)".
std::string failure_text(const Report& report, const RuleSummary& rule) {
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
  out << "    <testcase classname=\"" << xml_escape(rule.category) << "\" name=\""
      << xml_escape(rule.id) << "\"";
  switch (rule.status) {
    case rules::Outcome::Status::pass: out << "/>\n"; return;
    case rules::Outcome::Status::not_applicable: out << ">\n      <skipped/>\n"; break;
    case rules::Outcome::Status::error:
      out << ">\n      <error message=\"" << xml_escape(rule.error_message) << "\"/>\n";
      break;
    case rules::Outcome::Status::fail:
      out << ">\n      <failure message=\"" << xml_escape(rule.title) << "\" type=\""
          << rules::to_string(rule.severity) << "\">" << xml_escape(failure_text(report, rule))
          << "</failure>\n";
      break;
  }
  out << "    </testcase>\n";
}

}  // namespace

std::string render_junit(const Report& report) {
  const Counts counts = count(report);
  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"joignable\"";
  write_counts(counts, out);
  out << ">\n  <testsuite name=\"joignable\"";
  write_counts(counts, out);
  out << " timestamp=\"" << xml_escape(report.started_at) << "\">\n";
  out << "    <properties>\n"
      << "      <property name=\"site\" value=\"" << xml_escape(report.site) << "\"/>\n"
      << "      <property name=\"score\" value=\""
      << (report.overall_score ? std::to_string(*report.overall_score) : std::string()) << "\"/>\n"
      << "      <property name=\"grade\" value=\"" << xml_escape(report.grade) << "\"/>\n"
      << "    </properties>\n";
  for (const RuleSummary& rule : report.rules) write_case(report, rule, out);
  out << "  </testsuite>\n</testsuites>\n";
  return out.str();
}

}  // namespace joignable::report
