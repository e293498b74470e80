#include "report/csv_writer.h"

#include <cstdio>

#include "report/escape.h"
#include "rules/catalogue.h"

namespace joignable::report {
namespace {

// One decimal, a point as separator whatever the report's language: a machine column.
std::string points_field(double points) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", points);
  return buffer;
}

}  // namespace

std::string render_csv(const Report& report) {
  std::string csv = "rule,category,severity,url,message,evidence,points\r\n";
  for (const ReportFinding& finding : report.findings) {
    csv += csv_field(finding.rule) + ',' + csv_field(finding.category) + ',' +
           csv_field(rules::to_string(finding.severity)) + ',' + csv_field(finding.url) + ',' +
           csv_field(finding.message) + ',' + csv_field(finding.evidence) + ',' +
           points_field(finding.points) + "\r\n";
  }
  return csv;
}

}  // namespace joignable::report
