// Target: what to audit and how, as read from a target file (targets/*.toml) or a bare URL, then
// overridden by command-line flags. Defaults live here, next to each field. A plain value.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace joignable::target {

// When a page is rendered in headless Chromium before extraction (src/render/). Spelled "never",
// "auto" and "always" in target files, --render and report.json ("auto" is a C++ keyword).
enum class RenderMode {
  never,      // raw HTML only, as without a browser
  automatic,  // pages that look like an application shell, and contact pages without a contact
  always,     // every HTML page of the site
};

struct CrawlOptions {
  int max_pages = 500;             // pages fetched and parsed on the site, at most
  int max_depth = 8;               // click depth from the home page, at most
  int concurrency = 16;            // requests in flight, all hosts together
  int per_host_concurrency = 6;    // requests in flight to one host
  int delay_ms = 0;                // pause between two requests to one host, in milliseconds
  bool respect_robots = true;      // obey robots.txt (RFC 9309) for the token "joignable"
  int connect_timeout_ms = 10000;  // to establish a connection
  int timeout_ms = 30000;          // for a whole request, body included
  long max_body_bytes = 5 << 20;   // bodies are cut here (decompressed bytes) and marked truncated
  int max_redirects = 10;          // redirects followed per request, recorded as a chain
  // Which pages of the site are crawled, as globs over a URL's path and query ('*' matches any
  // run of characters: "/blog/*", "*?print=*"). The home page is always crawled.
  std::vector<std::string> include;  // when not empty, only pages matching one of them
  std::vector<std::string> exclude;  // never pages matching one of them
  // Query parameters removed from every URL before it is compared or fetched (globs, case
  // ignored): trackers and session ids, which make one page look like many.
  std::vector<std::string> strip_params = {"utm_*",  "gclid",  "fbclid",     "msclkid",
                                           "dclid",  "yclid",  "mc_cid",     "mc_eid",
                                           "_ga",    "_gl",    "jsessionid", "phpsessid",
                                           "sessionid"};
  // Trap guard: distinct query strings crawled for one path, at most (calendars, filters and
  // sorts in every order); the rest is skipped and reported.
  int max_queries_per_path = 100;
  // Address policy (crawl/address_policy.h): connections to loopback, private, link-local, CGNAT,
  // multicast, unique-local and unspecified addresses are refused, unless allow_private
  // (--allow-private).
  bool allow_private = false;
  // Set by crawl::with_private_home(), never by a target file: the home page's host when it is
  // itself on such addresses, and those addresses, which that host (only) may be crawled at.
  std::string private_home_host;
  std::vector<std::string> private_home_addresses;
  // Tests only (--test-public-loopback): 127.0.0.1 counts as public, so that a loopback test
  // server stands for a public site and 127.0.0.2… for private decoys next to it.
  bool loopback_one_is_public = false;
  // Sent with requests to auth_origin (the home page's origin, set with the site) and no other
  // (crawl/site_auth.h), and never written anywhere: the user and password of a start URL
  // "http://user:pass@host/", and the target's [crawl] headers ("Authorization: Bearer …").
  std::string auth_origin;
  std::string auth_user;
  std::string auth_password;
  std::vector<std::string> headers;
  // Rendering (src/render/): which pages go through headless Chromium, how many tabs it may have
  // open at once, and how long one page may take to settle (load, then no network for 500 ms)
  // before its DOM is taken as it stands and the page is recorded as not settled.
  RenderMode render = RenderMode::automatic;  // default "auto"
  int render_concurrency = 2;                 // tabs open at once, at most
  int render_timeout_ms = 15000;              // per page, in milliseconds
};

// One [[listings]] entry; read by the listings stage.
struct ListingSpec {
  std::string name;
  std::string kind;  // google-places | google-business-profile | osm | schema-org-page | manual
  std::string file;  // absolute, resolved against the target file's folder
  std::string url;
  std::string phone, address, hours;  // kind = "manual"
};

// [probe]: the contact-form probe (src/probe/) and the mailbox its replies come to. Off unless
// `enabled` here AND --yes on the command line. Credentials are never read from the target file.
struct ProbeOptions {
  bool enabled = false;  // the target's owner agreed that its forms be submitted
  // Where replies arrive: "imaps://host[:port]/INBOX" ("imap://" only on a loopback host).
  std::string mailbox;
  std::string name = "Audit joignable";  // the sender's name, in name fields
  // The sender's address; "{token}" becomes the probe's token (a plus-address routes replies).
  std::string email;
  std::string phone;    // for phone fields; "" leaves them empty unless required
  std::string subject;  // "" for the default, "Test de joignabilité {token}" or its English
  std::string message;  // "" for the default text in the target's language; "{token}" replaced
  double deadline_hours = 48;   // a probe with no human answer after this is "unanswered"
  double max_reply_hours = 24;  // a human answer after this is "slow"
  bool consent = false;         // tick required consent boxes (privacy policy, RGPD)
  int min_days_between = 30;    // days before the same form of the same target is sent again
};

// The [calls] table: the consultant's mystery-call log, read by the calls stage.
struct CallLogSpec {
  std::string file;      // absolute, resolved against the target file's folder; "" for no log
  std::string timezone;  // IANA name; defaults from the region (FR: Europe/Paris...)
};

// What the HTML report shows beyond the audit's facts ([report] in target files).
struct ReportOptions {
  // Screenshots of the home and contact pages at a phone's and a desktop's width, the contact
  // points found outlined, embedded in report.html (src/render/screenshot.h). Taken whenever
  // Chromium is installed, whatever [crawl] render says; false (or --no-screenshots) turns them
  // off. Default true.
  bool screenshots = true;
};

using OptionValue = std::variant<bool, long long, double, std::string>;
// Rule id ("contact.deep") -> option name -> value, from [rules.contact_deep].
using RuleOptionOverrides = std::map<std::string, std::map<std::string, OptionValue>>;

struct Target {
  std::string name;         // shown in reports; defaults to the site's host
  std::string site;         // the home page, an absolute http(s) URL, without credentials
  // The home page as reports and messages show it: `site`, or "http://user:***@host/" when the
  // start URL carried credentials (kept in CrawlOptions::auth_*).
  std::string site_shown;
  std::string region = "FR";  // default region for phone numbers (ISO 3166-1 alpha-2)
  std::string lang = "fr";    // report language: fr | en
  CrawlOptions crawl;
  std::vector<ListingSpec> listings;
  std::vector<std::string> disabled_rules;
  RuleOptionOverrides rule_options;
  ProbeOptions probe;
  CallLogSpec calls;
  ReportOptions report;
  std::string source_file;  // the target file, empty for a bare URL
};

}  // namespace joignable::target
