#include "crawl/crawler.h"

#include <chrono>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <thread>
#include <tuple>
#include <unordered_set>
#include <utility>

#include "crawl/address_policy.h"
#include "crawl/click_depths.h"
#include "crawl/fetcher.h"
#include "crawl/frontier.h"
#include "crawl/parse_pool.h"
#include "crawl/replay.h"
#include "crawl/robots.h"
#include "crawl/scope.h"
#include "crawl/sitemap_discovery.h"
#include "util/url.h"

namespace joignable::crawl {
namespace {

using Clock = std::chrono::steady_clock;
// Links kept from one page, at most: a page stuffed with tens of thousands of new URLs would
// otherwise fill the link list and the frontier for nothing; the rest is a "too_many_links" trap.
constexpr std::size_t kMaxLinksPerPage = 2000;
// Bodies waiting for a parser, at most (see max_parse_backlog_); past it, no page is admitted to
// the fetcher and the pages it already holds do not start.
constexpr std::size_t kMaxParseBacklogBytes = 16 << 20;
// How long one turn of the loop may wait for answers before progress is reported again.
constexpr std::chrono::milliseconds kPollSlice(250);

bool is_html(const std::string& type) {
  return type == "text/html" || type == "application/xhtml+xml";
}

// One parser per core; the crawl thread mostly waits on the network. A handler that renders a
// page waits on the browser meanwhile (src/render/), so each browser tab gets a worker of its own.
int parse_threads(const target::CrawlOptions& options) {
  const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  return options.render == target::RenderMode::never ? cores
                                                     : cores + options.render_concurrency;
}

// The click depth of a page of frontier layer `layer`: none for the layers of listed pages.
std::optional<int> click_depth(int layer) {
  return layer < kListedDepth ? std::optional<int>(layer) : std::nullopt;
}

// Sitemap pages kept for the crawl: enough for max_pages pages even when the links found half
// of them first.
std::size_t max_listed(const target::CrawlOptions& options) {
  return 2 * static_cast<std::size_t>(std::max(0, options.max_pages)) + 100;
}

// A HEAD that fails or is refused may still get a fair answer to a GET: many servers answer
// HEAD with 404, 405 or 501, or drop the connection.
bool needs_get_retry(const FetchResult& answer) {
  return answer.method == Method::head &&
         (answer.status.error == NetError::reset || answer.status.error == NetError::other ||
          (answer.status.error == NetError::none && answer.status.http_status >= 400));
}

Page page_from(FetchResult& answer, int depth) {
  Page page;
  page.url = answer.url;
  page.final_url = answer.final_url;
  page.depth = click_depth(depth);
  page.status = answer.status;
  page.content_type = answer.content_type;
  page.redirects = std::move(answer.redirects);
  page.truncated = answer.truncated;
  return page;
}

class CrawlRun {
 public:
  CrawlRun(std::string home, const target::CrawlOptions& options, const PageHandler& handle_page,
           const CrawlEvents& events, const CrawlSoFar& so_far)
      : home_(std::move(home)),
        options_(options),
        handle_page_(handle_page),
        events_(events),
        fetcher_(std::make_unique<Fetcher>(options)),
        site_(home_, options.strip_params),
        pool_([this](const Page& page, std::string_view body) { return parse(page, body); },
              parse_threads(options), [this] { wake_fetcher(); }),
        max_parse_backlog_(static_cast<std::size_t>(32 * parse_threads(options))),
        frontier_(options.max_pages, options.max_depth),
        scope_(options),
        sitemaps_(home_, max_listed(options)),
        replay_(so_far) {}

  CrawlResult run();

 private:
  struct Job {
    bool is_page = false;
    int depth = 0;
    bool internal = false;
    bool is_sitemap = false;
    bool is_robots = false;
  };
  struct Check {
    std::string url;
    bool internal = false;
    Method method = Method::head;
  };

