#include "report/html_reachability.h"

#include <cstdio>

#include "report/call_grid.h"
#include "report/labels.h"

namespace joignable::report {
namespace {

namespace mu = kainjow::mustache;

constexpr std::string_view kDayLabels[extract::kDaysPerWeek] = {
    "day_mo", "day_tu", "day_we", "day_th", "day_fr", "day_sa", "day_su"};

mu::data number(long long value) { return mu::data(std::to_string(value)); }

class CallsView {
 public:
  explicit CallsView(const Report& report) : report_(report), lang_(report.lang) {}

  void add(mu::data& view) const {
    const model::SiteModel& site = report_.site_model;
    mu::data grids{mu::data::type::list};
    for (const WeekGrid& grid : week_grids(site)) grids.push_back(grid_view(grid));
    mu::data rows{mu::data::type::list};
    for (const model::HeldCall& held : site.calls) rows.push_back(call_row(held));
    view.set("has_calls", mu::data(!site.calls.empty()));
    view.set("call_grids", grids);
    view.set("calls", rows);
  }

 private:
  std::string t(std::string_view key) const { return std::string(label(key, lang_)); }

  // "le site", "la fiche google": how a source is named in the section.
  std::string source_title(const std::string& source) const {
    if (source.starts_with("listing:")) return t("grid_source_listing") + " " + source.substr(8);
    if (source == "structured_data") return t("grid_source_structured_data");
    if (source == "site") return t("grid_source_site");
    return source;  // a second site source, named by its page
  }

  // "site", "schema.org", "google": the table's short names.
  static std::string short_title(const std::string& source) {
    if (source.starts_with("listing:")) return source.substr(8);
    return source == "structured_data" ? "schema.org" : source;
  }

  // "mardi 31/03 15:30"
  std::string when(const calls::Call& call) const {
    const util::CivilTime& local = call.at.local;
    char text[32];
    std::snprintf(text, sizeof text, " %02d/%02d/%04d %02d:%02d", local.day, local.month,
                  local.year, local.hour, local.minute);
    if (lang_ == "en") {
      std::snprintf(text, sizeof text, " %04d-%02d-%02d %02d:%02d", local.year, local.month,
                    local.day, local.hour, local.minute);
    }
    return t(kDayLabels[call.at.weekday]) + text;
  }

  std::string outcome(const calls::Call& call) const {
    return t("call_outcome_" + std::string(calls::to_string(call.outcome)));
  }

  static std::string dot_class(calls::CallOutcome outcome) {
    if (outcome == calls::CallOutcome::answered) return "call-answered";
    return calls::reached_no_one(outcome) ? "call-no-one" : "call-other";
  }

  mu::data grid_view(const WeekGrid& grid) const {
    mu::data out;
    out.set("title", source_title(grid.source));
    out.set("height", number(grid.height));
    out.set("width", number(kGridWidth));
    mu::data days{mu::data::type::list};
    for (const GridDay& day : grid.days) {
      mu::data item;
      item.set("label", t(kDayLabels[day.day]).substr(0, 3));
      item.set("y", number(day.y + 3));
      item.set("text_y", number(day.y + kGridRowHeight / 2 + 4));
      item.set("line_y", number(day.y + kGridRowHeight));
      mu::data bars{mu::data::type::list};
      for (const GridBar& bar : day.bars) {
        mu::data b;
        b.set("x", number(bar.x));
        b.set("width", number(bar.width));
        bars.push_back(b);
      }
      item.set("bars", bars);
      days.push_back(item);
    }
    out.set("days", days);
    mu::data ticks{mu::data::type::list};
    for (const GridTick& tick : grid.ticks) {
      mu::data item;
      item.set("x", number(tick.x));
      item.set("label", tick.label);
      ticks.push_back(item);
    }
    out.set("ticks", ticks);
    out.set("ticks_bottom", number(grid.height - 4));
    mu::data dots{mu::data::type::list};
    for (const GridCall& call : grid.calls) {
      mu::data item;
      item.set("x", number(call.x));
      item.set("y", number(call.y));
      item.set("class", dot_class(call.call->call.outcome));
      item.set("title", when(call.call->call) + " — " + outcome(call.call->call) + " — " +
                            t(call.open ? "grid_open" : "grid_closed"));
      dots.push_back(item);
    }
    out.set("dots", dots);
    return out;
  }

  mu::data call_row(const model::HeldCall& held) const {
    const calls::Call& call = held.call;
    mu::data row;
    row.set("when", when(call));
    row.set("number", call.number);
    row.set("outcome", outcome(call));
    row.set("outcome_class", dot_class(call.outcome));
    row.set("wait", number(call.wait_seconds));
    std::string callback = "—";
    if (call.callback_promised) {
      const auto after = call.callback_after_seconds();
      char hours[32];
      if (after) std::snprintf(hours, sizeof hours, "%.1f h", static_cast<double>(*after) / 3600);
      callback = after ? t("grid_callback_after") + " " + hours : t("call_callback_never");
    }
    row.set("callback", callback);
    std::string open;
    for (const model::SourceAtCall& source : held.sources) {
      if (!open.empty()) open += " · ";
      open += short_title(source.source) + t("colon") +
              t(source.open ? "grid_open" : "grid_closed");
    }
    row.set("open", held.published ? open : t("grid_unpublished"));
    row.set("note", call.note);
    return row;
  }

  const Report& report_;
  std::string lang_;
};

}  // namespace

void add_reachability(mu::data& view, const Report& report) { CallsView(report).add(view); }

}  // namespace joignable::report
