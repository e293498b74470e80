#include "report/history_writer.h"

#include <algorithm>
#include <sstream>

#include <nlohmann/json.hpp>

#include "report/escape.h"

namespace joignable::report {
namespace {

// The categories of every run, in the order the runs first name them.
std::vector<std::string> category_ids(const std::vector<RunRecord>& runs) {
  std::vector<std::string> ids;
  for (const RunRecord& run : runs) {
    for (const CategorySummary& category : run.categories) {
      if (std::find(ids.begin(), ids.end(), category.id) == ids.end()) ids.push_back(category.id);
    }
  }
  return ids;
}

// A missing value: "-" in the table, an empty cell in CSV.
template <class T>
std::string or_missing(const std::optional<T>& value, bool csv) {
  return value ? std::to_string(*value) : csv ? "" : "-";
}

std::optional<int> category_score(const RunRecord& run, const std::string& id) {
  for (const CategorySummary& category : run.categories) {
    if (category.id == id) return category.score;
  }
  return std::nullopt;
}

// "1m05s", "12s".
std::string duration_text(const std::optional<long long>& seconds) {
  if (!seconds) return "-";
  if (*seconds < 60) return std::to_string(*seconds) + "s";
  const long long rest = *seconds % 60;
  return std::to_string(*seconds / 60) + "m" + (rest < 10 ? "0" : "") + std::to_string(rest) + "s";
}

// The cells of one run, in header order; `csv` keeps raw values (ISO dates, seconds).
std::vector<std::string> cells(const RunRecord& run, const std::vector<std::string>& ids,
                               bool csv) {
  std::vector<std::string> row = {
      std::to_string(run.id), csv ? run.finished_at : run.finished_at.substr(0, 16),
      or_missing(run.overall_score, csv), run.grade.empty() && !csv ? "-" : run.grade};
  if (!csv && row[1].size() == 16) row[1][10] = ' ';  // "2026-12-07 14:30"
  for (const std::string& id : ids) row.push_back(or_missing(category_score(run, id), csv));
  row.push_back(std::to_string(run.findings));
  row.push_back(or_missing(run.new_findings, csv));
  row.push_back(or_missing(run.fixed_findings, csv));
  row.push_back(std::to_string(run.pages));
  row.push_back(csv ? or_missing(run.duration_s, csv) : duration_text(run.duration_s));
  return row;
}

std::vector<std::string> header(const std::vector<std::string>& ids, bool csv) {
  std::vector<std::string> names = {"run", csv ? "finished_at" : "date", "score", "grade"};
  names.insert(names.end(), ids.begin(), ids.end());
  for (const char* name : {"findings", "new", "fixed", "pages"}) names.emplace_back(name);
  names.emplace_back(csv ? "duration_s" : "duration");
  return names;
}

}  // namespace

std::string render_history_table(const std::vector<RunRecord>& runs) {
  const auto ids = category_ids(runs);
  std::vector<std::vector<std::string>> rows = {header(ids, false)};
  for (const RunRecord& run : runs) rows.push_back(cells(run, ids, false));
  std::vector<std::size_t> widths(rows.front().size(), 0);
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], row[i].size());
  }
  std::ostringstream out;
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) {
      // Text columns (date, grade) to the left, numbers to the right.
      const bool left = i == 1 || i == 3;
      const std::string pad(widths[i] - row[i].size(), ' ');
      line += (i == 0 ? "" : "  ") + (left ? row[i] + pad : pad + row[i]);
    }
    line.erase(line.find_last_not_of(' ') + 1);
    out << line << '\n';
  }
  return out.str();
}

std::string render_history_json(const std::string& name, const std::string& site,
                                const std::vector<RunRecord>& runs) {
  const auto optional = [](const auto& value) {
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
  };
  nlohmann::json list = nlohmann::json::array();
  for (const RunRecord& run : runs) {
    nlohmann::json categories = nlohmann::json::object();
    for (const CategorySummary& c : run.categories) categories[c.id] = optional(c.score);
    list.push_back({{"run", run.id},
                    {"started_at", run.started_at},
                    {"finished_at", run.finished_at},
                    {"duration_s", optional(run.duration_s)},
                    {"score", optional(run.overall_score)},
                    {"grade", run.grade.empty() ? nlohmann::json() : nlohmann::json(run.grade)},
                    {"categories", categories},
                    {"findings", run.findings},
                    {"new", optional(run.new_findings)},
                    {"fixed", optional(run.fixed_findings)},
                    {"pages", run.pages}});
  }
  const nlohmann::json document = {
      {"target", {{"name", valid_utf8(name)}, {"site", valid_utf8(site)}}}, {"runs", list}};
  return document.dump(2) + "\n";
}

std::string render_history_csv(const std::vector<RunRecord>& runs) {
  const auto ids = category_ids(runs);
  std::ostringstream out;
  const auto line = [&](const std::vector<std::string>& row) {
    for (std::size_t i = 0; i < row.size(); ++i) out << (i == 0 ? "" : ",") << csv_field(row[i]);
    out << "\r\n";
  };
  line(header(ids, true));
  for (const RunRecord& run : runs) line(cells(run, ids, true));
  return out.str();
}

}  // namespace joignable::report
