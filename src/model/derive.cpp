#include "model/derive.h"

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "crawl/address_policy.h"
#include "extract/addresses.h"
#include "model/anchors.h"
#include "util/url.h"

namespace joignable::model {
namespace {

// Home first, then by click depth (pages without one last), then by URL: a stable order that
// does not depend on which fetch finished first.
bool page_order(const PageSummary& a, const PageSummary& b) {
  const int depth_a = a.depth.value_or(1 << 30);
  const int depth_b = b.depth.value_or(1 << 30);
  return std::tie(depth_a, a.url) < std::tie(depth_b, b.url);
}

// Each page's contacts are added at once, page after page: a page already listed is the last.
void add_page_once(std::vector<std::string>& pages, const std::string& url) {
  if (pages.empty() || pages.back() != url) pages.push_back(url);
}

void add_phone(std::vector<SitePhone>& phones, const extract::PhoneMention& mention,
               const std::string& page) {
  auto it = std::find_if(phones.begin(), phones.end(),
                         [&](const SitePhone& p) { return p.e164 == mention.e164; });
  if (it == phones.end()) {
    SitePhone phone;
    phone.e164 = mention.e164;
    phone.display = mention.display;
    phone.type = mention.type;
    it = phones.insert(phones.end(), std::move(phone));
  }
  it->tel_link = it->tel_link || mention.tel_link;
  // A number only in the structured data is shown nowhere, so it is not "text only" either.
  it->text_only_somewhere = it->text_only_somewhere || (mention.visible && !mention.tel_link);
  it->structured_data = it->structured_data || mention.structured_data;
  add_page_once(it->pages, page);
  if (!mention.visible) add_page_once(it->unshown_pages, page);
}

bool same_form(const extract::FormInfo& a, const extract::FormInfo& b) {
  return std::tie(a.kind, a.action, a.method, a.fields, a.has_textarea, a.has_free_text,
                  a.unlabelled_fields, a.captcha, a.enctype, a.required_fields) ==
         std::tie(b.kind, b.action, b.method, b.fields, b.has_textarea, b.has_free_text,
                  b.unlabelled_fields, b.captcha, b.enctype, b.required_fields);
}

void add_channel(std::vector<SiteChannel>& channels, const std::string& kind,
                 const std::string& url, const std::string& page) {
  auto it = std::find_if(channels.begin(), channels.end(), [&](const SiteChannel& c) {
    return c.kind == kind && c.url == url;
  });
  if (it == channels.end()) it = channels.insert(channels.end(), {kind, url, {}});
  add_page_once(it->pages, page);
}

void add_channels(SiteModel& model, const std::string& page, const extract::PageContacts& found) {
  for (const auto& widget : found.chat_widgets) add_channel(model.chat_widgets, widget, "", page);
  for (const auto& link : found.social_links) {
    add_channel(model.social_links, link.network, link.url, page);
  }
  if (found.callback_offer) add_page_once(model.callback_pages, page);
}

void add_hours(SiteModel& model, const std::string& page, const extract::HoursMention& mention) {
  auto same = [&](const SiteHours& h) {
    return h.source == "site" && h.origin == mention.origin &&
           extract::same_weekly(h.hours, mention.hours);
  };
  auto it = std::find_if(model.hours.begin(), model.hours.end(), same);
  if (it == model.hours.end()) {
    it = model.hours.insert(model.hours.end(), SiteHours{"site", mention.origin, page, {},
                                                         mention.hours, mention.evidence});
  }
  add_page_once(it->pages, page);
}

// What add_contacts has met already, where the model's lists are too long to search.
struct Seen {
  std::unordered_set<std::string> unparsed_hours;
};

void add_contacts(SiteModel& model, const std::string& page, const extract::PageContacts& found,
                  Seen& met) {
  add_channels(model, page, found);
  for (const auto& address : found.addresses) {
    auto it = std::find_if(model.addresses.begin(), model.addresses.end(), [&](const SiteAddress& a) {
      return extract::same_address(a.address, address);
    });
    if (it == model.addresses.end()) it = model.addresses.insert(model.addresses.end(), {address, {}});
    add_page_once(it->pages, page);
  }
  for (const auto& mention : found.hours) add_hours(model, page, mention);
  for (const auto& raw : found.unparsed_hours) {
    if (met.unparsed_hours.insert(raw).second) model.unparsed_hours.push_back({page, raw});
  }
  for (const auto& mention : found.phones) {
    add_phone(mention.fax ? model.faxes : model.phones, mention, page);
  }
  for (const auto& invalid : found.invalid_phones) model.invalid_phones.push_back({page, invalid});
  for (const auto& address : found.emails) {
    auto it = std::find_if(model.emails.begin(), model.emails.end(),
                           [&](const SiteEmail& e) { return e.address == address; });
    if (it == model.emails.end()) it = model.emails.insert(model.emails.end(), {address, {}});
    add_page_once(it->pages, page);
  }
  for (const auto& contact : found.third_parties) {
    auto it = std::find_if(model.third_parties.begin(), model.third_parties.end(),
                           [&](const SiteThirdParty& t) {
                             return t.contact.role == contact.role &&
                                    t.contact.kind == contact.kind &&
                                    t.contact.value == contact.value;
                           });
    if (it == model.third_parties.end()) {
      it = model.third_parties.insert(model.third_parties.end(), {contact, {}});
    }
    add_page_once(it->pages, page);
  }
  // A form in a shared footer is one form, not one per page: keep its first page.
  for (const auto& form : found.forms) {
    const bool seen = std::any_of(model.forms.begin(), model.forms.end(),
                                  [&](const SiteForm& f) { return same_form(f.form, form); });
    if (!seen) model.forms.push_back({page, form, std::nullopt});
  }
}

// A third party's number or address that another page gives as the company's is the company's.
void drop_own_contacts(SiteModel& model) {
  const auto has_number = [](const std::vector<SitePhone>& phones, const std::string& e164) {
    return std::any_of(phones.begin(), phones.end(),
                       [&](const SitePhone& p) { return p.e164 == e164; });
  };
  std::erase_if(model.third_parties, [&](const SiteThirdParty& third) {
    const extract::ThirdPartyContact& contact = third.contact;
    if (contact.kind == "phone" || contact.kind == "fax") {
      return has_number(model.phones, contact.value) || has_number(model.faxes, contact.value);
    }
    if (contact.kind == "email") {
      return std::any_of(model.emails.begin(), model.emails.end(),
                         [&](const SiteEmail& e) { return e.address == contact.value; });
    }
    return std::any_of(model.addresses.begin(), model.addresses.end(),
                       [&](const SiteAddress& a) { return a.address.text() == contact.value; });
  });
}

// The status of every URL the crawl fetched or checked, by normalised URL.
std::map<std::string, crawl::FetchStatus> statuses(const crawl::CrawlResult& crawl) {
  std::map<std::string, crawl::FetchStatus> by_url;
  for (const auto& page : crawl.pages) by_url.emplace(page.url, page.status);
  for (const auto& check : crawl.checks) by_url.emplace(check.url, check.status);
  return by_url;
}

// Broken links with the pages that link them. A URL reached only as a form action is the
// business of form.action_broken, not of the link rules.
// Sources are gathered for broken URLs only: a set of sources for every URL of the site would
// hold every link again.
std::vector<BrokenLink> broken_links(const crawl::CrawlResult& crawl, const std::string& site) {
  std::map<std::string, std::set<std::string>> sources;
  for (const auto& page : crawl.pages) {
    if (page.status.is_broken()) sources[page.url];
  }
  for (const auto& check : crawl.checks) {
    if (check.status.is_broken()) sources[check.url];
  }
  for (const auto& link : crawl.links) {
    if (link.kind == crawl::LinkKind::form_action) continue;
    if (auto found = sources.find(link.to); found != sources.end()) found->second.insert(link.from);
  }
  std::vector<BrokenLink> broken;
  auto consider = [&](const std::string& url, const crawl::FetchStatus& status, bool internal) {
    auto found = sources.find(url);
    if (!status.is_broken() || found == sources.end() || found->second.empty()) return;
    broken.push_back({url, status, internal, {found->second.begin(), found->second.end()}});
  };
  for (const auto& page : crawl.pages) consider(page.url, page.status, true);
  for (const auto& check : crawl.checks) {
    consider(check.url, check.status, check.internal || util::same_site(site, check.url));
  }
  std::sort(broken.begin(), broken.end(),
            [](const BrokenLink& a, const BrokenLink& b) { return a.url < b.url; });
  return broken;
}

std::optional<ContactPage> find_contact_page(const SiteModel& model,
                                             const crawl::CrawlResult& crawl) {
  std::set<std::string> named_by_links;
  for (const auto& link : crawl.links) {
    if (link.kind == crawl::LinkKind::anchor && looks_like_contact_text(link.text)) {
      named_by_links.insert(link.to);
    }
  }
  // model.pages is in page_order, so the first match is the shallowest.
  for (const auto& page : model.pages) {
    if (page.url == model.site || !page.status.is_ok()) continue;
    if (named_by_links.contains(page.url) || looks_like_contact_url(page.url)) {
      return ContactPage{page.url, page.depth};
    }
  }
  return std::nullopt;
}

void add_refused(SiteModel& model, const std::string& url, const crawl::FetchStatus& status) {
  if (status.error != crawl::NetError::refused_private) return;
  const auto refusal = crawl::parse_refusal(status.error_detail);
  model.refused_links.push_back(RefusedLink{url, refusal ? refusal->url : url,
                                            refusal ? refusal->address : "",
                                            refusal ? refusal->kind : "", status.error_detail});
}

// Pages of the site that redirected off to such an address, links, and sitemaps listed.
void add_refused_links(SiteModel& model, const crawl::CrawlResult& crawl) {
  for (const auto& page : crawl.pages) add_refused(model, page.url, page.status);
  for (const auto& check : crawl.checks) add_refused(model, check.url, check.status);
  for (const auto& sitemap : crawl.sitemaps) add_refused(model, sitemap.url, sitemap.status);
}

}  // namespace

void add_listing_hours(SiteModel& model, const std::string& name, const std::string& url,
                       const extract::OpeningHours& hours) {
  if (!hours.has_hours()) return;
  model.hours.push_back(
      SiteHours{"listing:" + name, extract::HoursOrigin::listing, url, {}, hours, {}});
}

void add_listings(SiteModel& model, std::vector<listings::Listing> listings) {
  for (const listings::Listing& listing : listings) {
    if (listing.read) add_listing_hours(model, listing.name, listing.source, listing.hours);
  }
  model.listings = std::move(listings);
}

SiteModel derive_site_model(const std::string& site, const std::string& region,
                            const crawl::CrawlResult& crawl,
                            const std::map<std::string, extract::PageAnalysis>& analyses) {
  return derive_site_model_on_demand(
      site, region, crawl, [&](const std::string& url) -> std::optional<extract::PageAnalysis> {
        const auto found = analyses.find(url);
        if (found == analyses.end()) return std::nullopt;
        return found->second;
      });
}

SiteModel derive_site_model_on_demand(const std::string& site, const std::string& region,
                                      const crawl::CrawlResult& crawl,
                                      const AnalysisOf& analysis_of) {
  SiteModel model;
  model.site = site;
  model.region = region;
  if (!crawl.pages.empty()) {
    model.home_status = crawl.pages.front().status;
    model.home_reachable = model.home_status.is_ok();
  }
  model.pages.reserve(crawl.pages.size());
  for (const auto& page : crawl.pages) {
    model.pages.push_back(
        {page.url, page.status, page.depth, page.content_type, {}, false, {}, page.redirects});
  }
  if (!model.pages.empty()) std::sort(model.pages.begin() + 1, model.pages.end(), page_order);

  // Each page's extraction is read once; the anchors of the pages links with a #fragment land on
  // are kept for missing_anchors.
  const auto anchor_finals = anchor_pages(site, crawl);
  // By Page::url, of the pages whose anchors count; views into `crawl`, as are the keys below.
  std::unordered_map<std::string_view, std::string_view> final_urls;
  for (const auto& page : crawl.pages) {
    if (anchor_finals.contains(page.final_url)) final_urls.emplace(page.url, page.final_url);
  }
  std::unordered_map<std::string_view, std::vector<std::string>> anchors;  // by final URL
  Seen seen;
  for (auto& page : model.pages) {
    std::optional<extract::PageAnalysis> analysis = analysis_of(page.url);
    if (!analysis) continue;
    if (const auto final_url = final_urls.find(page.url); final_url != final_urls.end()) {
      anchors.try_emplace(final_url->second, std::move(analysis->anchors));
    }
    page.title = analysis->title;
    page.analysed = page.status.is_ok();
    page.help = analysis->contacts.help;
    page.rendered = analysis->rendered;
    page.render_problem = analysis->render_problem;
    add_contacts(model, page.url, analysis->contacts, seen);
    const auto& phones = analysis->contacts.phones;
    const bool shows_phone =
        std::any_of(phones.begin(), phones.end(), [](const auto& p) { return !p.fax && p.visible; });
    if (shows_phone && page.depth &&
        (!model.first_phone_depth || *page.depth < *model.first_phone_depth)) {
      model.first_phone_depth = page.depth;
    }
  }
  drop_own_contacts(model);
  const auto status_by_url = statuses(crawl);
  for (auto& form : model.forms) {
    auto action = util::normalize(form.form.action);
    if (!action) continue;
    if (auto it = status_by_url.find(*action); it != status_by_url.end()) {
      form.action_status = it->second;
    }
  }
  model.broken_links = broken_links(crawl, site);
  model.page_errors = crawl.page_errors;
  const auto anchors_of = [&](const std::string& final_url) -> const std::vector<std::string>* {
    const auto found = anchors.find(final_url);
    return found == anchors.end() ? nullptr : &found->second;
  };
  for (BrokenLink& link : missing_anchors(site, crawl, anchors_of)) {
    model.broken_links.push_back(std::move(link));
  }
  std::sort(model.broken_links.begin(), model.broken_links.end(),
            [](const BrokenLink& a, const BrokenLink& b) { return a.url < b.url; });
  // Pages of the site are blocked too when the protection challenges the crawl half-way.
  for (const auto& page : crawl.pages) {
    if (page.status.blocked) model.blocked_links.push_back({page.url, page.status, true});
  }
  for (const auto& check : crawl.checks) {
    if (check.status.blocked) model.blocked_links.push_back(check);
  }
  add_refused_links(model, crawl);
  model.crawl_traps = crawl.traps;
  model.sitemaps = crawl.sitemaps;
  model.contact_page = find_contact_page(model, crawl);
  return model;
}

}  // namespace joignable::model
