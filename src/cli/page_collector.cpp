#include "cli/page_collector.h"

#include "extract/app_shell.h"
#include "extract/channels.h"
#include "extract/contact_points_json.h"
#include "extract/page_analysis.h"

namespace joignable::cli {

bool wants_rendering(target::RenderMode mode, const extract::PageAnalysis& raw,
                     const std::string& page_url) {
  switch (mode) {
    case target::RenderMode::never: return false;
    case target::RenderMode::always: return true;
    case target::RenderMode::automatic: break;
  }
  if (raw.app_shell) return true;
  const bool contact_page =
      extract::looks_like_contact_url(page_url) || extract::looks_like_contact_text(raw.title);
  return contact_page && extract::has_no_contact_point(raw.contacts);
}

// The raw HTML is read first in every mode: `auto` decides on it, and it stands when the
// browser gives nothing.
extract::PageAnalysis PageCollector::analyse(const crawl::Page& page,
                                             std::string_view body) const {
  extract::PageAnalysis raw = extract::analyse_page(body, page.final_url, region_);
  if (renderer_ == nullptr || !wants_rendering(mode_, raw, page.final_url)) return raw;
  render::RenderedPage rendered = renderer_->render(page.final_url, body);
  if (rendered.html.empty()) {
    raw.render_problem = std::move(rendered.problem);
    return raw;
  }
  extract::PageAnalysis analysis = extract::analyse_page(rendered.html, page.final_url, region_);
  analysis.app_shell = raw.app_shell;
  analysis.rendered = true;
  analysis.render_problem = std::move(rendered.problem);
  return analysis;
}

std::vector<crawl::DiscoveredLink> PageCollector::handle(const crawl::Page& page,
                                                         std::string_view body) {
  extract::PageAnalysis analysis = analyse(page, body);
  std::vector<crawl::DiscoveredLink> links = std::move(analysis.links);
  analysis.links.clear();
  std::string document = extract::encode_analysis(analysis);
  const std::lock_guard lock(mutex_);
  waiting_.insert_or_assign(page.url, std::move(document));
  return links;
}

std::optional<std::string> PageCollector::take(const std::string& url) {
  const std::lock_guard lock(mutex_);
  const auto it = waiting_.find(url);
  if (it == waiting_.end()) return std::nullopt;
  std::string document = std::move(it->second);
  waiting_.erase(it);
  return document;
}

}  // namespace joignable::cli
