#include "cli/screenshots.h"

#include <algorithm>
#include <future>

namespace joignable::cli {
namespace {

bool has(const std::vector<std::string>& urls, const std::string& url) {
  return std::find(urls.begin(), urls.end(), url) != urls.end();
}

void add_once(std::vector<std::string>& list, std::string value) {
  if (!value.empty() && !has(list, value)) list.push_back(std::move(value));
}

render::EvidenceMarks marks_on(const model::SiteModel& site, const std::string& url) {
  render::EvidenceMarks marks;
  for (const model::SitePhone& phone : site.phones) {
    if (has(phone.pages, url) && !has(phone.unshown_pages, url)) {
      add_once(marks.phone_digits, render::phone_digits(phone.e164));
    }
  }
  for (const model::SiteForm& form : site.forms) {
    if (form.page == url && form.form.kind == extract::FormKind::contact) {
      add_once(marks.form_actions, form.form.action);
    }
  }
  for (const model::SiteHours& hours : site.hours) {
    const bool on_page = hours.url == url || has(hours.pages, url);
    if (on_page && hours.source == "site" && hours.origin == extract::HoursOrigin::text) {
      add_once(marks.hours_texts, hours.evidence);
    }
  }
  return marks;
}

}  // namespace

std::vector<render::ScreenshotRequest> screenshot_requests(const model::SiteModel& site) {
  std::vector<render::ScreenshotRequest> requests;
  if (!site.home_reachable || site.pages.empty()) return requests;
  const std::string& home = site.pages.front().url;
  requests.push_back({home, "home", marks_on(site, home)});
  if (site.contact_page && site.contact_page->url != home) {
    requests.push_back({site.contact_page->url, "contact", marks_on(site, site.contact_page->url)});
  }
  return requests;
}

TakenScreenshots take_screenshots(render::Renderer& renderer,
                                  const std::vector<render::ScreenshotRequest>& requests) {
  std::vector<std::future<render::CaptureResult>> pending;
  for (const render::ScreenshotRequest& request : requests) {
    pending.push_back(std::async(std::launch::async, [&renderer, &request] {
      return renderer.capture(request);
    }));
  }
  TakenScreenshots taken;
  for (auto& result : pending) {
    render::CaptureResult captured = result.get();
    for (render::Screenshot& shot : captured.shots) taken.shots.push_back(std::move(shot));
    if (taken.note.empty()) taken.note = captured.problem;
  }
  return taken;
}

}  // namespace joignable::cli
