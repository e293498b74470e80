#include "cli/batch_command.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include "cli/exit_code.h"
#include "cli/summary.h"
#include "portfolio/job_pool.h"
#include "portfolio/shard.h"
#include "portfolio/target_list.h"
#include "report/portfolio_index.h"
#include "util/atomic_file.h"
#include "util/data_dir.h"
#include "util/folder.h"
#include "util/time.h"

namespace joignable::cli {
namespace {

namespace fs = std::filesystem;

Result<void> write_text(const fs::path& path, const std::string& text) {
  return util::write_file_atomically(path, [&](std::ostream& out) -> Result<void> {
    out << text;
    return {};
  });
}

Result<void> write_index(const fs::path& dir, std::vector<report::PortfolioEntry> entries,
                         const std::string& lang) {
  const report::PortfolioIndex index{util::now_iso8601(), lang.empty() ? "fr" : lang,
                                     std::move(entries)};
  if (auto ok = write_text(dir / "index.json", report::render_index_json(index)); !ok) {
    return ok;
  }
  auto html = report::render_index_html(index, util::data_dir() / "reports");
  if (!html) return tl::unexpected(html.error());
  return write_text(dir / "index.html", *html);
}

// The last line the audit printed, which says why it failed.
std::string last_line(const fs::path& log) {
  std::ifstream in(log);
  std::string last;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) last = line;
  }
  return last;
}

portfolio::Job audit_job(const portfolio::PortfolioTarget& target, const fs::path& folder,
                         const BatchArgs& args) {
  std::string formats = "md";
  if (!args.formats.empty()) formats += "," + args.formats;
  portfolio::Job job{{portfolio::self_executable().string(), "audit", target.argument, "--out",
                      folder.string(), "--format", formats, "--quiet"},
                     folder / "audit.log"};
  if (!args.db.empty()) job.argv.insert(job.argv.end(), {"--db", args.db});
  if (!args.lang.empty()) job.argv.insert(job.argv.end(), {"--lang", args.lang});
  return job;
}

Result<std::vector<portfolio::PortfolioTarget>> targets_of(const BatchArgs& args) {
  auto targets = portfolio::expand_targets(args.targets);
  if (!targets || args.shard.empty()) return targets;
  const char* index = std::getenv("JOB_COMPLETION_INDEX");
  auto shard = portfolio::parse_shard(
      args.shard, index ? std::optional<std::string>(index) : std::nullopt);
  if (!shard) return tl::unexpected(shard.error());
  return portfolio::select_shard(*targets, *shard);
}

void print_end(const report::PortfolioEntry& entry, std::size_t done, std::size_t total) {
  std::fprintf(stderr, "[%zu/%zu] %s: ", done, total, entry.slug.c_str());
  if (entry.status == "failed") {
    std::fprintf(stderr, "audit failed (exit %d): %s\n", entry.batch.exit_code,
                 entry.batch.error.c_str());
  } else if (entry.score) {
    std::fprintf(stderr, "%d/100 (%s)%s\n", *entry.score, entry.grade.c_str(),
                 entry.status == "unreachable" ? ", site unreachable" : "");
  } else {
    std::fprintf(stderr, "%s\n", entry.status.c_str());
  }
}

// Every target's line, written once the audits have ended; exit 3 when one has no real audit.
int finish(const fs::path& out, std::vector<report::PortfolioEntry> entries,
           const std::string& lang) {
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.slug < b.slug; });
  std::map<std::string, int> counts;
  for (const auto& entry : entries) ++counts[entry.status];
  if (auto ok = write_index(out, std::move(entries), lang); !ok) {
    return report_error(ok.error(), ExitCode::usage);
  }
  std::cout << counts["audited"] << " audited, " << counts["unreachable"] << " unreachable, "
            << counts["failed"] << " failed: " << (out / "index.html").string() << "\n";
  return to_int(counts["unreachable"] + counts["failed"] > 0 ? ExitCode::unreachable
                                                              : ExitCode::ok);
}

}  // namespace

int run_batch_command(const BatchArgs& args) {
  auto targets = targets_of(args);
  if (!targets) return report_error(targets.error(), ExitCode::usage);
  const fs::path out = args.out;
  std::vector<portfolio::Job> jobs;
  // A shard may have no target: it still writes its index.
  if (auto made = util::make_folder(out); !made) return report_error(made.error(), ExitCode::usage);
  for (const auto& target : *targets) {
    if (auto made = util::make_folder(out / target.slug); !made) {
      return report_error(made.error(), ExitCode::usage);
    }
    jobs.push_back(audit_job(target, out / target.slug, args));
  }
  std::vector<report::PortfolioEntry> entries;
  std::optional<Error> read_error;
  portfolio::run_jobs(jobs, args.jobs, [&](const portfolio::JobEnd& end) {
    const auto& target = (*targets)[end.job];
    const fs::path folder = out / target.slug;
    const bool ran = end.exit_code == 0 || end.exit_code == 1 || end.exit_code == 3;
    const report::BatchRecord record{target.argument, target.identity, end.exit_code,
                                     ran ? std::string() : last_line(jobs[end.job].log)};
    auto entry = report::write_batch_record(folder, record).and_then(
        [&] { return report::read_portfolio_entry(folder); });
    if (!entry) {
      if (!read_error) read_error = entry.error();
      return;
    }
    if (!args.quiet) print_end(*entry, entries.size() + 1, jobs.size());
    entries.push_back(std::move(*entry));
  });
  if (read_error) return report_error(*read_error, ExitCode::usage);
  return finish(out, std::move(entries), args.lang);
}

int run_merge_command(const MergeArgs& args) {
  const fs::path out = args.out;
  if (auto made = util::make_folder(out); !made) return report_error(made.error(), ExitCode::usage);
  std::map<std::string, std::string> identities;  // slug -> target identity
  std::vector<report::PortfolioEntry> entries;
  for (const fs::path dir : args.dirs) {
    auto found = report::read_portfolio(dir);
    if (!found) return report_error(found.error(), ExitCode::usage);
    // A shard may have had no target; a folder without an index is not a shard's.
    if (found->empty() && !fs::exists(dir / "index.json")) {
      return report_error(
          Error{Error::Code::usage, "no target folder of a batch here", dir.string(), 0, {}},
          ExitCode::usage);
    }
    for (auto& entry : *found) {
      const auto [seen, fresh] = identities.emplace(entry.slug, entry.batch.identity);
      if (!fresh) {
        const std::string what = seen->second == entry.batch.identity
                                     ? "audited by two shards"
                                     : "names two targets ('" + seen->second + "' and '" +
                                           entry.batch.identity + "')";
        return report_error(Error{Error::Code::usage, "folder " + entry.slug + " " + what,
                             dir.string(), 0, {}},
                            ExitCode::usage);
      }
      std::error_code ec;
      if (!fs::equivalent(dir, out, ec)) {
        fs::copy(dir / entry.slug, out / entry.slug,
                 fs::copy_options::recursive | fs::copy_options::overwrite_existing, ec);
        if (ec) {
          return report_error(Error{Error::Code::io, "cannot copy: " + ec.message(),
                               (dir / entry.slug).string(), 0, {}},
                              ExitCode::usage);
        }
      }
      entries.push_back(std::move(entry));
    }
  }
  return finish(out, std::move(entries), args.lang);
}

}  // namespace joignable::cli
