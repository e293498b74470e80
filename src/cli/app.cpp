// CLI11 wiring: one subcommand per command of CONTRACT.md. Commands whose issue has not landed
// are listed, say so in their help, and exit 2.
#include "cli/app.h"

#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/audit_command.h"
#include "cli/batch_command.h"
#include "cli/compare_command.h"
#include "cli/demo_command.h"
#include "cli/exit_code.h"
#include "cli/extract_command.h"
#include "cli/history_command.h"
#include "cli/probe_command.h"
#include "cli/replies_command.h"
#include "util/build_info.h"

namespace joignable::cli {
namespace {

constexpr const char* kFormatsHelp =
    "extra report formats, comma-separated: md, junit, csv, pdf (printed by headless Chromium; "
    "html and json are always written)";

constexpr const char* kAuditFooter = R"(Exit codes:
  0  the audit ran and no threshold tripped
  1  the audit ran and a threshold tripped (--fail-under, --fail-under-category, --fail-on new,
     --strict); each one that tripped is named on stderr, even with --quiet
  2  usage, target file or baseline error (the message names the file, line and key)
  3  the site could not be audited at all (home page unreachable); report.json is still written
The command line wins over the JOIGNABLE_* variables shown after each option.)";

void add_audit(CLI::App& app, AuditArgs& args) {
  CLI::App* audit = app.add_subcommand("audit", "audit a company's site and write the reports");
  audit->footer(kAuditFooter);
  audit->add_option("TARGET", args.target, "a target file (TOML, see targets/) or a bare URL")
      ->required();
  audit->add_option("--out", args.out, "folder for the reports")
      ->capture_default_str()
      ->envname("JOIGNABLE_OUT");
  audit->add_option("--format", args.formats, kFormatsHelp)->envname("JOIGNABLE_FORMAT");
  audit->add_option("--lang", args.lang, "report language, overrides the target's")
      ->check(CLI::IsMember({"fr", "en"}))
      ->envname("JOIGNABLE_LANG");
  audit->add_option("--db", args.db,
                    "SQLite store of the runs (default $XDG_DATA_HOME/joignable/joignable.db, "
                    "else ~/.local/share/joignable/joignable.db)")
      ->envname("JOIGNABLE_DB");
  audit->add_option("--baseline", args.baseline,
                    "a previous report.json to compare with, instead of the previous run in the "
                    "store")
      ->envname("JOIGNABLE_BASELINE");
  audit->add_option("--fail-under", args.fail_under, "exit 1 when the overall score is below N")
      ->check(CLI::Range(0, 100))
      ->envname("JOIGNABLE_FAIL_UNDER");
  audit->add_option("--fail-under-category", args.fail_under_category,
                    "exit 1 when a category scores below its minimum: phone=80,forms=70")
      ->envname("JOIGNABLE_FAIL_UNDER_CATEGORY");
  audit->add_option("--fail-on", args.fail_on,
                    "new: exit 1 when a finding is new since the previous run or the baseline")
      ->check(CLI::IsMember({"new"}))
      ->envname("JOIGNABLE_FAIL_ON");
  audit->add_flag("--strict", args.strict, "exit 1 when a finding of severity error exists")
      ->envname("JOIGNABLE_STRICT");
  audit->add_option("--max-pages", args.max_pages, "pages of the site to crawl, at most")
      ->check(CLI::PositiveNumber)
      ->envname("JOIGNABLE_MAX_PAGES");
  audit->add_option("--concurrency", args.concurrency, "requests in flight, at most")
      ->check(CLI::Range(1, 1024))
      ->envname("JOIGNABLE_CONCURRENCY");
  audit->add_option("--render", args.render,
                    "read pages in headless Chromium first: auto (application shells, and "
                    "contact pages without a contact point), always, or never; overrides the "
                    "target's [crawl] render (default auto)")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->envname("JOIGNABLE_RENDER");
  audit->add_flag("--no-screenshots", args.no_screenshots,
                  "no screenshots of the home and contact pages in report.html (taken when "
                  "Chromium is installed; the target's [report] screenshots)")
      ->envname("JOIGNABLE_NO_SCREENSHOTS");
  audit->add_flag("--quiet", args.quiet, "no progress on stderr (threshold lines still are)")
      ->envname("JOIGNABLE_QUIET");
  audit->add_flag("--resume", args.resume,
                  "finish the last run of this site that was interrupted (same --db), fetching "
                  "again only what it had not stored");
  audit->add_flag("--allow-private", args.allow_private,
                  "follow links and redirects to private, loopback and link-local addresses "
                  "too (refused by default, reported as link.refused_private)");
  // Hidden (empty group): lets tests use a loopback server as a public site.
  audit->add_flag("--test-public-loopback", args.test_public_loopback)->group("");
}

void add_history(CLI::App& app, HistoryArgs& args) {
  CLI::App* history = app.add_subcommand(
      "history", "every finished run of a target: date, scores, findings, new, fixed, pages");
  history->add_option("TARGET", args.target, "a target file or a bare URL, as given to audit")
      ->required();
  history->add_option("--db", args.db,
                      "SQLite store of the runs (default: the per-user store, as for audit)")
      ->envname("JOIGNABLE_DB");
  history->add_option("--format", args.format, "table, json or csv")
      ->capture_default_str()
      ->check(CLI::IsMember({"table", "json", "csv"}));
}

void add_extract(CLI::App& app, ExtractArgs& args) {
  CLI::App* extract =
      app.add_subcommand("extract", "print the contact points of one page as JSON");
  extract->add_option("FILE_OR_URL", args.input, "a local HTML file or an http(s) URL")
      ->required();
  extract->add_option("--base-url", args.base_url, "the URL a local file is resolved against")
      ->capture_default_str();
  extract->add_option("--region", args.region, "default region for phone numbers")
      ->capture_default_str();
}

void add_demo(CLI::App& app, DemoArgs& args) {
  CLI::App* demo = app.add_subcommand(
      "demo", "audit the bundled demo site, served on 127.0.0.1 (no network needed)");
  demo->add_option("--out", args.out, "folder for the reports")->capture_default_str();
  demo->add_option("--lang", args.lang, "report language")->check(CLI::IsMember({"fr", "en"}));
  demo->add_option("--db", args.db, "SQLite store of the runs (default OUT/joignable.db)");
  demo->add_flag("--quiet", args.quiet, "no progress on stderr");
}

void add_batch(CLI::App& app, BatchArgs& args) {
  CLI::App* batch = app.add_subcommand(
      "batch", "audit many targets, one folder each, and write a portfolio index");
  batch->add_option("TARGET", args.targets,
                    "target files, globs of them (\"clients/*.toml\"), files listing URLs one "
                    "per line, or URLs")
      ->required();
  batch->add_option("--jobs", args.jobs, "audits running at once, each its own process")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  batch->add_option("--out", args.out, "folder for DIR/<slug>/report.* and DIR/index.html")
      ->capture_default_str();
  batch->add_option("--shard", args.shard,
                    "audit only share K of N (1 <= K <= N), by a stable hash of each target; "
                    "\"/N\" takes K from JOB_COMPLETION_INDEX + 1 (Kubernetes Indexed Job)");
  batch->add_option("--db", args.db,
                    "SQLite store every audit writes to (default: the per-user store, as for "
                    "audit)")
      ->envname("JOIGNABLE_DB");
  batch->add_option("--lang", args.lang, "language of the reports and the index")
      ->check(CLI::IsMember({"fr", "en"}));
  batch->add_option("--format", args.formats,
                    "extra report formats besides html, json and md: junit, csv");
  batch->add_flag("--quiet", args.quiet, "no line per finished audit on stderr");
  batch->footer(
      "Exit codes: 0 every target audited; 2 usage or target list error; 3 some site was "
      "unreachable or its audit failed (the index says which and why).");
}

void add_merge(CLI::App& app, MergeArgs& args) {
  CLI::App* merge =
      app.add_subcommand("merge", "join the folders of batch shards into one portfolio index");
  merge->add_option("DIR", args.dirs, "the --out folders of the shards")->required();
  merge->add_option("--out", args.out, "folder for the merged targets and index.html")
      ->required();
  merge->add_option("--lang", args.lang, "language of index.html")
      ->check(CLI::IsMember({"fr", "en"}));
}

void add_compare(CLI::App& app, CompareArgs& args) {
  CLI::App* compare = app.add_subcommand(
      "compare", "several companies side by side: compare.html, compare.json, compare.md");
  compare->add_option("TARGET", args.targets,
                      "two or more target files, globs, URL list files or URLs")
      ->required();
  compare->add_option("--out", args.out, "folder for compare.* and the new audits' reports")
      ->capture_default_str();
  compare->add_option("--db", args.db,
                      "SQLite store whose runs younger than 7 days are reused (default: the "
                      "per-user store, as for audit)")
      ->envname("JOIGNABLE_DB");
  compare->add_option("--lang", args.lang, "language of the comparison (default: first target's)")
      ->check(CLI::IsMember({"fr", "en"}));
  compare->add_flag("--fresh", args.fresh, "audit every target now, even with a recent run");
  compare->add_flag("--no-screenshots", args.no_screenshots,
                    "no screenshots in the new audits' reports (as audit --no-screenshots)")
      ->envname("JOIGNABLE_NO_SCREENSHOTS");
  compare->add_flag("--quiet", args.quiet, "no progress on stderr");
}

void add_probe(CLI::App& app, ProbeArgs& args) {
  CLI::App* probe = app.add_subcommand(
      "probe",
      "submit the target's contact forms once, with a token, to test whether they are answered "
      "(opt-in: [probe] enabled = true in the target AND --yes; otherwise lists what it would "
      "send)");
  probe->add_option("TARGET", args.target, "a target file (TOML, see targets/)")->required();
  probe->add_option("--db", args.db,
                    "SQLite store of the runs and probes (default: the per-user store, as for "
                    "audit)")
      ->envname("JOIGNABLE_DB");
  probe->add_flag("--yes", args.yes, "really submit the forms (with [probe] enabled = true)");
  probe->add_flag("--dry-run", args.dry_run,
                  "print each form, its action and the value of every field; send nothing");
}

void add_replies(CLI::App& app, RepliesArgs& args) {
  CLI::App* replies = app.add_subcommand(
      "replies",
      "read the [probe] mailbox over IMAP for answers to the probes (credentials from "
      "JOIGNABLE_IMAP_USER and JOIGNABLE_IMAP_PASSWORD, or ~/.netrc)");
  replies->add_option("TARGET", args.target, "a target file (TOML, see targets/)")->required();
  replies->add_option("--db", args.db,
                      "SQLite store of the runs and probes (default: the per-user store, as for "
                      "audit)")
      ->envname("JOIGNABLE_DB");
}

}  // namespace

