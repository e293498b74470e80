// report.junit.xml: one JUnit test case per evaluated rule, so a CI server lists the audit next
// to unit tests. A failed rule is a <failure> listing its findings, a rule that does not apply
// is <skipped/>, a rule that could not run is an <error>. Pure function; thread-safe.
#pragma once

#include <string>

#include "report/report.h"

namespace joignable::report {

// <testsuites><testsuite name="joignable"> with one <testcase classname="<category>"
// name="<rule id>"> per RuleSummary, in the Report's rule order. Always well-formed XML 1.0.
std::string render_junit(const Report& report);

}  // namespace joignable::report
