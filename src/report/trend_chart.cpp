#include "report/trend_chart.h"

#include <array>
#include <sstream>

#include "report/escape.h"
#include "report/values.h"

namespace joignable::report {
namespace {

constexpr int kWidth = 760, kHeight = 260;
constexpr int kLeft = 40, kRight = 230, kTop = 16, kBottom = 40;  // margins: axis, legend
constexpr int kPlotWidth = kWidth - kLeft - kRight, kPlotHeight = kHeight - kTop - kBottom;
// Distinct on white and for the common colour blindnesses (Okabe-Ito).
constexpr std::array<const char*, 7> kColours = {"#0072b2", "#e69f00", "#009e73", "#cc79a7",
                                                 "#56b4e9", "#d55e00", "#f0e442"};

int x_of(std::size_t index, std::size_t count) {
  return kLeft + static_cast<int>(index * kPlotWidth / (count - 1));
}
int y_of(int score) { return kTop + (100 - score) * kPlotHeight / 100; }

std::optional<int> score_of(const TrendPoint& point, const std::string& category) {
  for (const CategorySummary& c : point.categories) {
    if (c.id == category) return c.score;
  }
  return std::nullopt;
}

// One line through the runs that have a score; a run without one breaks nothing, it is skipped.
template <class Score>
void line(std::ostringstream& svg, const std::vector<TrendPoint>& trend, Score score,
          const char* colour, int width, const std::string& title, std::string_view lang) {
  svg << "<g><title>" << html_escape(title) << "</title><polyline fill=\"none\" stroke=\""
      << colour << "\" stroke-width=\"" << width << "\" points=\"";
  for (std::size_t i = 0; i < trend.size(); ++i) {
    if (const std::optional<int> value = score(trend[i])) {
      svg << x_of(i, trend.size()) << ',' << y_of(*value) << ' ';
    }
  }
  svg << "\"/>";
  for (std::size_t i = 0; i < trend.size(); ++i) {
    if (const std::optional<int> value = score(trend[i])) {
      svg << "<circle cx=\"" << x_of(i, trend.size()) << "\" cy=\"" << y_of(*value) << "\" r=\""
          << width + 1 << "\" fill=\"" << colour << "\"><title>" << html_escape(title) << ", "
          << html_escape(display_date_time(trend[i].finished_at, lang))
          << (lang == "fr" ? "\u00a0: " : ": ") << *value
          << "</title></circle>";
    }
  }
  svg << "</g>";
}

void legend_entry(std::ostringstream& svg, int row, const char* colour, int width,
                  const std::string& title) {
  const int y = kTop + 8 + row * 20;
  const int x = kWidth - kRight + 16;
  svg << "<line x1=\"" << x << "\" y1=\"" << y << "\" x2=\"" << x + 20 << "\" y2=\"" << y
      << "\" stroke=\"" << colour << "\" stroke-width=\"" << width << "\"/><text x=\"" << x + 26
      << "\" y=\"" << y + 4 << "\">" << html_escape(title) << "</text>";
}

}  // namespace

std::string trend_svg(const std::vector<TrendPoint>& trend,
                      const std::vector<CategorySummary>& categories,
                      const std::string& overall_title, std::string_view lang) {
  if (trend.size() < 2) return "";
  std::ostringstream svg;
  svg << "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " << kWidth << ' ' << kHeight
      << "\" width=\"100%\" role=\"img\" font-family=\"sans-serif\" font-size=\"11\" fill=\"#333\">"
      << "<title>" << html_escape(overall_title) << "</title>";
  for (int score = 0; score <= 100; score += 25) {  // horizontal grid, scores on the left
    svg << "<line x1=\"" << kLeft << "\" y1=\"" << y_of(score) << "\" x2=\"" << kLeft + kPlotWidth
        << "\" y2=\"" << y_of(score) << "\" stroke=\"#ddd\"/><text x=\"" << kLeft - 6
        << "\" y=\"" << y_of(score) + 4 << "\" text-anchor=\"end\">" << score << "</text>";
  }
  // Dates in words under the first, the last and at most two runs between (wide enough not to
  // overlap); times when every run is of one day. The end labels lean inwards, off the margins.
  const bool one_day =
      trend.front().finished_at.substr(0, 10) == trend.back().finished_at.substr(0, 10);
  const std::size_t step = (trend.size() + 3) / 4;
  for (std::size_t i = 0; i < trend.size(); ++i) {
    const bool last = i + 1 == trend.size();
    const bool clear_of_last = trend.size() - 1 - i >= (step + 1) / 2;
    if (!last && (i % step != 0 || !clear_of_last)) continue;
    const std::string& at = trend[i].finished_at;
    const std::string label = one_day && at.size() >= 16
                                  ? display_time_of_day(std::stoi(at.substr(11, 2)) * 60 +
                                                            std::stoi(at.substr(14, 2)),
                                                        lang)
                                  : display_date(at, lang);
    svg << "<text x=\"" << x_of(i, trend.size()) << "\" y=\"" << kHeight - kBottom + 18
        << "\" text-anchor=\"" << (i == 0 ? "start" : last ? "end" : "middle") << "\">"
        << html_escape(label) << "</text>";
  }
  for (std::size_t c = 0; c < categories.size(); ++c) {
    const char* colour = kColours[c % kColours.size()];
    const std::string& id = categories[c].id;
    line(svg, trend, [&](const TrendPoint& p) { return score_of(p, id); }, colour, 1,
         categories[c].title, lang);
    legend_entry(svg, static_cast<int>(c) + 1, colour, 1, categories[c].title);
  }
  line(svg, trend, [](const TrendPoint& p) { return p.overall; }, "#222", 3, overall_title, lang);
  legend_entry(svg, 0, "#222", 3, overall_title);
  svg << "</svg>";
  return svg.str();
}

}  // namespace joignable::report
