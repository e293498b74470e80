#include "support/model_builder.h"

#include <algorithm>

#include "model/call_hours.h"
#include "model/derive.h"

namespace joignable::testing {

ModelBuilder::ModelBuilder(std::string home) {
  site_.site = home;
  site_.region = "FR";
  site_.home_reachable = true;
  site_.home_status = http(200);
  site_.pages.push_back({std::move(home), http(200), 0, "text/html", "Accueil", true, {}});
}

ModelBuilder& ModelBuilder::unreachable(crawl::FetchStatus status) {
  site_.home_reachable = false;
  site_.home_status = std::move(status);
  site_.pages.clear();
  return *this;
}

ModelBuilder& ModelBuilder::add_page(std::string url, std::optional<int> depth) {
  site_.pages.push_back({std::move(url), http(200), depth, "text/html", "", true, {}});
  return *this;
}

ModelBuilder& ModelBuilder::page_help(const std::string& url,
                                      std::vector<extract::HelpMechanism> help) {
  for (auto& page : site_.pages) {
    if (page.url == url) page.help = std::move(help);
  }
  return *this;
}

ModelBuilder& ModelBuilder::add_phone(std::string e164, extract::PhoneType type,
                                      std::vector<std::string> pages, PhoneLink link) {
  model::SitePhone phone;
  phone.display = e164;
  phone.e164 = std::move(e164);
  phone.type = type;
  phone.tel_link = link != PhoneLink::text_only;
  phone.text_only_somewhere = link != PhoneLink::tel;
  phone.pages = std::move(pages);
  site_.phones.push_back(std::move(phone));
  return *this;
}

ModelBuilder& ModelBuilder::add_invalid_phone(std::string page, std::string raw,
                                              bool from_tel_link) {
  site_.invalid_phones.push_back({std::move(page), {std::move(raw), from_tel_link}});
  return *this;
}

ModelBuilder& ModelBuilder::add_address(extract::PostalAddress address,
                                        std::vector<std::string> pages) {
  site_.addresses.push_back({std::move(address), std::move(pages)});
  return *this;
}

ModelBuilder& ModelBuilder::add_hours(model::SiteHours hours) {
  site_.hours.push_back(std::move(hours));
  return *this;
}

ModelBuilder& ModelBuilder::add_listing(listings::Listing listing) {
  std::vector<listings::Listing> listings = std::move(site_.listings);
  listings.push_back(std::move(listing));
  // add_listings adds every read listing's hours again: start from the site's own.
  std::erase_if(site_.hours, [](const model::SiteHours& hours) {
    return hours.origin == extract::HoursOrigin::listing;
  });
  model::add_listings(site_, std::move(listings));
  return *this;
}

ModelBuilder& ModelBuilder::add_email(std::string address, std::vector<std::string> pages) {
  site_.emails.push_back({std::move(address), std::move(pages)});
  return *this;
}

ModelBuilder& ModelBuilder::add_form(std::string page, extract::FormInfo form,
                                     std::optional<crawl::FetchStatus> action_status) {
  site_.forms.push_back({std::move(page), std::move(form), std::move(action_status)});
  return *this;
}

ModelBuilder& ModelBuilder::add_broken_link(std::string url, crawl::FetchStatus status,
                                            bool internal, std::vector<std::string> found_on) {
  site_.broken_links.push_back({std::move(url), std::move(status), internal, std::move(found_on)});
  return *this;
}

ModelBuilder& ModelBuilder::add_blocked_link(std::string url, crawl::FetchStatus status) {
  site_.blocked_links.push_back({std::move(url), std::move(status), false});
  return *this;
}

ModelBuilder& ModelBuilder::add_refused_link(model::RefusedLink link) {
  site_.refused_links.push_back(std::move(link));
  return *this;
}

ModelBuilder& ModelBuilder::contact_page(std::string url, std::optional<int> depth) {
  site_.contact_page = model::ContactPage{std::move(url), depth};
  return *this;
}

ModelBuilder& ModelBuilder::add_call_log(calls::CallLog log) {
  call_log_ = std::move(log);
  return *this;
}

model::SiteModel ModelBuilder::build() const {
  model::SiteModel site = site_;
  if (call_log_) model::add_calls(site, *call_log_);
  for (const auto& phone : site.phones) {
    for (const auto& url : phone.pages) {
      auto page = std::find_if(site.pages.begin(), site.pages.end(),
                               [&](const model::PageSummary& p) { return p.url == url; });
      if (page == site.pages.end() || !page->depth) continue;
      if (!site.first_phone_depth || *page->depth < *site.first_phone_depth) {
        site.first_phone_depth = page->depth;
      }
    }
  }
  return site;
}

crawl::FetchStatus http(int status) {
  crawl::FetchStatus out;
  out.http_status = status;
  return out;
}

crawl::FetchStatus net_error(crawl::NetError error, std::string detail) {
  crawl::FetchStatus out;
  out.error = error;
  out.error_detail = std::move(detail);
  return out;
}

crawl::FetchStatus blocked(int status) {
  crawl::FetchStatus out = http(status);
  out.blocked = true;
  return out;
}

extract::FormInfo contact_form(std::string action) {
  extract::FormInfo form;
  form.kind = extract::FormKind::contact;
  form.action = std::move(action);
  form.method = "post";
  form.fields = 4;
  form.has_textarea = true;
  form.has_free_text = true;
  return form;
}

}  // namespace joignable::testing
