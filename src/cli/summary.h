// What a command prints when it ends: the audit's summary on stdout, errors on stderr (the
// run's own errors too: pages whose analysis threw).
#pragma once

#include <ostream>

#include "cli/audit_pipeline.h"
#include "cli/exit_code.h"
#include "target/target.h"
#include "util/result.h"

namespace joignable::cli {

void print_summary(std::ostream& out, const target::Target& target, const AuditSummary& summary);

// Prints "joignable: <error>" on stderr and returns `code` as an int, for `return report_error(...)`.
int report_error(const Error& error, ExitCode code);

}  // namespace joignable::cli
