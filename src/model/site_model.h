// SiteModel: everything the rules read about one audited site, computed once from the crawl and
// the extraction (derive.cpp). Rules never do I/O; they only read this. A plain value that tests
// build by hand (tests/support/model_builder.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "calls/call.h"
#include "crawl/page.h"
#include "extract/contact_points.h"
#include "listings/listing.h"
#include "probe/probe_record.h"
#include "probe/probe_state.h"

namespace joignable::model {

struct PageSummary {
  std::string url;
  crawl::FetchStatus status;
  std::optional<int> depth;
  std::string content_type;
  std::string title;
  bool analysed = false;  // an HTML page the extractor read (help below is meaningful)
  std::vector<extract::HelpMechanism> help;  // the page's help mechanisms, in reading order
  std::vector<std::string> redirects = {};    // every URL of the chain after `url`, in order
  bool rendered = false;       // read from headless Chromium's DOM (extract::PageAnalysis)
  std::string render_problem = {};  // why not rendered, or rendered before it settled; "" if not
};

// A number published on the site, with every page it is on.
struct SitePhone {
  std::string e164;
  std::string display;  // as first seen
  extract::PhoneType type = extract::PhoneType::unknown;
  bool tel_link = false;  // some page links it with tel:
  bool text_only_somewhere = false;  // some page shows it without a tel: link
  std::vector<std::string> pages;
  bool structured_data = false;  // some page gives it as schema.org telephone / faxNumber
  // The pages of `pages` that give it only in their structured data, showing it nowhere: they
  // do not count as showing a phone (phone.missing, phone.not_on_home, contact.deep).
  std::vector<std::string> unshown_pages = {};
};

// A contact point of the site's host, its designer or another publisher (extract::
// ThirdPartyContact), with every page giving it; one the site also gives as the company's is not
// here. No rule reads it: it is reported apart.
struct SiteThirdParty {
  extract::ThirdPartyContact contact;
  std::vector<std::string> pages;
};

struct SiteAddress {
  extract::PostalAddress address;
  std::vector<std::string> pages;
};

struct SiteEmail {
  std::string address;
  std::vector<std::string> pages;
};

// A chat widget, a social or messaging link: one entry each, with every page offering it.
struct SiteChannel {
  std::string kind;  // widget name ("crisp") or network ("whatsapp")
  std::string url;   // the link, "" for a widget
  std::vector<std::string> pages;
};

struct SiteForm {
  std::string page;
  extract::FormInfo form;
  std::optional<crawl::FetchStatus> action_status;  // when the action URL was fetched or checked
};

struct InvalidPhoneOnPage {
  std::string page;
  extract::InvalidPhone phone;
};

struct BrokenLink {
  std::string url;
  crawl::FetchStatus status;
  bool internal = false;
  std::vector<std::string> found_on;  // every page linking it, sorted, once each
  // The fragment (without '#') that no element of the page answers to: the page itself answers
  // (status is its own), but the link lands nowhere on it. `url` then ends with "#" and it. ""
  // for every other kind of break. Its "= {}" keeps {url, status, internal, found_on} valid.
  std::string missing_anchor = {};
};

// Opening hours from one source (CONTRACT.md "Hours give one entry per distinct source"): the
// site's text, the site's structured data, or a listing. Pages whose text (or structured data)
// gives the same weekly hours are one entry listing them all; different hours are two entries.
struct SiteHours {
  std::string source = "site";  // "site" or "listing:NAME"
  extract::HoursOrigin origin = extract::HoursOrigin::text;
  std::string url;                 // the first page giving them, or the listing's URL
  std::vector<std::string> pages;  // every page giving them (empty for a listing)
  extract::OpeningHours hours;
  std::string evidence;  // as read on the first page; untrusted
};

// Hours-like text of a page that could not be read: kept as evidence, never guessed.
struct UnparsedHours {
  std::string page;
  std::string text;
};

struct ContactPage {
  std::string url;
  std::optional<int> depth;
};

// What the site's error page offers a visitor who followed a dead link.
struct NotFoundPage {
  std::string title;
  bool links_home = false;     // a link to the home page ("/", index.html, the www twin)
  bool has_phone = false;      // a phone number (not a fax)
  bool has_email = false;
  bool links_contact = false;  // to the contact page, or a link whose text or URL says "contact"
  bool has_search_form = false;
  bool has_contact_form = false;

