#include "crawl/not_found_probe.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <map>
#include <random>
#include <thread>

#include "crawl/address_policy.h"
#include "crawl/fetcher.h"
#include "crawl/robots.h"
#include "crawl/robots_fetch.h"
#include "util/url.h"

namespace joignable::crawl {
namespace {

constexpr std::string_view kProbeName = "joignable-404-check-";
constexpr std::chrono::milliseconds kPollSlice(250);

bool is_html(const std::string& type) {
  return type == "text/html" || type == "application/xhtml+xml";
}

// "services" for "https://host/services/chauffage.html"; "" for a page at the root.
std::string first_folder(const std::string& url) {
  const std::string path = robots_path_of(url);
  const auto end = path.find_first_of("/?", 1);
  if (end == std::string::npos || path[end] != '/') return {};
  return path.substr(1, end - 1);
}

// The folder holding the most crawled pages of the site, ties to the first in name order.
std::string busiest_folder(const CrawlResult& crawl, const std::string& home) {
  std::map<std::string, int> pages_by_folder;
  for (const Page& page : crawl.pages) {
    if (!page.status.is_ok() || !util::same_site(home, page.url)) continue;
    const std::string folder = first_folder(page.url);
    if (!folder.empty()) ++pages_by_folder[folder];
  }
  std::string busiest;
  int most = 0;
  for (const auto& [folder, count] : pages_by_folder) {
    if (count > most) {
      busiest = folder;
      most = count;
    }
  }
  return busiest;
}

// Where robots.txt is obeyed: the rules of each origin, and the largest pause they ask for.
struct RobotsGate {
  std::map<std::string, RobotsRules> rules;
  std::chrono::milliseconds delay{0};
};

RobotsGate load_robots(const std::vector<std::string>& urls, const target::CrawlOptions& options) {
  RobotsGate gate;
  gate.delay = std::chrono::milliseconds(options.delay_ms);
  if (!options.respect_robots) return gate;
  for (const std::string& url : urls) {
    const std::string origin = util::origin_of(url);
    if (gate.rules.count(origin) != 0) continue;
    const RobotsAnswer answer = fetch_robots(origin + "/robots.txt", options);
    RobotsRules rules = RobotsRules::from_fetch(answer.status, answer.body);
    gate.delay = std::max(gate.delay, polite_delay(gate.delay, rules));
    gate.rules.emplace(origin, std::move(rules));
  }
  return gate;
}

bool allowed(const RobotsGate& gate, const std::string& url) {
  const auto it = gate.rules.find(util::origin_of(url));
  return it == gate.rules.end() || it->second.allows(robots_path_of(url));
}

}  // namespace

std::vector<std::string> not_found_probe_urls(const CrawlResult& crawl, std::string_view token) {
  if (crawl.pages.empty() || !crawl.pages.front().status.is_ok()) return {};
  const Page& home = crawl.pages.front();
  // The home page may redirect to https or to its www twin: probe where the site really answers.
  const std::string& where = util::same_site(home.url, home.final_url) ? home.final_url : home.url;
  const std::string origin = util::origin_of(where);
  if (origin.empty()) return {};
  const std::string name = std::string(kProbeName) + std::string(token);
  std::vector<std::string> urls = {origin + "/" + name};
  const std::string folder = busiest_folder(crawl, home.url);
  if (!folder.empty()) urls.push_back(origin + "/" + folder + "/" + name + ".html");
  return urls;
}

std::string random_probe_token() {
  std::random_device device;
  std::uniform_int_distribution<int> digit(0, 15);
  std::string token;
  for (int i = 0; i < 16; ++i) token += "0123456789abcdef"[digit(device)];
  return token;
}

std::vector<NotFoundProbe> probe_not_found(const std::vector<std::string>& urls,
                                           const target::CrawlOptions& options,
                                           const NotFoundPageHandler& handle_page) {
  std::vector<NotFoundProbe> probes(urls.size());
  if (urls.empty()) return probes;
  // The probes go to the site's own origin, private or not as its home page is.
  const target::CrawlOptions policed = with_private_home(urls.front(), options);
  const RobotsGate gate = load_robots(urls, policed);
  target::CrawlOptions fetch_options = policed;
  fetch_options.delay_ms = static_cast<int>(gate.delay.count());
  std::vector<std::size_t> allowed_probes;
  for (std::size_t i = 0; i < urls.size(); ++i) {
    probes[i].url = urls[i];
    probes[i].final_url = urls[i];
    if (allowed(gate, urls[i])) {
      allowed_probes.push_back(i);
    } else {
      probes[i].status.disallowed_by_robots = true;
      probes[i].status.error_detail = "disallowed by robots.txt";
    }
  }
  if (allowed_probes.empty()) return probes;
  // The robots.txt request just went to the host: the pause it asks for applies to the next one.
  if (!gate.rules.empty()) std::this_thread::sleep_for(gate.delay);
  Fetcher fetcher(fetch_options);
  for (const std::size_t i : allowed_probes) {
    fetcher.submit(FetchRequest{urls[i], Method::get, true, static_cast<std::uint64_t>(i)});
  }
  while (fetcher.outstanding() > 0) {
    for (FetchResult& answer : fetcher.poll(kPollSlice)) {
      NotFoundProbe& probe = probes[answer.tag];
      probe.final_url = answer.final_url;
      probe.status = answer.status;
      probe.content_type = answer.content_type;
      probe.redirects = std::move(answer.redirects);
      if (is_html(probe.content_type) && handle_page) handle_page(probe, answer.body);
    }
  }
  return probes;
}

}  // namespace joignable::crawl
