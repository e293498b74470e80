#include "model/not_found.h"

#include <algorithm>
#include <array>

#include "model/derive.h"
#include "util/url.h"

namespace joignable::model {
namespace {

// "/a/b.html" for "https://host:8080/a/b.html?x=1#y"; "" when `url` is not an http(s) URL.
std::string path_of(std::string_view url) {
  const std::string origin = util::origin_of(url);
  if (origin.empty()) return {};
  const auto normal = util::normalize(url);
  if (!normal || !normal->starts_with(origin)) return {};
  std::string path = normal->substr(origin.size());
  path = path.substr(0, path.find('?'));
  return path.empty() ? "/" : path;
}

bool is_index_path(std::string_view path) {
  static constexpr std::array<std::string_view, 5> kIndexes = {
      "/", "/index.html", "/index.htm", "/index.php", "/default.aspx"};
  return std::find(kIndexes.begin(), kIndexes.end(), path) != kIndexes.end();
}

bool is_clicked(crawl::LinkKind kind) {
  return kind == crawl::LinkKind::anchor || kind == crawl::LinkKind::area;
}

NotFoundPage read_page(const SiteModel& model, const extract::PageAnalysis& analysis) {
  NotFoundPage page;
  page.title = analysis.title;
  const std::string contact = model.contact_page ? model.contact_page->url : std::string();
  for (const crawl::DiscoveredLink& link : analysis.links) {
    if (!is_clicked(link.kind)) continue;
    page.links_home = page.links_home || is_home_url(model.site, link.url);
    const auto target = util::normalize(link.url);
    page.links_contact = page.links_contact || (target && !contact.empty() && *target == contact) ||
                         looks_like_contact_text(link.text) || looks_like_contact_url(link.url);
  }
  const extract::PageContacts& found = analysis.contacts;
  page.has_phone = std::any_of(found.phones.begin(), found.phones.end(),
                               [](const extract::PhoneMention& phone) { return !phone.fax; });
  page.has_email = !found.emails.empty();
  for (const extract::FormInfo& form : found.forms) {
    page.has_search_form = page.has_search_form || form.kind == extract::FormKind::search;
    page.has_contact_form = page.has_contact_form || form.kind == extract::FormKind::contact;
  }
  return page;
}

}  // namespace

bool is_home_url(std::string_view site, std::string_view url) {
  if (!util::same_site(site, url)) return false;
  const std::string path = path_of(url);
  if (path.empty()) return false;
  const std::string home = path_of(site);
  if (path == home || is_index_path(path)) return true;
  // A home page in a folder ("/fr/") is also reached through that folder's index file.
  return home.ends_with('/') && path.starts_with(home) && is_index_path(path.substr(home.size() - 1));
}

void add_not_found_checks(SiteModel& model, const std::vector<crawl::NotFoundProbe>& probes,
                          const std::map<std::string, extract::PageAnalysis>& pages) {
  for (const crawl::NotFoundProbe& probe : probes) {
    NotFoundCheck check;
    check.url = probe.url;
    check.final_url = probe.final_url;
    check.status = probe.status;
    check.redirected_home = !probe.redirects.empty() && is_home_url(model.site, probe.final_url);
    if (const auto analysis = pages.find(probe.url); analysis != pages.end()) {
      check.page = read_page(model, analysis->second);
    }
    model.not_found_checks.push_back(std::move(check));
  }
}

}  // namespace joignable::model