int run(int argc, char** argv) {
  CLI::App app{"joignable: audits how easily customers can reach a company"};
  app.set_version_flag("--version", std::string("joignable ") + build_info::kVersion);
  app.require_subcommand(1);
  AuditArgs audit;
  ExtractArgs extract;
  DemoArgs demo;
  HistoryArgs history;
  ProbeArgs probe;
  RepliesArgs replies;
  add_audit(app, audit);
  add_extract(app, extract);
  add_demo(app, demo);
  BatchArgs batch;
  MergeArgs merge;
  add_batch(app, batch);
  add_merge(app, merge);
  CompareArgs compare;
  add_compare(app, compare);
  add_probe(app, probe);
  add_replies(app, replies);
  add_history(app, history);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? to_int(ExitCode::ok) : to_int(ExitCode::usage);
  }
  const std::string name = app.get_subcommands().front()->get_name();
  if (name == "audit") return run_audit_command(audit);
  if (name == "extract") return run_extract_command(extract);
  if (name == "demo") return run_demo_command(demo);
  if (name == "batch") return run_batch_command(batch);
  if (name == "merge") return run_merge_command(merge);
  if (name == "compare") return run_compare_command(compare);
  if (name == "history") return run_history_command(history);
  if (name == "probe") return run_probe_command(probe);
  if (name == "replies") return run_replies_command(replies);
  std::cerr << "joignable: " << name << ": not available yet in this version\n";
  return to_int(ExitCode::usage);
}

}  // namespace joignable::cli
