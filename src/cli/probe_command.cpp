#include "cli/probe_command.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <set>

#include "cli/clock.h"
#include "cli/exit_code.h"
#include "cli/summary.h"
#include "crawl/crawler.h"
#include "extract/page_analysis.h"
#include "probe/form_probe.h"
#include "rules/catalogue.h"
#include "store/probe_store.h"
#include "store/run_store.h"
#include "store/stored_run.h"
#include "store/store_location.h"
#include "target/target_loader.h"
#include "util/data_dir.h"

namespace joignable::cli {
namespace {

// The pages of the newest stored run of the site that hold a contact form; nullopt when the
// site has no finished run.
Result<std::optional<std::vector<std::string>>> stored_form_pages(const std::string& db,
                                                                  const std::string& site) {
  auto runs = store::RunStore::open(db);
  if (!runs) return tl::unexpected(runs.error());
  auto summaries = runs->runs_for_site(site);
  if (!summaries) return tl::unexpected(summaries.error());
  for (const store::RunSummary& summary : *summaries) {
    if (summary.finished_at.empty()) continue;
    auto run = runs->load_run(summary.id);
    if (!run) return tl::unexpected(run.error());
    std::vector<std::string> pages;
    for (const model::SiteForm& form : run->forms) {
      const bool seen = std::find(pages.begin(), pages.end(), form.page) != pages.end();
      if (form.form.kind == extract::FormKind::contact && !seen) pages.push_back(form.page);
    }
    return std::optional(std::move(pages));
  }
  return std::optional<std::vector<std::string>>();
}

// A fresh crawl of the site, keeping only the pages that hold a contact form, in crawl order.
std::vector<std::string> crawled_form_pages(const target::Target& target) {
  std::mutex mutex;
  std::set<std::string> with_form;
  const crawl::CrawlResult crawled = crawl::crawl(
      target.site, target.crawl, [&](const crawl::Page& page, std::string_view body) {
        extract::PageAnalysis analysis = extract::analyse_page(body, page.final_url, target.region);
        for (const extract::FormInfo& form : analysis.contacts.forms) {
          if (form.kind != extract::FormKind::contact) continue;
          const std::lock_guard lock(mutex);
          with_form.insert(page.final_url);
        }
        return std::move(analysis.links);
      });
  std::vector<std::string> pages;
  for (const crawl::Page& page : crawled.pages) {
    if (with_form.erase(page.final_url) > 0) pages.push_back(page.final_url);
  }
  return pages;
}

std::string quoted(const std::string& value) {
  std::string out = "\"";
  for (char c : value) {
    if (c == '\n') out += "\\n";
    else if (c == '"') out += "\\\"";
    else out += c;
  }
  return out + "\"";
}

const char* step_label(probe::FormStep step) {
  switch (step) {
    case probe::FormStep::listed: return "not sent";
    case probe::FormStep::skipped: return "skipped";
    case probe::FormStep::blocked: return "not sent";
    case probe::FormStep::captcha: return "captcha";
    case probe::FormStep::sent: return "sent";
    case probe::FormStep::failed: return "failed";
  }
  return "";
}

void print_outcome(std::ostream& out, const probe::FormOutcome& outcome) {
  const probe::FilledForm& form = outcome.filled;
  out << "page " << form.page << "\n";
  if (!form.action.empty()) {
    out << "  form: " << (form.method == "post" ? "POST " : "GET ") << form.action << " ("
        << form.enctype << ")\n";
    out << "  token: " << outcome.token << "\n";
    for (const probe::FilledField& field : form.fields) {
      out << "    " << field.name << " = " << quoted(field.value) << "  [" << field.type << ", "
          << field.note << "]\n";
    }
  }
  out << "  " << step_label(outcome.step);
  if (outcome.record && outcome.step == probe::FormStep::sent) {
    out << ": HTTP " << outcome.record->http_status << " " << outcome.record->final_url;
    if (!outcome.record->confirmation.empty()) out << " \"" << outcome.record->confirmation << "\"";
  }
  if (!outcome.note.empty()) out << ": " << outcome.note;
  out << "\n";
}

std::string why_not_sent(const target::Target& target, const ProbeArgs& args) {
  if (args.dry_run) return "--dry-run";
  if (!target.probe.enabled) return "[probe] enabled is not true in the target";
  return "--yes was not given";
}

}  // namespace

Result<std::filesystem::path> probe_store_file(const std::string& db) {
  if (db.empty()) return store::default_store_file();
  return std::filesystem::path(db);
}

int run_probe_command(const ProbeArgs& args) {
  std::vector<std::string> rule_ids;
  if (auto catalogue = rules::load_catalogue(util::data_dir() / "rules")) {
    for (const auto& rule : catalogue->rules) rule_ids.push_back(rule.id);
  }
  auto target = target::load_target(args.target, rule_ids);
  if (!target) return report_error(target.error(), ExitCode::usage);
  const bool send = target->probe.enabled && args.yes && !args.dry_run;
  if (send && target->probe.email.empty()) {
    return report_error(Error{Error::Code::input, "missing: the address replies come back to",
                              target->source_file, 0, "probe.email"},
                        ExitCode::usage);
  }
  auto now = current_time();
  if (!now) return report_error(now.error(), ExitCode::usage);
  auto db_file = probe_store_file(args.db);
  if (!db_file) return report_error(db_file.error(), ExitCode::usage);
  const std::string db = db_file->string();
  auto probes = store::ProbeStore::open(db);
  if (!probes) return report_error(probes.error(), ExitCode::usage);
  auto earlier = probes->for_site(target->site);
  if (!earlier) return report_error(earlier.error(), ExitCode::usage);

  auto pages = stored_form_pages(db, target->site);
  if (!pages) return report_error(pages.error(), ExitCode::usage);
  if (!*pages) {
    std::cerr << "no stored audit of " << target->site << " in " << db
              << ": crawling it to find its contact forms\n";
    *pages = crawled_form_pages(*target);
  }
  if (!send) {
    std::cout << "dry run (" << why_not_sent(*target, args)
              << "): nothing is sent; each contact form with what it would receive\n";
  }
  if ((*pages)->empty()) std::cout << "no contact form found on " << target->site << "\n";

  probe::HttpSession session(target->crawl);
  probe::ProbePolicy policy{send, std::move(*earlier), *now};
  std::optional<Error> store_error;
  probe::probe_forms(session, **pages, *target, policy, [&](const probe::FormOutcome& outcome) {
    print_outcome(std::cout, outcome);
    if (!outcome.record || store_error) return;
    if (auto id = probes->add(*outcome.record); !id) store_error = id.error();
  });
  if (store_error) return report_error(*store_error, ExitCode::usage);
  return to_int(ExitCode::ok);
}

}  // namespace joignable::cli
