#include "report/portfolio_index.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "report/escape.h"
#include "report/portfolio_labels.h"
#include "report/template_render.h"
#include "report/values.h"

namespace joignable::report {
namespace {

using nlohmann::json;
namespace mu = kainjow::mustache;

constexpr const char* kBatchFile = "batch.json";
constexpr const char* kIndexTemplate = "index.html.mustache";

Result<json> read_json_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(Error::Code::io, "cannot read", path.string());
  try {
    return json::parse(in);
  } catch (const json::exception& e) {
    return make_error(Error::Code::input, std::string("not valid json: ") + e.what(),
                      path.string());
  }
}

template <class T>
T value_or(const json& object, const char* key, T fallback) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return fallback;
  try {
    return it->get<T>();
  } catch (const json::exception&) {
    return fallback;
  }
}

std::optional<int> optional_int(const json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end() || !it->is_number()) return std::nullopt;
  return it->get<int>();
}

// What report.json says of the run: scores, findings and, from `history`'s changes, the delta.
Result<void> read_report(const std::filesystem::path& path, PortfolioEntry& entry) {
  auto report = read_json_file(path);
  if (!report) return tl::unexpected(report.error());
  if (!report->is_object() || value_or<std::string>(*report, "schema", "") !=
                                  "joignable.report/1") {
    return make_error(Error::Code::input, "not a joignable report", path.string(), 0, "schema");
  }
  const json empty = json::object();
  const json& target = report->contains("target") ? (*report)["target"] : empty;
  const json& score = report->contains("score") ? (*report)["score"] : empty;
  entry.name = value_or<std::string>(target, "name", "");
  entry.site = value_or<std::string>(target, "site", "");
  entry.finished_at = value_or<std::string>(*report, "finished_at", "");
  entry.score = optional_int(score, "overall");
  entry.grade = value_or<std::string>(score, "grade", "");
  const auto findings = report->find("findings");
  entry.findings = findings != report->end() && findings->is_array()
                       ? static_cast<int>(findings->size()) : 0;
  const auto changes = report->find("changes");
  if (changes != report->end() && changes->is_object()) {
    entry.score_delta = optional_int(*changes, "score_delta");
    const auto added = changes->find("new");
    if (added != changes->end() && added->is_array()) {
      entry.new_findings = static_cast<int>(added->size());
    }
  }
  return {};
}

json optional_json(const std::optional<int>& value) {
  return value ? json(*value) : json(nullptr);
}

}  // namespace

Result<void> write_batch_record(const std::filesystem::path& folder, const BatchRecord& record) {
  const json document = {{"target", valid_utf8(record.target)},
                         {"identity", valid_utf8(record.identity)},
                         {"exit_code", record.exit_code},
                         {"error", valid_utf8(record.error)}};
  const auto path = folder / kBatchFile;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << document.dump(2) << '\n';
  out.close();
  if (!out) return make_error(Error::Code::io, "cannot write", path.string());
  return {};
}

bool is_batch_folder(const std::filesystem::path& folder) {
  return std::filesystem::is_regular_file(folder / kBatchFile);
}

Result<PortfolioEntry> read_portfolio_entry(const std::filesystem::path& folder) {
  auto record = read_json_file(folder / kBatchFile);
  if (!record) return tl::unexpected(record.error());
  PortfolioEntry entry;
  entry.slug = folder.filename().string();
  entry.batch.target = value_or<std::string>(*record, "target", "");
  entry.batch.identity = value_or<std::string>(*record, "identity", "");
  entry.batch.exit_code = value_or<int>(*record, "exit_code", -1);
  entry.batch.error = value_or<std::string>(*record, "error", "");
  // 0 and 1 (a threshold) are audits that ran; 3 wrote a report saying the site is unreachable.
  const int code = entry.batch.exit_code;
  if (code != 0 && code != 1 && code != 3) {
    entry.status = "failed";
    return entry;
  }
  entry.status = code == 3 ? "unreachable" : "audited";
  if (auto ok = read_report(folder / "report.json", entry); !ok) return tl::unexpected(ok.error());
  entry.has_report = std::filesystem::is_regular_file(folder / "report.html");
  return entry;
}

Result<std::vector<PortfolioEntry>> read_portfolio(const std::filesystem::path& dir) {
  std::vector<PortfolioEntry> entries;
  std::error_code ec;
  for (const auto& item : std::filesystem::directory_iterator(dir, ec)) {
    if (!item.is_directory() || !is_batch_folder(item.path())) continue;
    auto entry = read_portfolio_entry(item.path());
    if (!entry) return tl::unexpected(entry.error());
    entries.push_back(std::move(*entry));
  }
  if (ec) return make_error(Error::Code::io, "cannot list: " + ec.message(), dir.string());
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.slug < b.slug; });
  return entries;
}

