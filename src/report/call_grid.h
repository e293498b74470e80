// The week grid of the report's "Reachability tested" section: for each source of hours, its
// weekly opening as bars, Monday to Sunday, and every call of a published number as a dot at
// its weekday and local time, so a "closed" message inside a bar shows at a glance. Geometry
// only, in the SVG's user units; html_writer.cpp turns it into markup. Pure; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "model/site_model.h"

namespace joignable::report {

inline constexpr int kGridWidth = 720;     // the SVG's viewBox width
inline constexpr int kGridLabels = 44;     // the day names' column
inline constexpr int kGridTop = 20;        // the hours' axis
inline constexpr int kGridRowHeight = 24;  // one day

struct GridBar {
  int x = 0, width = 0;
};

struct GridDay {
  int day = 0;  // 0 Monday
  int y = 0;    // top of the row
  std::vector<GridBar> bars;
};

struct GridTick {
  int x = 0;
  std::string label;  // "08:00"
};

struct GridCall {
  int x = 0, y = 0;  // the dot's centre
  const model::HeldCall* call = nullptr;
  bool open = false;  // this source said open then
};

struct WeekGrid {
  std::string source;  // as in open_according_to
  std::vector<GridDay> days;
  std::vector<GridTick> ticks;
  std::vector<GridCall> calls;
  int height = 0;  // of the whole SVG
};

// One grid per source of hours the calls were held against, in model order; the hours shown run
// from the earliest opening or call to the latest (at least 08:00 to 20:00), in whole hours.
// Empty when no call of a published number was made.
std::vector<WeekGrid> week_grids(const model::SiteModel& site);

}  // namespace joignable::report
