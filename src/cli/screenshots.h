// Screenshots as evidence (issue 16), wired between the model and the report: which pages to
// photograph (the home page and the contact page the model derived) with what the audit found on
// each to outline, and taking them in the audit's browser. Thread-safe (take_screenshots runs
// the pages side by side in the renderer's tabs).
#pragma once

#include <string>
#include <vector>

#include "model/site_model.h"
#include "render/renderer.h"
#include "render/screenshot.h"

namespace joignable::cli {

// The home page (when it could be fetched) and the contact page (when there is one and it is
// another page), each with the phone numbers shown on it, its contact forms' actions and the
// hours its text gives.
std::vector<render::ScreenshotRequest> screenshot_requests(const model::SiteModel& site);

struct TakenScreenshots {
  std::vector<render::Screenshot> shots;  // in the requests' order, phone width first
  std::string note;  // why some or all are missing (the first problem met); "" when none is
};

TakenScreenshots take_screenshots(render::Renderer& renderer,
                                  const std::vector<render::ScreenshotRequest>& requests);

}  // namespace joignable::cli
