#include "cli/extract_command.h"

#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/exit_code.h"
#include "cli/summary.h"
#include "crawl/crawler.h"
#include "extract/page_analysis.h"
#include "model/derive.h"
#include "report/json_writer.h"
#include "util/url.h"

namespace joignable::cli {
namespace {

Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(Error::Code::input, "cannot read the page", path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The page as fetched: one page, no link followed, nothing else checked.
crawl::CrawlResult fetch_page(const std::string& url, const ExtractArgs& args,
                              std::map<std::string, extract::PageAnalysis>& analyses) {
  target::CrawlOptions options;
  options.max_pages = 1;
  options.max_depth = 0;
  return crawl::crawl(url, options, [&](const crawl::Page& page, std::string_view body) {
    analyses[page.url] = extract::analyse_page(body, page.final_url, args.region);
    return std::vector<crawl::DiscoveredLink>{};
  });
}

}  // namespace

int run_extract_command(const ExtractArgs& args) {
  std::map<std::string, extract::PageAnalysis> analyses;
  crawl::CrawlResult crawled;
  std::string site;
  if (args.input.starts_with("http://") || args.input.starts_with("https://")) {
    auto url = util::normalize(args.input);
    if (!url) {
      return report_error({Error::Code::usage, "not an http(s) URL: '" + args.input + "'", {}, 0, {}},
                          ExitCode::usage);
    }
    site = *url;
    crawled = fetch_page(site, args, analyses);
    if (!crawled.pages.front().status.is_ok()) {
      std::cerr << "joignable: " << site << ": the page could not be fetched\n";
      return to_int(ExitCode::unreachable);
    }
  } else {
    auto base = util::normalize(args.base_url);
    if (!base) {
      return report_error({Error::Code::usage, "not an http(s) URL: '" + args.base_url + "'", {},
                           0, "--base-url"},
                          ExitCode::usage);
    }
    auto html = read_file(args.input);
    if (!html) return report_error(html.error(), ExitCode::usage);
    site = *base;
    crawl::Page page;
    page.url = page.final_url = site;
    page.depth = 0;
    page.status.http_status = 200;
    page.content_type = "text/html";
    crawled.pages.push_back(std::move(page));
    analyses[site] = extract::analyse_page(*html, site, args.region);
  }
  for (const crawl::PageError& error : crawled.page_errors) {
    std::cerr << "joignable: internal error, page not analysed: " << error.url << ": "
              << error.message << "\n";
  }
  const auto model = model::derive_site_model(site, args.region, crawled, analyses);
  std::cout << report::render_contact_points_json(model) << "\n";
  return to_int(ExitCode::ok);
}

}  // namespace joignable::cli