std::string render_index_json(const PortfolioIndex& index) {
  json targets = json::array();
  int audited = 0, unreachable = 0, failed = 0, scored = 0, total = 0;
  for (const auto& entry : index.entries) {
    if (entry.status == "audited") ++audited;
    if (entry.status == "unreachable") ++unreachable;
    if (entry.status == "failed") ++failed;
    if (entry.score) {
      ++scored;
      total += *entry.score;
    }
    targets.push_back({
        {"slug", entry.slug},
        {"target", valid_utf8(entry.batch.target)},
        {"status", entry.status},
        {"exit_code", entry.batch.exit_code},
        {"error", entry.batch.error.empty() ? json(nullptr) : json(valid_utf8(entry.batch.error))},
        {"name", valid_utf8(entry.name)},
        {"site", valid_utf8(entry.site)},
        {"finished_at", entry.finished_at.empty() ? json(nullptr) : json(entry.finished_at)},
        {"score", optional_json(entry.score)},
        {"grade", entry.grade.empty() ? json(nullptr) : json(entry.grade)},
        {"findings", entry.findings},
        {"score_delta", optional_json(entry.score_delta)},
        {"new_findings", optional_json(entry.new_findings)},
        {"report", entry.has_report ? json(entry.slug + "/report.html") : json(nullptr)},
    });
  }
  const json document = {
      {"schema", "joignable.portfolio/1"},
      {"generated_at", index.generated_at},
      {"summary",
       {{"targets", index.entries.size()},
        {"audited", audited},
        {"unreachable", unreachable},
        {"failed", failed},
        {"mean_score", scored == 0 ? json(nullptr) : json((total + scored / 2) / scored)}}},
      {"targets", targets}};
  return document.dump(2) + "\n";
}

Result<std::string> render_index_html(const PortfolioIndex& index,
                                      const std::filesystem::path& templates_dir) {
  // Worst first: the targets that need the agency's attention head the table.
  std::vector<const PortfolioEntry*> order;
  for (const auto& entry : index.entries) order.push_back(&entry);
  std::stable_sort(order.begin(), order.end(), [](const auto* a, const auto* b) {
    return a->score.value_or(-1) < b->score.value_or(-1);
  });
  mu::data rows{mu::data::type::list};
  int scored = 0, total = 0, failed = 0;
  for (const auto* entry : order) {
    if (entry->score) {
      ++scored;
      total += *entry->score;
    }
    if (entry->status != "audited") ++failed;
    mu::data row;
    // A target that failed before its report has only what batch was given: a file's name
    // reads better than its whole path.
    row.set("name", entry->name.empty() ? entry->batch.identity : entry->name);
    row.set("site", entry->site.empty() ? entry->batch.target : entry->site);
    row.set("report", entry->has_report ? entry->slug + "/report.html" : std::string());
    row.set("has_report", mu::data(entry->has_report));
    row.set("scored", mu::data(entry->score.has_value()));
    row.set("score", std::to_string(entry->score.value_or(0)));
    row.set("grade", entry->grade);
    row.set("grade_class", "grade-" + std::string(1, static_cast<char>(std::tolower(
                                          entry->grade.empty() ? 'x' : entry->grade[0]))));
    row.set("findings", entry->status == "failed" ? "—" : std::to_string(entry->findings));
    row.set("delta", signed_delta(entry->score_delta));
    row.set("delta_class", !entry->score_delta || *entry->score_delta == 0 ? "flat"
                           : *entry->score_delta > 0                       ? "up"
                                                                           : "down");
    row.set("new", entry->new_findings ? std::to_string(*entry->new_findings) : "—");
    row.set("status", std::string(portfolio_label("status_" + entry->status, index.lang)));
    row.set("status_class", "status-" + entry->status);
    row.set("ok", mu::data(entry->status == "audited"));
    row.set("error", entry->batch.error.starts_with("joignable: ") ? entry->batch.error.substr(11)
                                                                    : entry->batch.error);
    rows.push_back(row);
  }
  mu::data view;
  view.set("lang", index.lang);
  view.set("t", labels_view(portfolio_label_table(), index.lang));
  view.set("date", display_date_time(index.generated_at, index.lang));
  view.set("count", std::to_string(index.entries.size()));
  view.set("mean",
           scored == 0 ? std::string("—") : std::to_string((total + scored / 2) / scored));
  view.set("attention", std::to_string(failed));
  view.set("rows", rows);
  return render_template(templates_dir / kIndexTemplate, view);
}

}  // namespace joignable::report
