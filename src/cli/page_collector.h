// PageCollector: the crawl's page handler in an audit. It extracts each fetched page once, in
// the browser first when the page needs it (render decides, see wants_rendering), and keeps the
// encoded extraction (no body, no links) only until the recorder takes it to the store, from
// which the model reads it back: memory does not grow with the pages' contact points.
// Thread-safe: the crawler calls handle() from several parse workers at once.
#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crawl/page.h"
#include "extract/contact_points.h"
#include "render/renderer.h"
#include "target/target.h"

namespace joignable::cli {

// Whether a page whose raw HTML gave `raw` is read in the browser under `mode`: always, never,
// or (auto) when it is an application shell, or a contact page (by its URL or title) that shows
// no contact point at all.
bool wants_rendering(target::RenderMode mode, const extract::PageAnalysis& raw,
                     const std::string& page_url);

class PageCollector {
 public:
  // `renderer`: nullptr when pages are not rendered (render = "never", or no Chromium).
  PageCollector(std::string region, target::RenderMode mode, render::Renderer* renderer)
      : region_(std::move(region)), mode_(mode), renderer_(renderer) {}

  // On a parse worker: the page is analysed (and rendered) and encoded for the store there, off
  // the crawl thread.
  std::vector<crawl::DiscoveredLink> handle(const crawl::Page& page, std::string_view body);

  // The encoded extraction of `url`, handed over once; nullopt when the page was not parsed.
  std::optional<std::string> take(const std::string& url);

 private:
  extract::PageAnalysis analyse(const crawl::Page& page, std::string_view body) const;

  std::string region_;
  target::RenderMode mode_;
  render::Renderer* renderer_;
  std::mutex mutex_;
  std::map<std::string, std::string> waiting_;  // parsed, not yet recorded: encoded analyses
};

}  // namespace joignable::cli
