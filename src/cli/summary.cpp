#include "cli/summary.h"

#include <iostream>

namespace joignable::cli {
namespace {

// "tried: contact forms 1 answered, 1 unanswered; calls 4 of 7 reached someone".
void print_tried(std::ostream& out, const TriedSummary& tried) {
  if (tried.forms.empty() && tried.calls == 0) return;
  out << "tried:";
  if (!tried.forms.empty()) {
    out << " contact forms";
    const char* separator = " ";
    for (const auto& [state, count] : tried.forms) {
      out << separator << count << " " << state;
      separator = ", ";
    }
    if (tried.calls > 0) out << ";";
  }
  if (tried.calls > 0) {
    out << " calls " << tried.calls_answered << " of " << tried.calls << " reached someone";
  }
  out << "\n";
}

}  // namespace

void print_summary(std::ostream& out, const target::Target& target, const AuditSummary& summary) {
  const std::string& site = target.site_shown.empty() ? target.site : target.site_shown;
  out << "joignable: " << target.name << " (" << site << "): " << summary.pages
      << (summary.pages == 1 ? " page" : " pages");
  if (summary.rendered_pages > 0) out << " (" << summary.rendered_pages << " rendered)";
  out << ", ";
  if (summary.overall_score) {
    out << "score " << *summary.overall_score << "/100 (" << summary.grade << "), ";
  } else {
    out << "no score, ";
  }
  out << summary.findings << (summary.findings == 1 ? " finding\n" : " findings\n");
  if (summary.exit_code == ExitCode::unreachable) {
    out << "the home page could not be fetched: see the site.unreachable finding\n";
  }
  if (const report::Changes& changes = summary.changes; changes.compared()) {
    out << "since " << (changes.previous ? "run " + std::to_string(changes.previous->run)
                                         : "the baseline " + changes.baseline);
    if (changes.score_delta) {
      out << ": score " << (*changes.score_delta > 0 ? "+" : "") << *changes.score_delta << ",";
    } else {
      out << ":";
    }
    out << " " << changes.new_findings.size() << " new, " << changes.fixed.size() << " fixed\n";
  }
  print_tried(out, summary.tried);
  for (const auto& path : summary.written) out << "  " << path.string() << "\n";
  out << "  run stored in " << summary.db_file.string() << "\n";
  for (const auto& error : summary.errors) {
    std::cerr << "joignable: internal error, page not analysed: " << error << "\n";
  }
}

int report_error(const Error& error, ExitCode code) {
  std::cerr << "joignable: " << error.to_string() << "\n";
  return to_int(code);
}

}  // namespace joignable::cli