  bool offers_contact() const {
    return has_phone || has_email || links_contact || has_search_form || has_contact_form;
  }
};

// The answer to a URL of the site that cannot exist (crawl/not_found_probe.h).
struct NotFoundCheck {
  std::string url;        // the probe URL
  std::string final_url;  // after redirects; equals url when there were none
  crawl::FetchStatus status;  // disallowed_by_robots when it was not requested
  bool redirected_home = false;      // the redirects ended on the home page
  std::optional<NotFoundPage> page;  // when the answer was an HTML page

  // The server pretends the page exists: 2xx after redirects (a redirect to the home page too).
  bool soft() const { return status.is_ok(); }
  // The server says the page does not exist, as it should.
  bool real() const {
    return status.error == crawl::NetError::none &&
           (status.http_status == 404 || status.http_status == 410);
  }
};

// A URL the address policy did not fetch (crawl/address_policy.h): a page, a link or a sitemap
// that led, directly or by a redirect, to a private, loopback or link-local address.
struct RefusedLink {
  std::string url;          // as linked or listed
  std::string refused_url;  // the hop whose address was refused (url itself, or a redirect)
  std::string address;      // "169.254.169.254"
  std::string kind;         // link-local, loopback, private… (crawl::AddressKind)
  std::string evidence;     // FetchStatus::error_detail
};

// One contact form as the form probe left it (model/probes.h): its latest stored probe, judged
// at the audit's time. A form never probed has a record with id 0.
struct SiteProbe {
  std::string page;
  std::string action;
  probe::ProbeRecord record;
  probe::ProbeAssessment assessment;
};

// The probes of the site: empty when the target was never probed.
struct SiteProbes {
  std::vector<SiteProbe> forms;  // the site's contact forms in page order, then probed forms
                                 // the crawl no longer found
  double max_reply_hours = 24;   // [probe] max_reply_hours: a later human answer is slow
  double deadline_hours = 48;    // [probe] deadline_hours
};

// What one source of hours said at the moment of a call (model/call_hours.h).
struct SourceAtCall {
  std::string source;     // "site", "structured_data", "listing:NAME" (call_hours.h)
  bool open = false;      // the source's weekly hours hold the call's weekday and time
  std::string day_hours;  // that day's hours as the report writes them: "14:00-18:00", "closed"
};

// One call of the target's call log, held against the published hours.
struct HeldCall {
  calls::Call call;
  bool published = false;  // the site or a listing gives its number (same E.164)
  std::vector<SourceAtCall> sources;  // every source with hours, in model order; empty if !published

  // Whether some source says the company was open when the call was made.
  bool open_somewhere() const {
    for (const SourceAtCall& source : sources) {
      if (source.open) return true;
    }
    return false;
  }
};

struct SiteModel {
  std::string site;    // the normalised home page URL
  std::string region;  // for phone numbers
  bool home_reachable = false;
  crawl::FetchStatus home_status;
  std::vector<PageSummary> pages;  // pages[0] is the home page when the crawl got that far
  std::vector<BrokenLink> broken_links;
  std::vector<crawl::LinkCheck> blocked_links;
  std::vector<RefusedLink> refused_links;
  std::vector<crawl::CrawlTrap> crawl_traps;  // where the trap guard cut the crawl short
  std::vector<crawl::SitemapFile> sitemaps;    // the sitemap files the crawl read

  std::vector<SitePhone> phones;
  std::vector<SitePhone> faxes;
  std::vector<InvalidPhoneOnPage> invalid_phones;
  std::vector<SiteEmail> emails;
  std::vector<SiteAddress> addresses;
  std::vector<SiteThirdParty> third_parties;  // first seen first
  std::vector<SiteForm> forms;
  std::vector<SiteChannel> chat_widgets;
  std::vector<SiteChannel> social_links;
  std::vector<std::string> callback_pages;  // pages offering to call the customer back
  std::vector<SiteHours> hours;  // site sources in page order, then listings
  std::vector<UnparsedHours> unparsed_hours;
  std::optional<ContactPage> contact_page;
  std::optional<int> first_phone_depth;  // smallest click depth of a page showing a phone
  std::vector<NotFoundCheck> not_found_checks;  // in probe order; empty when none was made
  // The target's [[listings]], in target order, read or not.
  std::vector<listings::Listing> listings;
  SiteProbes probes;              // the form probe's outcomes (model/probes.h)
  std::vector<HeldCall> calls;    // the target's call log, in file order; empty without one
  std::vector<crawl::PageError> page_errors;  // pages whose analysis threw: the run's errors
};

}  // namespace joignable::model
