#include "cli/audit_pipeline.h"

#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

#include "calls/read_call_log.h"
#include "cli/clock.h"
#include "cli/crawl_recorder.h"
#include "cli/page_collector.h"
#include "cli/progress.h"
#include "cli/screenshots.h"
#include "crawl/crawler.h"
#include "crawl/not_found_probe.h"
#include "extract/contact_points_json.h"
#include "extract/page_analysis.h"
#include "listings/read_listings.h"
#include "model/call_hours.h"
#include "model/derive.h"
#include "model/not_found.h"
#include "model/probes.h"
#include "render/chromium_path.h"
#include "render/renderer.h"
#include "report/build_report.h"
#include "report/changes.h"
#include "report/csv_writer.h"
#include "report/history_writer.h"
#include "report/html_writer.h"
#include "report/json_writer.h"
#include "report/junit_writer.h"
#include "report/pdf_printer.h"
#include "report/markdown_writer.h"
#include "rules/evaluate.h"
#include "score/score.h"
#include "store/crawl_batch.h"
#include "store/probe_store.h"
#include "store/run_store.h"
#include "store/stored_run.h"
#include "store/store_location.h"
#include "util/atomic_file.h"
#include "util/data_dir.h"
#include "util/time.h"

namespace joignable::cli {
namespace {

// Every format but json, rendered whole.
Result<std::string> render(const std::string& format, const report::Report& report) {
  if (format == "html") return report::render_html(report, util::data_dir() / "reports");
  if (format == "md") return report::render_markdown(report);
  if (format == "junit") return report::render_junit(report);
  return report::render_csv(report);
}

// Writes `format` into `out`; report.json, the largest, is written section by section.
Result<void> write_format(const std::string& format, const report::Report& report,
                          std::ostream& out) {
  if (format == "json") {
    report::write_json(report, out);
    return {};
  }
  auto text = render(format, report);
  if (!text) return tl::unexpected(text.error());
  out << *text;
  return {};
}

const std::map<std::string, std::string>& file_names() {
  static const std::map<std::string, std::string> names = {
      {"html", "report.html"}, {"json", "report.json"},        {"md", "report.md"},
      {"junit", "report.junit.xml"}, {"csv", "findings.csv"}};
  return names;
}

Result<std::vector<std::filesystem::path>> write_reports(const report::Report& report,
                                                         const AuditOptions& options) {
  std::vector<std::filesystem::path> written;
  for (const auto& format : known_formats()) {
    const bool wanted = format == "html" || format == "json" ||
                        std::find(options.formats.begin(), options.formats.end(), format) !=
                            options.formats.end();
    if (!wanted || format == "pdf") continue;
    const auto path = options.out_dir / file_names().at(format);
    auto ok = util::write_file_atomically(
        path, [&](std::ostream& out) { return write_format(format, report, out); });
    if (!ok) return tl::unexpected(ok.error());
    written.push_back(path);
  }
  // report.pdf is report.html printed, so it comes last.
  if (std::find(options.formats.begin(), options.formats.end(), "pdf") != options.formats.end()) {
    const auto pdf = options.out_dir / "report.pdf";
    if (auto printed = report::print_pdf(options.out_dir / "report.html", pdf); !printed) {
      return tl::unexpected(printed.error());
    }
    written.push_back(pdf);
  }
  return written;
}

// The run to write into: the site's newest unfinished one when resuming (with what it had
// crawled), else a new one.
struct RunToCrawl {
  long long id = 0;
  std::string started_at;
  store::StoredCrawl so_far;
};

Result<RunToCrawl> open_run(store::RunStore& store, const target::Target& target,
                            const store::TargetKey& key, const AuditOptions& options) {
  if (options.resume) {
    auto unfinished = store.unfinished_run(target.site);
    if (!unfinished) return tl::unexpected(unfinished.error());
    if (*unfinished) {
      auto stored = store.load_run(**unfinished);
      if (!stored) return tl::unexpected(stored.error());
      auto crawled = store.load_crawl(**unfinished);
      if (!crawled) return tl::unexpected(crawled.error());
      if (!options.quiet) {
        std::fprintf(stderr, "resuming run %lld of %s: %zu pages already crawled\n", **unfinished,
                     target.site.c_str(), crawled->so_far.pages.size());
      }
      return RunToCrawl{**unfinished, stored->started_at, std::move(*crawled)};
    }
    if (!options.quiet) {
      std::fprintf(stderr, "no interrupted run of %s to resume: starting a new one\n",
                   target.site.c_str());
    }
  }
  const std::string started_at = util::now_iso8601();
  auto id = store.begin_run(target, started_at, key);
  if (!id) return tl::unexpected(id.error());
  return RunToCrawl{*id, started_at, {}};
}


// What the report is compared with: the baseline when given, else the previous finished run of
// the target in the store.
struct Comparison {
  std::optional<report::EarlierAudit> earlier;
  std::optional<report::PreviousRun> previous;
};

Result<Comparison> previous_run(const store::RunStore& store, const store::TargetKey& key,
                                long long run) {
  Comparison comparison;
  auto previous = store.previous_finished_run(key, run);
  if (!previous) return tl::unexpected(previous.error());
  if (!*previous) return comparison;
  auto refs = store.finding_refs((*previous)->id);
  if (!refs) return tl::unexpected(refs.error());
  comparison.earlier = report::EarlierAudit{std::move(*refs), (*previous)->overall_score};
  comparison.previous =
      report::PreviousRun{(*previous)->id, (*previous)->finished_at, (*previous)->overall_score};
  return comparison;
}

// The target's earlier finished runs (begun before `run`), oldest first, then `report` itself.
Result<std::vector<report::TrendPoint>> trend_of(const store::RunStore& store,
                                                 const store::TargetKey& key, long long run,
                                                 const report::Report& report) {
  auto runs = store.finished_runs(key);
  if (!runs) return tl::unexpected(runs.error());
  std::vector<report::TrendPoint> trend;
  for (const store::RunRecord& record : *runs) {
    if (record.id < run) {
      trend.push_back({record.finished_at, record.overall_score, record.categories});
    }
  }
  trend.push_back({report.finished_at, report.overall_score, report.categories});
  return trend;
}

Result<std::filesystem::path> store_file(const AuditOptions& options) {
  if (!options.db_file.empty()) return options.db_file;
  return store::default_store_file();
}

// The form probe's latest records of the site (`probe`, `replies`), judged at the current time.
Result<void> add_stored_probes(model::SiteModel& site, const target::Target& target,
                               const std::filesystem::path& db_file) {
  auto now = current_time();
  if (!now) return tl::unexpected(now.error());
  auto probes = store::ProbeStore::open(db_file);
  if (!probes) return tl::unexpected(probes.error());
  auto records = probes->for_site(target.site);
  if (!records) return tl::unexpected(records.error());
  model::add_probes(site, *records, target.probe, *now);
  return {};
}

TriedSummary tried_summary(const model::SiteModel& site) {
  TriedSummary tried;
  for (const model::SiteProbe& form : site.probes.forms) {
    ++tried.forms[std::string(probe::to_string(form.assessment.state))];
  }
  for (const model::HeldCall& held : site.calls) {
    ++tried.calls;
    if (held.call.outcome == calls::CallOutcome::answered) ++tried.calls_answered;
  }
  return tried;
}

// The audit's browser, or nullptr: render = "never" without screenshots, or no Chromium, which
// "auto" says once before going on with raw HTML ("always" without Chromium is refused before
// the crawl; the report says that there are no screenshots).
std::unique_ptr<render::Renderer> renderer_for(const target::Target& target) {
  const bool renders = target.crawl.render != target::RenderMode::never;
  if (!renders && !target.report.screenshots) return nullptr;
  const std::string chromium = render::find_chromium();
  if (!render::is_executable(chromium)) {
    if (renders) {
      std::fprintf(stderr,
                   "joignable: %s is not installed: pages are not rendered, so contact points "
                   "that only JavaScript shows are missed (install the chromium package)\n",
                   chromium.empty() ? "chromium" : chromium.c_str());
    }
    return nullptr;
  }
  return std::make_unique<render::Renderer>(chromium, target.site, target.crawl);
}

void print_notices(render::Renderer& renderer) {
  for (const std::string& notice : renderer.take_notices()) {
    std::fprintf(stderr, "joignable: %s\n", notice.c_str());
  }
}

// The home and contact pages photographed in the audit's browser, or why not (report.h).
TakenScreenshots screenshots_of(const model::SiteModel& site, const target::Target& target,
                                render::Renderer* renderer) {
  if (!target.report.screenshots) return {};
  if (renderer == nullptr) return {{}, std::string(render::kNoBrowserNote)};
  TakenScreenshots taken = take_screenshots(*renderer, screenshot_requests(site));
  print_notices(*renderer);
  return taken;
}

}  // namespace

const std::vector<std::string>& known_formats() {
  static const std::vector<std::string> formats = {"html", "json", "md", "junit", "csv", "pdf"};
  return formats;
}

Result<AuditSummary> run_audit(const target::Target& target, const AuditOptions& options) {
  if (target.crawl.render == target::RenderMode::always &&
      !render::is_executable(render::find_chromium())) {
    return make_error(Error::Code::usage,
                      "render = \"always\" needs chromium, which is not installed (install the "
                      "chromium package, or use --render auto)");
  }
  auto catalogue = rules::load_catalogue(util::data_dir() / "rules");
  if (!catalogue) return tl::unexpected(catalogue.error());
  // Read before anything is crawled or stored, so that a bad file fails fast and leaves no run.
  std::optional<report::EarlierAudit> baseline;
  if (!options.baseline.empty()) {
    auto read = report::read_baseline(options.baseline);
    if (!read) return tl::unexpected(read.error());
    baseline = std::move(*read);
  }
  auto call_log = calls::read_call_log(target);
  if (!call_log) return tl::unexpected(call_log.error());
  std::error_code ec;
  std::filesystem::create_directories(options.out_dir, ec);
  if (ec) {
    return make_error(Error::Code::io,
                      "cannot create output folder " + options.out_dir.string() + ": " + ec.message());
  }
  auto db_file = store_file(options);
  if (!db_file) return tl::unexpected(db_file.error());
  auto store = store::RunStore::open(*db_file);
  if (!store) return tl::unexpected(store.error());

  const store::TargetKey key = options.filed_as.value_or(store::target_key(target));
  auto run = open_run(*store, target, key, options);
  if (!run) return tl::unexpected(run.error());
  auto comparison = baseline ? Result<Comparison>(Comparison{std::move(baseline), std::nullopt})
                             : previous_run(*store, key, run->id);
  if (!comparison) return tl::unexpected(comparison.error());
  report::RunTimes times{run->started_at, {}};

  // The interrupted run's extractions are in the store, where the model reads them.
  run->so_far.analyses.clear();
  std::unique_ptr<render::Renderer> renderer = renderer_for(target);
  // With render = "never", the browser (there for the screenshots) renders no page.
  PageCollector collector(target.region, target.crawl.render, renderer.get());
  CrawlRecorder recorder(*store, run->id,
                         [&](const std::string& url) { return collector.take(url); });
  ProgressPrinter progress(stderr, options.quiet);
  crawl::CrawlEvents events;
  events.on_page = [&](const crawl::Page& page, const std::vector<crawl::Link>& links) {
    recorder.add_page(page, links);
  };
  events.on_check = [&](const crawl::LinkCheck& check) { recorder.add_check(check); };
  events.on_progress = [&](const crawl::CrawlProgress& p) { progress.update(p); };
  crawl::CrawlResult crawled = crawl::crawl(
      target.site, target.crawl,
      [&](const crawl::Page& page, std::string_view body) { return collector.handle(page, body); },
      events, run->so_far.so_far);
  progress.finish();
  if (renderer) {
    print_notices(*renderer);
    // Without screenshots to take, the browser goes as soon as the crawl is done.
    if (!target.report.screenshots) renderer.reset();
  }
  run->so_far = {};  // replayed into `crawled`
  if (auto ok = recorder.finish(); !ok) return tl::unexpected(ok.error());
  // Click depths are final only once every link is known.
  if (auto ok = store->add_pages(run->id, crawled.pages); !ok) return tl::unexpected(ok.error());

  std::optional<Error> read_error;
  model::SiteModel site = model::derive_site_model_on_demand(
      target.site, target.region, crawled,
      [&](const std::string& url) -> std::optional<extract::PageAnalysis> {
        auto analysis = store->load_analysis(run->id, url);
        if (analysis) return std::move(*analysis);
        if (!read_error) read_error = analysis.error();
        return std::nullopt;
      });
  if (read_error) return tl::unexpected(*read_error);
  TakenScreenshots screenshots = screenshots_of(site, target, renderer.get());
  renderer.reset();  // the browser's last job is done
  std::map<std::string, extract::PageAnalysis> error_pages;  // the site's 404 page, analysed
  const auto probes = crawl::probe_not_found(
      crawl::not_found_probe_urls(crawled, crawl::random_probe_token()), target.crawl,
      [&](const crawl::NotFoundProbe& probe, std::string_view body) {
        error_pages[probe.url] = extract::analyse_page(body, probe.final_url, target.region);
      });
  model::add_not_found_checks(site, probes, error_pages);
  crawled = {};  // the rest reads the model alone: the crawl's links go before the reports
  // Listings are read after the crawl: they are compared with what it found, and one that
  // cannot be read is a finding (listing.unreachable), never a failed audit.
  model::add_listings(site, listings::read_listings(target));
  if (auto ok = add_stored_probes(site, target, *db_file); !ok) return tl::unexpected(ok.error());
  if (*call_log) model::add_calls(site, **call_log);
  const auto results = rules::evaluate(*catalogue, site, target);
  const auto scores = score::compute(*catalogue, results);
  times.finished_at = util::now_iso8601();
  report::Report report =
      report::build_report(target, std::move(site), *catalogue, results, scores, times);
  report.screenshots = std::move(screenshots.shots);
  report.screenshots_note = std::move(screenshots.note);
  report.changes.previous = comparison->previous;
  if (!options.baseline.empty()) report.changes.baseline = options.baseline.string();
  if (comparison->earlier) report::compare_with(report, *comparison->earlier);
  auto trend = trend_of(*store, key, run->id, report);
  if (!trend) return tl::unexpected(trend.error());
  report.trend = std::move(*trend);

  auto written = write_reports(report, options);
  if (!written) return tl::unexpected(written.error());
  if (auto ok = store->finish_run(run->id, report); !ok) return tl::unexpected(ok.error());

  AuditSummary summary;
  summary.tripped = tripped_thresholds(report, options.thresholds);
  summary.exit_code = !report.site_model.home_reachable ? ExitCode::unreachable
                      : summary.tripped.empty()          ? ExitCode::ok
                                                         : ExitCode::below_threshold;
  summary.db_file = *db_file;
  summary.changes = report.changes;
  summary.run = run->id;
  summary.overall_score = report.overall_score;
  summary.grade = report.grade;
  summary.pages = static_cast<int>(report.site_model.pages.size());
  for (const model::PageSummary& page : report.site_model.pages) {
    summary.rendered_pages += page.rendered ? 1 : 0;
  }
  summary.findings = static_cast<int>(report.findings.size());
  summary.written = std::move(*written);
  summary.tried = tried_summary(report.site_model);
  for (const crawl::PageError& error : report.site_model.page_errors) {
    summary.errors.push_back(error.url + ": " + error.message);
  }
  return summary;
}

}  // namespace joignable::cli
