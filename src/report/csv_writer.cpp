#include "report/csv_writer.h"

#include "report/escape.h"
#include "rules/catalogue.h"

namespace joignable::report {

std::string render_csv(const Report& report) {
  std::string csv = "rule,category,severity,url,message,evidence\r\n";
  for (const ReportFinding& finding : report.findings) {
    csv += csv_field(finding.rule) + ',' + csv_field(finding.category) + ',' +
           csv_field(rules::to_string(finding.severity)) + ',' + csv_field(finding.url) + ',' +
           csv_field(finding.message) + ',' + csv_field(finding.evidence) + "\r\n";
  }
  return csv;
}

}  // namespace joignable::report
