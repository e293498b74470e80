#include "report/junit_writer.h"

#include <vector>

#include <catch2/catch.hpp>

#include "report/escape.h"
#include "report/report_samples.h"

namespace joignable::report {
namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

// Enough of XML for what the writer emits (a declaration, elements, attributes in double quotes,
// text, entity references): tags balance, attribute values and text hold no raw < or &.
bool well_formed(const std::string& xml) {
  std::vector<std::string> open;
  std::size_t at = xml.find("?>");
  if (xml.rfind("<?xml ", 0) != 0 || at == std::string::npos) return false;
  at += 2;
  while (at < xml.size()) {
    const std::size_t lt = xml.find('<', at);
    const std::string text = xml.substr(at, lt == std::string::npos ? std::string::npos : lt - at);
    for (std::size_t amp = text.find('&'); amp != std::string::npos;
         amp = text.find('&', amp + 1)) {
      if (text.find(';', amp) == std::string::npos) return false;
    }
    if (lt == std::string::npos) break;
    const std::size_t gt = xml.find('>', lt);
    if (gt == std::string::npos) return false;
    std::string tag = xml.substr(lt + 1, gt - lt - 1);
    if (tag.find('<') != std::string::npos || occurrences(tag, "\"") % 2 != 0) return false;
    if (tag.front() == '/') {
      if (open.empty() || open.back() != tag.substr(1)) return false;
      open.pop_back();
    } else if (tag.back() != '/') {
      open.push_back(tag.substr(0, tag.find(' ')));
    }
    at = gt + 1;
  }
  return open.empty();
}

}  // namespace

TEST_CASE("the junit report has a suite per category, a case per rule, matching counts",
          "[report]") {
  const std::string xml = render_junit(testing::hostile_report("fr"));
  CHECK(well_formed(xml));
  CHECK(valid_utf8(xml) == xml);
  CHECK(contains(xml,
                 "<testsuites name=\"joignable\" tests=\"5\" failures=\"2\" errors=\"1\" "
                 "skipped=\"1\" time=\"0\">"));
  CHECK(occurrences(xml, "<testsuite ") == 3);
  CHECK(contains(xml,
                 "<testsuite name=\"joignable.phone\" tests=\"2\" failures=\"1\" errors=\"0\" "
                 "skipped=\"0\" time=\"0\" timestamp=\"2026-11-23T09:58:00Z\">"));
  CHECK(occurrences(xml, "<testcase ") == 5);
  CHECK(contains(xml,
                 "<testcase classname=\"joignable.phone\" name=\"phone.missing\" time=\"0\"/>"));
  // A skip says why, for the CI viewers that show it.
  CHECK(contains(xml, "<testcase classname=\"joignable.forms\" name=\"form.missing\" time=\"0\">\n"
                      "      <skipped message=\"sans objet : "));
  CHECK(contains(xml, "<error message=\"check failed: &lt;boom&gt;\"/>"));
  CHECK(occurrences(xml, "<failure ") == 2);
  CHECK(contains(xml, "<property name=\"score\" value=\"50\"/>"));
}

TEST_CASE("a rule with info findings only passes and shows them in system-out", "[report]") {
  Report report = testing::hostile_report("en");
  for (auto& rule : report.rules) {
    if (rule.id == "phone.premium_rate") rule.severity = rules::Severity::info;
  }
  const std::string xml = render_junit(report);
  CHECK(occurrences(xml, "<failure ") == 1);
  CHECK(contains(xml, "<system-out>http://127.0.0.1:8080/contact: "));
}

TEST_CASE("the junit failure lists the rule's findings, escaped", "[report]") {
  const std::string xml = render_junit(testing::hostile_report("en"));
  CHECK(contains(xml,
                 "<failure message=\"1 × Title of phone.premium_rate\" type=\"error\">"
                 "http://127.0.0.1:8080/contact: Le numéro 08 99 12 34 56 est surtaxé "
                 "(&lt;script&gt;alert(1)&lt;/script&gt;)&#10;</failure>"));
  CHECK(contains(xml,
                 "javascript:alert(1): Lien cass\xEF\xBF\xBD\xEF\xBF\xBD "
                 "(=cmd|&apos; /C calc&apos;!A0)&#10;http://127.0.0.1:8080/b: Lien, "
                 "&quot;cité&quot;&#10;sur deux lignes (+SUM(A1))&#10;</failure>"));
  CHECK_FALSE(contains(xml, "<script"));
}

TEST_CASE("the well-formedness check catches a raw tag", "[report]") {
  CHECK_FALSE(well_formed("<?xml version=\"1.0\"?>\n<a><b></a>"));
  CHECK_FALSE(well_formed("<?xml version=\"1.0\"?>\n<a>x & y</a>"));
  CHECK(well_formed("<?xml version=\"1.0\"?>\n<a x=\"1\"><b/>t &amp; u</a>\n"));
}

}  // namespace joignable::report
