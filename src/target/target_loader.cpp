// Reads target files with toml++, one section at a time through a TableReader (table_reader.h),
// so an unknown or misspelt key, a wrong type or a bad value is reported with the file, the line
// and the dotted key, and nothing is silently ignored.
#include "target/target_loader.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

#include <toml++/toml.h>

#include "target/render_mode.h"
#include "target/table_reader.h"
#include "util/edit_distance.h"
#include "util/time_zone.h"
#include "util/url.h"
#include "util/url_credentials.h"

namespace joignable::target {
namespace {

const std::vector<std::string> kListingKinds = {"google-places", "google-business-profile", "osm",
                                                "schema-org-page", "manual"};

// Copies an optional value into `field` when present, so defaults survive absent keys.
#define JOIGNABLE_READ(expr, field)               \
  do {                                            \
    auto read_ = (expr);                          \
    if (!read_) return tl::unexpected(read_.error()); \
    if (read_->has_value()) field = **read_;      \
  } while (false)

// A sub-table that must be a table when present; nullptr when absent.
Result<const toml::table*> sub_table(const TableReader& parent, const std::string& key) {
  const toml::node* node = parent.table().get(key);
  if (node == nullptr) return nullptr;
  if (const toml::table* table = node->as_table()) return table;
  return parent.error_at(key, "expected a table");
}

// The home page without its credentials, which go to the crawl options only (never written).
void set_site(Target& target, const std::string& normalized) {
  util::UrlCredentials split = util::split_credentials(normalized);
  target.site = split.url;
  target.crawl.auth_origin = util::origin_of(split.url);
  if (split.user.empty() && split.password.empty()) return;
  target.site_shown = split.shown;  // empty otherwise: whoever sets `site` later need not mind it
  target.crawl.auth_user = std::move(split.user);
  target.crawl.auth_password = std::move(split.password);
}

// "Name: value" with a name of header characters; the value is secret and never echoed.
bool is_header_line(const std::string& line) {
  const auto colon = line.find(':');
  if (colon == 0 || colon == std::string::npos) return false;
  const bool name_ok = std::all_of(line.begin(), line.begin() + static_cast<long>(colon), [](unsigned char c) {
    return std::isalnum(c) != 0 || c == '-' || c == '_';
  });
  return name_ok && line.find_first_of("\r\n") == std::string::npos;
}

Result<void> read_target_section(const TableReader& root, Target& target) {
  auto section = sub_table(root, "target");
  if (!section) return tl::unexpected(section.error());
  if (*section == nullptr) {
    return make_error(Error::Code::input, "missing [target] table with the site to audit",
                      root.file(), 1, "target");
  }
  TableReader reader(**section, "target", root.file(), {"name", "site", "region", "lang"});
  if (auto ok = reader.check_keys(); !ok) return ok;
  std::string site;
  JOIGNABLE_READ(reader.string("name"), target.name);
  JOIGNABLE_READ(reader.string("site"), site);
  JOIGNABLE_READ(reader.string("region"), target.region);
  JOIGNABLE_READ(reader.string("lang"), target.lang);
  if (site.empty()) return reader.error_at("site", "missing: the home page URL to audit");
  auto normalized = util::normalize(site);
  if (!normalized) return reader.error_at("site", "not an absolute http(s) URL: '" + site + "'");
  set_site(target, *normalized);
  const bool region_ok = target.region.size() == 2 &&
                         std::all_of(target.region.begin(), target.region.end(),
                                     [](unsigned char c) { return std::isalpha(c) != 0; });
  if (!region_ok) {
    return reader.error_at("region", "expected a two-letter country code such as \"FR\"");
  }
  for (char& c : target.region) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (target.lang != "fr" && target.lang != "en") {
    return reader.error_at("lang", "expected \"fr\" or \"en\", got \"" + target.lang + "\"");
  }
  if (target.name.empty()) target.name = util::host_of(target.site);
  return {};
}

Result<void> read_crawl_section(const TableReader& root, CrawlOptions& crawl) {
  auto section = sub_table(root, "crawl");
  if (!section) return tl::unexpected(section.error());
  if (*section == nullptr) return {};
  TableReader reader(**section, "crawl", root.file(),
                     {"max_pages", "max_depth", "concurrency", "per_host_concurrency", "delay_ms",
                      "respect_robots", "connect_timeout_ms", "timeout_ms", "max_body_bytes",
                      "max_redirects", "include", "exclude", "strip_params",
                      "max_queries_per_path", "headers", "render", "render_concurrency",
                      "render_timeout_ms"});
  if (auto ok = reader.check_keys(); !ok) return ok;
  JOIGNABLE_READ(reader.integer("max_pages", 1, 10'000'000), crawl.max_pages);
  JOIGNABLE_READ(reader.integer("max_depth", 0, 1000), crawl.max_depth);
  JOIGNABLE_READ(reader.integer("concurrency", 1, 1024), crawl.concurrency);
  JOIGNABLE_READ(reader.integer("per_host_concurrency", 1, 256), crawl.per_host_concurrency);
  JOIGNABLE_READ(reader.integer("delay_ms", 0, 600'000), crawl.delay_ms);
  JOIGNABLE_READ(reader.boolean("respect_robots"), crawl.respect_robots);
  JOIGNABLE_READ(reader.integer("connect_timeout_ms", 1, 600'000), crawl.connect_timeout_ms);
  JOIGNABLE_READ(reader.integer("timeout_ms", 1, 3'600'000), crawl.timeout_ms);
  JOIGNABLE_READ(reader.integer("max_body_bytes", 1024, 1LL << 32), crawl.max_body_bytes);
  JOIGNABLE_READ(reader.integer("max_redirects", 0, 50), crawl.max_redirects);
  JOIGNABLE_READ(reader.strings("include"), crawl.include);
  JOIGNABLE_READ(reader.strings("exclude"), crawl.exclude);
  JOIGNABLE_READ(reader.strings("strip_params"), crawl.strip_params);
  JOIGNABLE_READ(reader.integer("max_queries_per_path", 1, 1'000'000), crawl.max_queries_per_path);
  JOIGNABLE_READ(reader.strings("headers"), crawl.headers);
  JOIGNABLE_READ(reader.integer("render_concurrency", 1, 16), crawl.render_concurrency);
  JOIGNABLE_READ(reader.integer("render_timeout_ms", 1000, 600'000), crawl.render_timeout_ms);
  std::string render = std::string(to_string(crawl.render));
  JOIGNABLE_READ(reader.string("render"), render);
  const auto mode = parse_render_mode(render);
  if (!mode) {
    return reader.error_at("render", "expected \"auto\", \"always\" or \"never\", got \"" +
                                         render + "\"");
  }
  crawl.render = *mode;
  for (const std::string& header : crawl.headers) {
    if (!is_header_line(header)) {
      return reader.error_at("headers", "expected \"Name: value\" strings (values are not shown)");
    }
  }
  return {};
}

Result<ListingSpec> read_listing(const TableReader& reader, const std::filesystem::path& folder) {
  if (auto ok = reader.check_keys(); !ok) return tl::unexpected(ok.error());
  ListingSpec listing;
  JOIGNABLE_READ(reader.string("name"), listing.name);
  JOIGNABLE_READ(reader.string("kind"), listing.kind);
  JOIGNABLE_READ(reader.string("file"), listing.file);
  JOIGNABLE_READ(reader.string("url"), listing.url);
  JOIGNABLE_READ(reader.string("phone"), listing.phone);
  JOIGNABLE_READ(reader.string("address"), listing.address);
  JOIGNABLE_READ(reader.string("hours"), listing.hours);
  if (listing.name.empty()) return reader.error_at("name", "missing: every listing needs a name");
  if (std::find(kListingKinds.begin(), kListingKinds.end(), listing.kind) == kListingKinds.end()) {
    return reader.error_at(
        "kind", util::with_suggestion("unknown kind '" + listing.kind + "'", listing.kind,
                                      kListingKinds));
  }
  if (listing.kind != "manual" && listing.file.empty() == listing.url.empty()) {
    return reader.error_at("file", "give exactly one of 'file' or 'url'");
  }
  if (!listing.url.empty() && !util::normalize(listing.url)) {
    return reader.error_at("url", "not an absolute http(s) URL: '" + listing.url + "'");
  }
  if (!listing.file.empty()) listing.file = (folder / listing.file).lexically_normal().string();
  return listing;
}

Result<void> read_listings(const TableReader& root, const std::filesystem::path& folder,
                           std::vector<ListingSpec>& listings) {
  const toml::node* node = root.table().get("listings");
  if (node == nullptr) return {};
  const toml::array* array = node->as_array();
  if (array == nullptr) return root.error_at("listings", "expected [[listings]] tables");
  for (std::size_t i = 0; i < array->size(); ++i) {
    const std::string path = "listings[" + std::to_string(i) + "]";
    const toml::table* table = array->get(i)->as_table();
    if (table == nullptr) {
      return root.error_at(array->get(i)->source(), path, "expected a table");
    }
    TableReader reader(*table, path, root.file(),
                       {"name", "kind", "file", "url", "phone", "address", "hours"});
    auto listing = read_listing(reader, folder);
    if (!listing) return tl::unexpected(listing.error());
    listings.push_back(std::move(*listing));
  }
  return {};
}

// "contact_deep" (TOML-friendly) names the rule "contact.deep": rule prefixes hold no '_'.
std::string rule_id_from_key(std::string key) {
  if (key.find('.') == std::string::npos) {
    if (auto underscore = key.find('_'); underscore != std::string::npos) key[underscore] = '.';
  }
  return key;
}

Result<void> check_rule_id(const TableReader& reader, const toml::source_region& where,
                           const std::string& key, const std::string& id,
                           const std::vector<std::string>& known) {
  if (known.empty() || std::find(known.begin(), known.end(), id) != known.end()) return {};
  return reader.error_at(where, key,
                         util::with_suggestion("unknown rule '" + id + "'", id, known));
}

Result<void> read_rule_options(const TableReader& reader, const std::string& key,
                               const toml::table& table, RuleOptionOverrides& overrides) {
  auto& options = overrides[rule_id_from_key(key)];
  for (const auto& [name, node] : table) {
    const std::string option(name.str());
    if (auto b = node.value_exact<bool>()) options[option] = *b;
    else if (auto i = node.value_exact<int64_t>()) options[option] = static_cast<long long>(*i);
    else if (auto d = node.value_exact<double>()) options[option] = *d;
    else if (auto s = node.value_exact<std::string>()) options[option] = *s;
    else return reader.error_at(name.source(), key + "." + option, "expected a plain value");
  }
  return {};
}

Result<void> read_rules_section(const TableReader& root, const std::vector<std::string>& known,
                                Target& target) {
  auto section = sub_table(root, "rules");
  if (!section) return tl::unexpected(section.error());
  if (*section == nullptr) return {};
  TableReader reader(**section, "rules", root.file(), {});
  for (const auto& [name, node] : **section) {
    const std::string key(name.str());
    if (key == "disable") {
      const toml::array* ids = node.as_array();
      if (ids == nullptr) return reader.error_at(name.source(), key, "expected an array of rule ids");
      for (const auto& entry : *ids) {
        auto id = entry.value_exact<std::string>();
        if (!id) return reader.error_at(entry.source(), key, "expected a rule id string");
        if (auto ok = check_rule_id(reader, entry.source(), key, *id, known); !ok) return ok;
        target.disabled_rules.push_back(*id);
      }
    } else if (const toml::table* options = node.as_table()) {
      const std::string id = rule_id_from_key(key);
      if (auto ok = check_rule_id(reader, name.source(), key, id, known); !ok) return ok;
      if (auto ok = read_rule_options(reader, key, *options, target.rule_options); !ok) return ok;
    } else {
      return reader.error_at(name.source(), key,
                             "unknown key (expected 'disable' or a [rules.<rule>] table)");
    }
  }
  return {};
}

// An IMAP URL to a mailbox: imaps://, or imap:// to this machine (plain text stays local).
bool acceptable_mailbox(const std::string& mailbox) {
  if (mailbox.starts_with("imaps://")) return mailbox.size() > 8;
  if (!mailbox.starts_with("imap://")) return false;
  const std::string host = util::host_of("http://" + mailbox.substr(7));
  return host == "localhost" || host.starts_with("127.") || host == "[::1]" || host == "::1";
}

Result<void> read_probe_section(const TableReader& root, ProbeOptions& probe) {
  auto section = sub_table(root, "probe");
  if (!section) return tl::unexpected(section.error());
  if (*section == nullptr) return {};
  TableReader reader(**section, "probe", root.file(),
                     {"enabled", "mailbox", "name", "email", "phone", "subject", "message",
                      "deadline_hours", "max_reply_hours", "consent", "min_days_between"});
  if (auto ok = reader.check_keys(); !ok) return ok;
  JOIGNABLE_READ(reader.boolean("enabled"), probe.enabled);
  JOIGNABLE_READ(reader.string("mailbox"), probe.mailbox);
  JOIGNABLE_READ(reader.string("name"), probe.name);
  JOIGNABLE_READ(reader.string("email"), probe.email);
  JOIGNABLE_READ(reader.string("phone"), probe.phone);
  JOIGNABLE_READ(reader.string("subject"), probe.subject);
  JOIGNABLE_READ(reader.string("message"), probe.message);
  JOIGNABLE_READ(reader.number("deadline_hours", 0, 24 * 365), probe.deadline_hours);
  JOIGNABLE_READ(reader.number("max_reply_hours", 0, 24 * 365), probe.max_reply_hours);
  JOIGNABLE_READ(reader.boolean("consent"), probe.consent);
  JOIGNABLE_READ(reader.integer("min_days_between", 0, 3650), probe.min_days_between);
  if (!probe.mailbox.empty() && !acceptable_mailbox(probe.mailbox)) {
    return reader.error_at("mailbox", "expected imaps://HOST/MAILBOX (imap:// only on 127.0.0.1 "
                                      "or localhost), got '" + probe.mailbox + "'");
  }
  if (!probe.email.empty() && probe.email.find('@') == std::string::npos) {
    return reader.error_at("email", "not an e-mail address: '" + probe.email + "'");
  }
  return {};
}

// The zone of a region's clocks when [calls] gives none: the countries the tool is written for.
std::string default_time_zone(const std::string& region) {
  static const std::map<std::string, std::string> zones = {{"FR", "Europe/Paris"},
                                                           {"BE", "Europe/Brussels"},
                                                           {"CH", "Europe/Zurich"},
                                                           {"LU", "Europe/Luxembourg"},
                                                           {"MC", "Europe/Monaco"}};
  const auto it = zones.find(region);
  return it == zones.end() ? "" : it->second;
}

Result<void> read_calls_section(const TableReader& root, const std::filesystem::path& folder,
                                Target& target) {
  auto section = sub_table(root, "calls");
  if (!section) return tl::unexpected(section.error());
  if (*section == nullptr) return {};
  TableReader reader(**section, "calls", root.file(), {"file", "timezone"});
  if (auto ok = reader.check_keys(); !ok) return ok;
  CallLogSpec& calls = target.calls;
  JOIGNABLE_READ(reader.string("file"), calls.file);
  JOIGNABLE_READ(reader.string("timezone"), calls.timezone);
  if (calls.file.empty()) return reader.error_at("file", "missing: the call log's CSV file");
  calls.file = (folder / calls.file).lexically_normal().string();
  if (calls.timezone.empty()) {
    calls.timezone = default_time_zone(target.region);
    if (calls.timezone.empty()) {
      return reader.error_at("file", "no default time zone for region " + target.region +
                                         ": set calls.timezone (e.g. \"Europe/Paris\")");
    }
  } else if (!util::known_time_zone(calls.timezone)) {
    return reader.error_at("timezone", "unknown time zone '" + calls.timezone +
                                           "' (expected an IANA name such as \"Europe/Paris\")");
  }
  return {};
}

Result<void> read_report_section(const TableReader& root, ReportOptions& report) {
  auto section = sub_table(root, "report");
  if (!section) return tl::unexpected(section.error());
  if (*section == nullptr) return {};
  TableReader reader(**section, "report", root.file(), {"screenshots"});
  if (auto ok = reader.check_keys(); !ok) return ok;
  JOIGNABLE_READ(reader.boolean("screenshots"), report.screenshots);
  return {};
}

Result<Target> read_document(const toml::table& document, const std::string& file,
                             const std::vector<std::string>& known_rule_ids) {
  TableReader root(document, "", file, {"target", "crawl", "listings", "rules", "probe", "calls",
                                       "report"});
  Target target;
  target.source_file = file;
  if (auto ok = root.check_keys(); !ok) return tl::unexpected(ok.error());
  if (auto ok = read_target_section(root, target); !ok) return tl::unexpected(ok.error());
  if (auto ok = read_crawl_section(root, target.crawl); !ok) return tl::unexpected(ok.error());
  const auto folder = std::filesystem::path(file).parent_path();
  if (auto ok = read_listings(root, folder, target.listings); !ok) {
    return tl::unexpected(ok.error());
  }
  if (auto ok = read_rules_section(root, known_rule_ids, target); !ok) {
    return tl::unexpected(ok.error());
  }
  if (auto ok = read_probe_section(root, target.probe); !ok) return tl::unexpected(ok.error());
  if (auto ok = read_calls_section(root, folder, target); !ok) return tl::unexpected(ok.error());
  if (auto ok = read_report_section(root, target.report); !ok) return tl::unexpected(ok.error());
  return target;
}

}  // namespace

Result<Target> load_target_file(const std::filesystem::path& file,
                                const std::vector<std::string>& known_rule_ids) {
  const std::string name = file.string();
  std::error_code ignored;
  if (!std::filesystem::is_regular_file(file, ignored)) {
    return make_error(Error::Code::input, "no such target file", name);
  }
  try {
    const toml::table document = toml::parse_file(name);
    return read_document(document, name, known_rule_ids);
  } catch (const toml::parse_error& e) {
    return make_error(Error::Code::input, std::string(e.description()), name,
                      static_cast<int>(e.source().begin.line));
  }
}

Result<Target> target_from_url(std::string_view url) {
  auto normalized = util::normalize(url);
  if (!normalized) {
    return make_error(Error::Code::usage,
                      "not an absolute http(s) URL nor a target file: '" + std::string(url) + "'");
  }
  Target target;
  set_site(target, *normalized);
  target.name = util::host_of(target.site);
  return target;
}

Result<Target> load_target(std::string_view argument,
                           const std::vector<std::string>& known_rule_ids) {
  if (argument.starts_with("http://") || argument.starts_with("https://")) {
    return target_from_url(argument);
  }
  return load_target_file(std::filesystem::path(argument), known_rule_ids);
}

}  // namespace joignable::target
