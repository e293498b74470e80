// ModelBuilder: hand-built SiteModels for rule and score tests, in a few fluent calls (the spirit
// of ninja's VirtualFileSystem): a reachable home page at depth 0, then pages, phones, forms and
// links added one by one. build() derives first_phone_depth from the phones' pages, as
// model/derive.cpp does. A plain value; thread-compatible.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/site_model.h"

namespace joignable::testing {

inline constexpr const char* kHome = "https://www.example.fr/";

// How a number is shown across its pages.
enum class PhoneLink { tel, text_only, both };

class ModelBuilder {
 public:
  // A site whose home page `home` answered 200 and is pages[0], at depth 0.
  explicit ModelBuilder(std::string home = kHome);

  // The home page did not answer: no page crawled, home_status = `status`.
  ModelBuilder& unreachable(crawl::FetchStatus status);
  ModelBuilder& add_page(std::string url, std::optional<int> depth);
  ModelBuilder& add_phone(std::string e164, extract::PhoneType type, std::vector<std::string> pages,
                          PhoneLink link = PhoneLink::tel);
  ModelBuilder& add_invalid_phone(std::string page, std::string raw, bool from_tel_link);
  ModelBuilder& add_email(std::string address, std::vector<std::string> pages);
  ModelBuilder& add_form(std::string page, extract::FormInfo form,
                         std::optional<crawl::FetchStatus> action_status = std::nullopt);
  ModelBuilder& add_broken_link(std::string url, crawl::FetchStatus status, bool internal,
                                std::vector<std::string> found_on);
  ModelBuilder& add_blocked_link(std::string url, crawl::FetchStatus status);
  ModelBuilder& add_refused_link(model::RefusedLink link);
  ModelBuilder& contact_page(std::string url, std::optional<int> depth);
  ModelBuilder& add_address(extract::PostalAddress address, std::vector<std::string> pages);
  ModelBuilder& add_hours(model::SiteHours hours);
  // As the pipeline adds it (model::add_listings): a read listing's hours join the hours.
  ModelBuilder& add_listing(listings::Listing listing);
  // The calls of a call log, held against the phones and hours added before or after, as the
  // pipeline does once the listings are in (model::add_calls, when build() runs).
  ModelBuilder& add_call_log(calls::CallLog log);
  // The help mechanisms page `url` (already added) offers, in reading order.
  ModelBuilder& page_help(const std::string& url, std::vector<extract::HelpMechanism> help);

  model::SiteModel build() const;

 private:
  model::SiteModel site_;
  std::optional<calls::CallLog> call_log_;
};

// An HTTP answer with this status code.
crawl::FetchStatus http(int status);
// No HTTP answer, for this reason.
crawl::FetchStatus net_error(crawl::NetError error, std::string detail = {});
// A 403 that carries a bot-protection challenge.
crawl::FetchStatus blocked(int status = 403);

// A contact form posting to `action` with a message box and every field labelled.
extract::FormInfo contact_form(std::string action);

}  // namespace joignable::testing
