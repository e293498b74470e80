// report.junit.xml: the audit as JUnit XML, so a CI server (GitLab, Jenkins, GitHub test
// reporters) lists it next to unit tests: one <testsuite> per category, one <testcase> per
// evaluated rule. A rule whose findings are errors or warnings is a <failure> (type = severity)
// listing them; a rule with info findings only passes and lists them in <system-out>; a rule that
// does not apply is <skipped> with its reason; a rule that could not run is an <error>. Pure
// function; thread-safe.
#pragma once

#include <string>

#include "report/report.h"

namespace joignable::report {

// <testsuites name="joignable"> holding <testsuite name="joignable.<category>"> per category in
// the Report's order (then any category the rules name that it lacks), each with
// <testcase classname="joignable.<category>" name="<rule id>"> per RuleSummary in rule order.
// Always well-formed XML 1.0.
std::string render_junit(const Report& report);

}  // namespace joignable::report