  void fill_fetcher();
  bool robots_known(const std::string& url);
  void take_robots(const FetchResult& answer);
  bool robots_allow(const std::string& url) const;
  void record_disallowed(const std::string& url);
  void submit(FetchRequest request, Job job);
  void take(FetchResult answer);
  bool next_layer_ready() const;
  bool replay_page(const FrontierEntry& entry);
  bool replay_check(const std::string& url);
  void take_page(FetchResult answer, int depth);
  bool should_parse(const Page& page);
  std::vector<ParsedLink> parse(const Page& page, std::string_view body) const;
  void take_parsed(ParsedPage parsed);
  void record_page(Page page, int layer, const std::vector<Link>& new_links);
  void start_sitemaps(const RobotsRules& robots);
  void fetch_sitemaps(const std::vector<std::string>& urls);
  void admit_listed_pages();
  void wake_fetcher();
  std::vector<Link> take_links(std::vector<ParsedLink> found, int depth);
  void admit_page(const std::string& url, int depth);
  void queue_check(const std::string& url, bool internal, Method method);
  void report_progress();

  std::string home_;
  const target::CrawlOptions& options_;
  const PageHandler& handle_page_;
  const CrawlEvents& events_;
  std::unique_ptr<Fetcher> fetcher_;
  const util::SiteUrls site_;  // read by the pool's workers
  // Declared after fetcher_ and site_ so that its workers stop before what they use goes.
  ParsePool pool_;
  // Pages waiting for a parser, at most: past it (or past kMaxParseBacklogBytes of bodies) no
  // page is fetched, so bodies cannot pile up. Deep enough that the parsers keep busy while this
  // thread stores a batch of pages.
  std::size_t max_parse_backlog_;
  Frontier frontier_;
  Scope scope_;
  std::vector<CrawlTrap> link_traps_;  // pages whose links were cut at kMaxLinksPerPage
  SitemapDiscovery sitemaps_;
  bool listed_admitted_ = false;
  CrawlResult result_;
  std::map<std::string, RobotsRules> robots_;  // by origin of the site
  std::set<std::string> robots_asked_;         // origins whose robots.txt was asked for
  std::optional<FrontierEntry> held_;  // waits for its origin's robots.txt
  Clock::time_point started_ = Clock::now();
  std::uint64_t next_tag_ = 0;
  std::map<std::uint64_t, Job> jobs_;
  std::deque<Check> checks_;
  std::unordered_set<std::string> checked_;
  std::unordered_set<std::string> parsed_;
  int errors_ = 0;
  std::map<int, int> pages_in_flight_;  // by depth: fetched or parsed, links not yet followed
  Replay replay_;  // an interrupted crawl's work
};

CrawlResult CrawlRun::run() {
  frontier_.add(home_, 0);
  if (!options_.respect_robots) {
    start_sitemaps(RobotsRules::allow_all());
  }
  for (;;) {
    fill_fetcher();
    fetcher_->hold_pages(pool_.pending_bytes() >= kMaxParseBacklogBytes);
    if (fetcher_->outstanding() == 0 && pool_.pending() == 0) {
      break;
    }
    if (fetcher_->outstanding() > 0) {
      for (FetchResult& answer : fetcher_->poll(kPollSlice)) {
        take(std::move(answer));
      }
    } else {
      pool_.wait_for_done(kPollSlice);
    }
    for (ParsedPage& parsed : pool_.take_done()) {
      take_parsed(std::move(parsed));
    }
    report_progress();
  }
  assign_click_depths(result_);
  result_.traps = scope_.traps();
  result_.traps.insert(result_.traps.end(), link_traps_.begin(), link_traps_.end());
  result_.sitemaps = sitemaps_.files();
  return std::move(result_);
}

void CrawlRun::fill_fetcher() {
  // Twice the concurrency keeps every host slot busy while leaving the order to the frontier.
  const auto enough = static_cast<std::size_t>(std::max(1, options_.concurrency) * 2);
  admit_listed_pages();
  while (fetcher_->outstanding() < enough) {
    std::optional<FrontierEntry> entry;
    if (pool_.pending() < max_parse_backlog_ && pool_.pending_bytes() < kMaxParseBacklogBytes &&
        (held_ || next_layer_ready())) {
      entry = held_ ? std::exchange(held_, std::nullopt) : frontier_.next();
    }
    if (entry) {
      if (!robots_known(entry->url)) {
        held_ = std::move(entry);
        break;
      }
      // The home page is fetched whatever robots.txt says: the audit was asked for, and without
      // it there is nothing to report. The page carries the flag instead.
      if (entry->url != home_ && !robots_allow(entry->url)) {
        record_disallowed(entry->url);
        continue;
      }
      if (replay_page(*entry)) {
        continue;
      }
      ++pages_in_flight_[entry->depth];
      submit(FetchRequest{entry->url, Method::get, true, 0}, Job{true, entry->depth, true});
    } else if (!checks_.empty()) {
      if (!robots_known(checks_.front().url)) {
        break;
      }
      const Check check = std::move(checks_.front());
      checks_.pop_front();
      if (!robots_allow(check.url)) {
        record_disallowed(check.url);
        continue;
      }
      if (replay_check(check.url)) {
        continue;
      }
      submit(FetchRequest{check.url, check.method, false, 0}, Job{false, 0, check.internal});
    } else {
      break;
    }
  }
}

// The crawl goes layer by layer: no page of depth d + 1 is fetched while a page of depth d is in
// flight, since that page may link, at d + 1, a URL that a deeper page would otherwise admit
// first at d + 2 and so put beyond max_depth. Without the barrier, which pages a depth-limited
// crawl reaches would depend on which answer came first.
bool CrawlRun::next_layer_ready() const {
  const std::optional<int> next = frontier_.next_depth();
  return next && (pages_in_flight_.empty() || pages_in_flight_.begin()->first >= *next);
}

// robots.txt is fetched per origin of the site (http and https, with and without "www." are
// distinct origins in RFC 9309), before the first request to that origin, through the fetcher
// like any request: the transfers in flight go on meanwhile. Its Crawl-delay then applies to
// that origin only. Until it is read the request waits (held_, or at the head of checks_).
// Other sites are only link-checked, once per URL, and their robots.txt is not asked for.
bool CrawlRun::robots_known(const std::string& url) {
  if (!options_.respect_robots || !site_.same_site(url)) {
    return true;
  }
  const std::string origin = site_.origin_of(url);
  if (robots_.count(origin) != 0) {
    return true;
  }
  if (robots_asked_.insert(origin).second) {
    FetchRequest request{
        .url = origin + "/robots.txt", .keep_body = true, .raw_body_bytes = kRobotsMaxBytes};
    submit(std::move(request), Job{.is_robots = true});
  }
  return false;
}

// RFC 9309 2.3.1: the answer, redirects followed, decides (RobotsRules::from_fetch); a file cut
// at kRobotsMaxBytes is read up to the cut.
void CrawlRun::take_robots(const FetchResult& answer) {
  const std::string origin = util::origin_of(answer.url);
  RobotsRules rules = RobotsRules::from_fetch(answer.status, answer.body);
  const auto delay = polite_delay(std::chrono::milliseconds(options_.delay_ms), rules);
  fetcher_->set_host_delay(origin, delay);
  result_.robots.push_back(
      RobotsFile{answer.url, answer.status, static_cast<int>(delay.count())});
  if (origin == site_.origin_of(home_)) {
    start_sitemaps(rules);
  }
  robots_.emplace(origin, std::move(rules));
}

bool CrawlRun::robots_allow(const std::string& url) const {
  if (!options_.respect_robots || !site_.same_site(url)) {
    return true;
  }
  const auto it = robots_.find(site_.origin_of(url));
  return it == robots_.end() || it->second.allows(robots_path_of(url));
}

void CrawlRun::record_disallowed(const std::string& url) {
  FetchStatus status;
  status.error_detail = "disallowed by robots.txt";
  status.disallowed_by_robots = true;
  result_.checks.push_back(LinkCheck{url, status, true});
}

void CrawlRun::submit(FetchRequest request, Job job) {
  request.tag = next_tag_++;
  jobs_.emplace(request.tag, job);
  fetcher_->submit(std::move(request));
}

void CrawlRun::take(FetchResult answer) {
  const auto it = jobs_.find(answer.tag);
  const Job job = it->second;
  jobs_.erase(it);
  if (job.is_page) {
    take_page(std::move(answer), job.depth);
    return;
  }
  if (job.is_sitemap) {
    fetch_sitemaps(sitemaps_.take(answer));
    return;
  }
  if (job.is_robots) {
    take_robots(answer);
    return;
  }
  if (needs_get_retry(answer)) {
    submit(FetchRequest{answer.url, Method::get, false, 0}, job);
    return;
  }
  errors_ += answer.status.is_broken() ? 1 : 0;
  result_.checks.push_back(LinkCheck{answer.url, answer.status, job.internal});
  if (events_.on_check) {
    events_.on_check(result_.checks.back());
  }
}

// A page of the interrupted crawl takes the place of a fetch: its links are followed as if it
// had just been parsed, and it is not reported again.
bool CrawlRun::replay_page(const FrontierEntry& entry) {
  std::optional<Page> replayed = replay_.take_page(entry.url);
  if (!replayed) {
    return false;
  }
  Page page = std::move(*replayed);
  page.depth = click_depth(entry.depth);
  if (!page.redirects.empty()) {
    frontier_.mark_seen(page.final_url);
  }
  errors_ += page.status.is_broken() ? 1 : 0;
  if (should_parse(page)) {
    std::vector<ParsedLink> links;
    for (Link& link : replay_.take_links(page.url)) {
      const bool internal = site_.same_site(link.to);
      links.push_back(ParsedLink{std::move(link), internal});
    }
    take_links(std::move(links), entry.depth);
  }
  result_.pages.push_back(std::move(page));
  return true;
}

bool CrawlRun::replay_check(const std::string& url) {
  std::optional<LinkCheck> check = replay_.take_check(url);
  if (!check) {
    return false;
  }
  errors_ += check->status.is_broken() ? 1 : 0;
  result_.checks.push_back(std::move(*check));
  return true;
}

void CrawlRun::take_page(FetchResult answer, int depth) {
  if (!answer.redirects.empty()) {
    frontier_.mark_seen(answer.final_url);
  }
  std::string body = std::move(answer.body);
  Page page = page_from(answer, depth);
  page.status.disallowed_by_robots = !robots_allow(page.url);
  errors_ += page.status.is_broken() ? 1 : 0;
  if (should_parse(page) && handle_page_) {
    pool_.submit(ParseJob{std::move(page), std::move(body), depth});
    return;
  }
  record_page(std::move(page), depth, {});
}

// HTML pages of the site are parsed, once per final URL.
bool CrawlRun::should_parse(const Page& page) {
  return page.status.is_ok() && is_html(page.content_type) && site_.same_site(page.final_url) &&
         parsed_.insert(page.final_url).second;
}

// On a worker thread: the handler's links, normalised, each (to, kind, fragment) once. Each
// fragment is a link of its own: each must find its anchor on the target page.
std::vector<ParsedLink> CrawlRun::parse(const Page& page, std::string_view body) const {
  const std::vector<DiscoveredLink> found = handle_page_(page, body);
  std::vector<ParsedLink> parsed;
  parsed.reserve(found.size());  // never reallocated: the keys point into its strings
  std::set<std::tuple<std::string_view, LinkKind, std::string_view>> keys;  // to, kind, fragment
  for (const DiscoveredLink& link : found) {
    auto target = site_.link_target(link.url);
    if (!target) continue;
    const ParsedLink& added = parsed.emplace_back(ParsedLink{
        Link{page.url, std::move(target->url), link.kind, link.text, std::move(target->fragment)},
        target->same_site});
    if (!keys.emplace(added.link.to, added.link.kind, added.link.fragment).second) {
      parsed.pop_back();
    }
  }
  return parsed;
}

void CrawlRun::take_parsed(ParsedPage parsed) {
  if (!parsed.error.empty()) {
    result_.page_errors.push_back({parsed.page.url, std::move(parsed.error)});
  }
  const std::vector<Link> new_links = take_links(std::move(parsed.links), parsed.depth);
  record_page(std::move(parsed.page), parsed.depth, new_links);
}

void CrawlRun::record_page(Page page, int layer, const std::vector<Link>& new_links) {
  const auto in_flight = pages_in_flight_.find(layer);
  if (in_flight != pages_in_flight_.end() && --in_flight->second == 0) {
    pages_in_flight_.erase(in_flight);
  }
  result_.pages.push_back(std::move(page));
  if (events_.on_page) {
    events_.on_page(result_.pages.back(), new_links);
  }
}

void CrawlRun::wake_fetcher() { fetcher_->wake(); }

// With room for the home page alone (the extract command), no listed page could be crawled.
void CrawlRun::start_sitemaps(const RobotsRules& robots) {
  if (options_.max_pages > 1) {
    fetch_sitemaps(sitemaps_.start(robots));
  }
}

// Sitemaps are files, not pages: fetched whatever robots.txt says of them (it names them), and
// never parsed as HTML.
void CrawlRun::fetch_sitemaps(const std::vector<std::string>& urls) {
  for (const std::string& url : urls) {
    FetchRequest request{.url = url, .keep_body = true, .raw_body_bytes = kSitemapMaxFetchBytes};
    submit(std::move(request), Job{.is_sitemap = true});
  }
}

// Pages only a sitemap lists join the crawl once every page within max_depth clicks is done and
// every sitemap read: clicks alone decide click depths and which pages max_depth reaches, and
// sitemap pages never take the place of a clicked page under max_pages. Nothing is listed for a
// site whose home page failed: its crawl is that page alone.
void CrawlRun::admit_listed_pages() {
  if (listed_admitted_ || !sitemaps_.finished() || held_ || frontier_.queued() > 0 ||
      !pages_in_flight_.empty() || result_.pages.empty()) {
    return;
  }
  listed_admitted_ = true;
  const Page& home = result_.pages.front();
  if (!home.status.is_ok() || !is_html(home.content_type)) {
    return;
  }
  for (const std::string& url : sitemaps_.take_pages()) {
    admit_page(util::without_params(url, options_.strip_params), kListedDepth);
  }
}

// Follows a page's links and returns them, as added to the result. Each page's links are taken
// once (the frontier hands out each URL once), so they need no comparing with those of other
// pages, and no key of every link of the site is kept.
std::vector<Link> CrawlRun::take_links(std::vector<ParsedLink> found, int depth) {
  if (found.size() > kMaxLinksPerPage) {
    link_traps_.push_back(CrawlTrap{found.front().link.from, "too_many_links",
                                    found[kMaxLinksPerPage].link.to,
                                    static_cast<int>(found.size() - kMaxLinksPerPage)});
    found.resize(kMaxLinksPerPage);
  }
  std::vector<Link> added;
  added.reserve(found.size());
  for (ParsedLink& parsed : found) {
    const Link& link = added.emplace_back(std::move(parsed.link));
    result_.links.push_back(link);
    if (link.kind == LinkKind::form_action) {
      if (!(parsed.internal && frontier_.seen(link.to))) {
        queue_check(link.to, parsed.internal, Method::get);
      }
    } else if (parsed.internal) {
      admit_page(link.to, depth + 1);
    } else {
      queue_check(link.to, false, Method::head);
    }
  }
  return added;
}

void CrawlRun::admit_page(const std::string& url, int depth) {
  if (!frontier_.seen(url) && scope_.judge(url) != Scope::Verdict::crawl) {
    return;
  }
  if (frontier_.add(url, depth) == Frontier::Admission::queued) {
    scope_.admitted(url);
  }
}

void CrawlRun::queue_check(const std::string& url, bool internal, Method method) {
  if (checked_.insert(url).second) {
    checks_.push_back(Check{url, internal, method});
  }
}

void CrawlRun::report_progress() {
  if (!events_.on_progress) {
    return;
  }
  CrawlProgress progress;
  progress.done = static_cast<int>(result_.pages.size() + result_.checks.size());
  progress.queued = static_cast<int>(frontier_.queued() + checks_.size() +
                                     fetcher_->outstanding() + pool_.pending());
  progress.errors = errors_;
  progress.elapsed_seconds = std::chrono::duration<double>(Clock::now() - started_).count();
  events_.on_progress(progress);
}

}  // namespace

CrawlResult crawl(const std::string& home_url, const target::CrawlOptions& options,
                  const PageHandler& handle_page, const CrawlEvents& events,
                  const CrawlSoFar& so_far) {
  const auto home = util::normalize(home_url);
  if (!home) {
    Page page;
    page.url = home_url;
    page.final_url = home_url;
    page.depth = 0;
    page.status.error = NetError::forbidden_scheme;
    page.status.error_detail = "not an absolute http or https url: " + home_url;
    CrawlResult result;
    result.pages.push_back(std::move(page));
    return result;
  }
  // The exemption of a private home page, unless the caller has decided it already.
  const target::CrawlOptions policed = with_private_home(*home, options);
  return CrawlRun(util::without_params(*home, options.strip_params), policed, handle_page, events,
                  so_far)
      .run();
}

}  // namespace joignable::crawl
