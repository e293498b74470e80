#include "report/csv_writer.h"

#include <catch2/catch.hpp>

#include "report/report_samples.h"

namespace joignable::report {

TEST_CASE("findings.csv has one quoted, formula-safe row per finding", "[report]") {
  const std::string csv = render_csv(testing::hostile_report("fr"));
  const std::string expected =
      "rule,category,severity,url,message,evidence,points\r\n"
      "phone.premium_rate,phone,error,http://127.0.0.1:8080/contact,"
      "Le numéro 08 99 12 34 56 est surtaxé,<script>alert(1)</script>,12.5\r\n"
      "link.broken_external,links,warning,javascript:alert(1),"
      "Lien cass\xEF\xBF\xBD\xEF\xBF\xBD,'=cmd|' /C calc'!A0,3.1\r\n"
      "link.broken_external,links,warning,http://127.0.0.1:8080/b,"
      "\"Lien, \"\"cité\"\"\nsur deux lignes\",'+SUM(A1),3.1\r\n";
  CHECK(csv == expected);
}

TEST_CASE("findings.csv of a report without findings is the header alone", "[report]") {
  CHECK(render_csv(Report{}) == "rule,category,severity,url,message,evidence,points\r\n");
}

}  // namespace joignable::report
