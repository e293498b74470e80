// The view of the HTML report's "Reachability tested" section (Joignabilité testée): the call
// log's week grids (call_grid.h) and its table. Part of the html writer, split from
// html_writer.cpp for size: only html_writer.cpp includes it, so mustache stays in the writer.
// Pure; thread-safe.
#pragma once

#include <kainjow/mustache.hpp>
#include <string>

#include "report/report.h"

namespace joignable::report {

// Sets has_reachability, call_grids and calls on `view`, in the report's language.
void add_reachability(kainjow::mustache::data& view, const Report& report);

}  // namespace joignable::report
